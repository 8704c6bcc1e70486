package newsdesk.extract;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article's main text by content scoring (text and link density, paragraph structure, class
 * and id hints, sibling merging) after removing boilerplate, and turns it into blocks ({@link BlockWriter}) that
 * {@link BlockFilter} keeps or drops.
 */
final class ContentExtractor {

    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "select", "input", "textarea", "figcaption", "video", "audio", "map",
            "link", "meta", "picture", "source", "head");
    /** Page furniture; removed unless, unclosed, it swallowed the page. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "dialog");
    private static final Set<String> JUNK_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "menu", "menubar", "dialog", "alertdialog", "search", "toolbar", "tablist");
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote", "li", "dd");
    /** The page's address, read before the chosen parts are taken out of the document. */
    private String pageUrl = "";
    /** Each element's visible text length and the part of it in links, as {@link #measure} last found them. */
    private final Map<Element, int[]> lengths = new IdentityHashMap<>();
    private final Map<Element, Double> score = new IdentityHashMap<>();
    /** Per element: hash of its non-space characters, 31 to the power of their count, and the count. */
    private final Map<Element, long[]> digest = new IdentityHashMap<>();
    private final Map<String, Boolean> strongWords = new HashMap<>();

    /** The blocks of the main text, best effort; empty when the page has no article text. */
    static List<TextBlock> extract(Element body, String title, boolean removeByName) {
        return extract(body, title, removeByName, List.of());
    }

    /** As above, knowing the moments the page's metadata states for its publication and last change (its stamps). */
    static List<TextBlock> extract(Element body, String title, boolean removeByName, List<OffsetDateTime> stated) {
        return new ContentExtractor().run(body, title, removeByName, stated);
    }

    private List<TextBlock> run(Element body, String title, boolean removeByName, List<OffsetDateTime> stated) {
        if (body == null) {
            return List.of();
        }
        pageUrl = body.baseUri();
        placeStreamedSegments(body);
        removeJunk(body, removeByName);
        measure(body, false);
        Element top = topCandidate(body);
        if (top == null) {
            return List.of();
        }
        List<Element> parts = withFaqAfter(withSiblings(top), body);
        BlockWriter writer = new BlockWriter();
        for (Element part : parts) {
            removeTeaserCards(part);
            removeLoneCards(part);
            writer.walk(part, 0);
        }
        writer.flush();
        return BlockFilter.filter(writer.blocks, title, stated);
    }

    /**
     * Streaming server rendering (React Suspense) sends a placeholder ("Loading...") after an empty
     * {@code <template id="B:n">} (or only a {@code <template id="P:n">}) and the real part later in
     * {@code <div hidden id="S:n">}; the browser's script swaps them. Done here, the article reads in order and the placeholders go.
     */
    private static void placeStreamedSegments(Element body) {
        Map<String, Element> boundaries = new HashMap<>();
        List<Element> segments = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String id = e.id();
            if (id.length() > 2 && id.charAt(1) == ':') {
                if ((id.charAt(0) == 'B' || id.charAt(0) == 'P') && e.normalName().equals("template")) {
                    boundaries.putIfAbsent(id.substring(2), e);
                } else if (id.charAt(0) == 'S' && e.hasAttr("hidden")) {
                    segments.add(e);
                }
            }
        }
        for (Element segment : segments) {
            Element boundary = boundaries.get(segment.id().substring(2));
            if (boundary == null || boundary.parent() == null || isAncestor(segment, boundary)) {
                continue;
            }
            // The fallback: up to the boundary's end comment, else the one short element after the template.
            List<Node> fallback = new ArrayList<>();
            boolean placeholder = boundary.id().charAt(0) == 'P'; // a placeholder has no fallback
            boolean closed = false;
            for (Node n = boundary.nextSibling(); n != null && !placeholder; n = n.nextSibling()) {
                if (n instanceof Comment c && c.getData().strip().equals("/$")) {
                    closed = true;
                    break;
                }
                fallback.add(n);
            }
            if (!closed && !placeholder) {
                fallback.clear();
                Element next = boundary.nextElementSibling();
                if (next != null && next.text().length() <= 80 && !next.normalName().equals("template")) {
                    fallback.add(next);
                }
            }
            removeAll(fallback);
            boundary.after(segment);
            segment.removeAttr("hidden");
            boundary.remove();
        }
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link ClassHints#strongJunk(String)}, which reads each space-separated word of a name alone, judging each word
     * once: a page repeats its class names many times over.
     */
    private boolean strongJunk(String name) {
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == ' ') {
                if (i > start && strongWords.computeIfAbsent(name.substring(start, i), ClassHints::strongJunk)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private void removeJunk(Element body, boolean removeByName) {
        order = null; // read afresh for this tree (proseWidgetAfter)
        Set<Element> opened = openedByControls(body);
        List<Node> doomed = new ArrayList<>();
        List<Element> named = new ArrayList<>();
        List<Element> asks = new ArrayList<>();
        Set<Element> readerAsks = Collections.newSetFromMap(new IdentityHashMap<>()); // in a sentence: see isReaderAsk
        List<Element> anchoredMarks = new ArrayList<>(); // numbers linking to a place on the page: a note's?
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment || node instanceof Element e && (isNoteMarker(e) || isTemplateTag(e))) {
                    doomed.add(node);
                } else if (node instanceof Element e && anchorOf(e) != null && NOTE_NUMBER.matcher(e.text()).matches()) {
                    anchoredMarks.add(e);
                } else if (node instanceof Element e && e.nameIs("a")) {
                    String label = label(e); // read once: every link of the page passes here
                    if (isAsk(e, label) && standsAlone(e)) {
                        asks.add(e);
                    } else if (isReaderAsk(e, label)) {
                        asks.add(e);
                        readerAsks.add(e);
                    }
                } else if (node instanceof Element e && JUNK_TAGS.contains(e.normalName())) {
                    if ((e.nameIs("button") && isAsk(e, label(e)) || isEmailField(e)) && e.parent() != null) {
                        asks.add(e.parent()); // the button goes; its box is found from where it stood
                    }
                    if (nameInSentence(e)) {
                        named.add(e);
                    } else {
                        doomed.add(e);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        doomed.addAll(notesMarks(anchoredMarks, body));
        removeAll(doomed);
        for (Element e : named) {
            e.replaceWith(new TextNode(" " + e.text() + " ")); // a button is drawn apart from the words beside it
        }
        measure(body, true);
        if (removeCopies(body)) {
            measure(body, false);
        }
        int total = textLength(body);
        // Syntax highlighters name the parts of code ("token comment", "hljs-tag"): not page furniture.
        Map<Element, Boolean> inCode = new IdentityHashMap<>();
        for (Element code : body.select("pre, code")) {
            if (!inCode.containsKey(code)) {
                for (Element d : code.getAllElements()) {
                    inCode.put(d, Boolean.TRUE);
                }
            }
        }
        List<Node> hidden = new ArrayList<>();
        List<Element> captions = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (e == body) {
                continue;
            }
            int len = textLength(e);
            // Pages that render on the client keep their article in a hidden element: keep what holds the page.
            boolean small = len < Math.max(200, total * 0.35);
            if (FURNITURE_TAGS.contains(tag) || JUNK_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
                if (small || linkDensity(e) > 0.5 || isPageFooter(e, tag)) {
                    hidden.add(e);
                }
            } else if ((e.hasAttr("hidden") || isHiddenStyle(e.attr("style")) || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                    || ClassHints.alwaysHiddenClass(e.className().toLowerCase(Locale.ROOT)))
                    && small && !collapsedPanel(e, opened)) {
                hidden.add(e);
            } else if ((tag.equals("header") || tag.equals("form")) && small && paragraphText(e) < 200
                    && !isSectionHeading(e, len) && !(tag.equals("header") && (isLinkedHeading(e, len) || isLabelledSubhead(e, len)))) {
                hidden.add(e);
            } else if (removeByName && !tag.equals("article") && !tag.equals("main") && small
                    && !"articleBody".equalsIgnoreCase(e.attr("itemprop")) && !inCode.containsKey(e)) {
                // A heading's id and class are often made from its own words ("h-what-is-social-shopping"): not read.
                String name = isHeading(tag) ? "" : ClassHints.name(e);
                List<? super Element> into = null;
                if (isAuthorEntity(e) || ClassHints.strongJunk(ClassHints.componentName(e))
                        || isTooltip(e, name) && isNote(e)) {
                    into = hidden;
                } else if (name.isEmpty()) {
                    continue;
                } else if (strongJunk(name) && (ClassHints.strongJunk(name, true) || !isProse(e))) {
                    into = hidden;
                } else if (ClassHints.caption(name) && len <= CAPTION_MAX) {
                    into = captions;
                } else if (ClassHints.weakJunk(name) && !ClassHints.maybeContent(name)
                        && (len < 200 || linkDensity(e) > 0.4) && !isSectionHeading(e, len)
                        && !(tag.equals("header") && isLabelledSubhead(e, len)) && !isBuilderProse(e, name, len)
                        && !isEditorsCard(e, name)) {
                    // Weak hints ("widget", "header") remove only short or link-heavy parts, never prose.
                    into = hidden;
                }
                // "Avoid the urge to <a class="recommendation-link">overfertilize</a>; you'll …": the sentence's words
                if (into != null && !midSentence(e, tag)) {
                    into.add(e);
                }
            }
        }
        hidden.addAll(pictureCaptions(captions, total));
        if (removeByName) {
            hidden.addAll(callToActionBoxes(asks, readerAsks, body, total));
        }
        removeAll(hidden);
    }

    /**
     * Call-to-action boxes set among the text: a heading, a line or two of pitch and a button asking the reader to
     * start, try, book a demo, sign up or contact sales ("Centralize your training with …" over "Book a demo", "Not
     * sure which plan fits? …" over "Tell us about your project"). Such a box is drawn as a unit, and its words are
     * the site's, not the story's; sites name it by utility classes or hashes as often as "cta", so it is known by
     * its shape. The box is the largest element around the button of up to {@link #CTA_BOX_MAX} characters (a small
     * share of the page) whose first heading is its only one of that rank or higher (a box may list its perks under
     * smaller headings), unlinked, with no h1, and holding at most one link besides its asks (a menu's "Get in
     * touch" sits among many). The button is a block of its own: a "contact us" link inside a sentence is the text's.
     * On the dev pages the truth drops such a box's heading on 88 of 89 (the one kept is a menu's).
     */
    private List<Element> callToActionBoxes(List<Element> asks, Set<Element> readerAsks, Element body, int total) {
        List<Element> boxes = new ArrayList<>();
        for (Element ask : asks) {
            Element box = null;
            Element boxHead = null;
            for (Element c = ask.nameIs("a") ? ask.parent() : ask; c != null && c != body && c.parent() != null
                    && textLength(c) <= CTA_BOX_MAX && textLength(c) < total * 0.35;
                    c = c.parent()) {
                String tag = c.normalName();
                if (tag.equals("article") || tag.equals("main") || !c.getElementsByTag("h1").isEmpty()) {
                    break;
                }
                Element head = c.selectFirst("h2, h3, h4, h5, h6");
                if (head == null && readerAsks.contains(ask)) {
                    head = runInHead(c);
                }
                if (head != null && (!outranksTheRest(c, head) || head.selectFirst("a[href]") != null
                        || head.closest("a[href]") != null || otherLinks(c) > 1)) {
                    break;
                }
                if (head != null && !(mailto(ask) && !MAIL_INVITE.matcher(Text.squash(head.text())).find())) {
                    box = c;
                    boxHead = head;
                }
            }
            if (box != null && !boxes.contains(box) && standsApart(box, boxHead)) {
                boxes.add(box);
            }
        }
        return boxes;
    }

    /**
     * Whether a box found around an ask is a box of its own, not a part of the text: it opens with its heading (at
     * most a short eyebrow label before it), its words beside the heading and buttons are a pitch of a line, not a
     * paragraph of sentences ({@value #CTA_PARAGRAPH_MAX} characters and two sentences or more; perks listed under
     * smaller headings may run longer), it is not one of a series of like sections (a tutorial's steps, a
     * council's how-to sections, each with its heading and a few sentences, one of which ends in "Sign up"; a pricing
     * page's run of bare heading-and-button bands, or one box printed twice, is no such series), and it is not all the text:
     * the article, main or headline-holding part around it has {@value #CTA_TEXT_BESIDE} characters or more of its own
     * beside it (a news brief whose "Got a tip?" ends in "Contact us" is the brief).
     */
    private boolean standsApart(Element box, Element head) {
        int before = 0;
        for (Element d : box.getAllElements()) {
            if (d == head) {
                break;
            }
            if (d.childrenSize() == 0) {
                before += d.text().length();
            }
        }
        if (before > CTA_EYEBROW_MAX) {
            return false;
        }
        int prose = textLength(box) - textLength(head) - linkLength(box);
        boolean perks = box.select("h2, h3, h4, h5, h6").size() > 1;
        for (Element p : perks ? List.<Element>of() : box.getElementsByTag("p")) {
            if (textLength(p) >= CTA_PARAGRAPH_MAX && sentences(p.text()) >= 2) {
                return false;
            }
        }
        if (box.parent() != null && prose >= CTA_SECTION_PROSE_MIN) {
            for (Element sib : box.parent().children()) {
                Element other = sib == box || !sib.normalName().equals(box.normalName())
                        || !sib.className().equals(box.className()) ? null : sib.selectFirst(head.normalName());
                if (other != null && !other.text().equals(head.text())) {
                    return false;
                }
            }
        }
        Element part = box.parent();
        while (part != null && !part.normalName().equals("article") && !part.normalName().equals("main")
                && !part.normalName().equals("body") && part.getElementsByTag("h1").isEmpty()
                && textLength(part) <= CTA_BOX_MAX) {
            part = part.parent();
        }
        if (part == null) {
            return true;
        }
        int beside = textLength(part) - textLength(box);
        for (Element h1 : part.getElementsByTag("h1")) {
            beside -= textLength(h1);
        }
        return beside >= CTA_TEXT_BESIDE;
    }

    /**
     * A box's heading set in bold at the head of its first paragraph ("<p><strong>Do you have a tip?</strong> If you
     * know … <a>Contact our reporters.</a></p>"), as tip and appeal boxes print it: the box's first words, a short
     * question or call ending in "?" or "!". Only for a reader ask inside a sentence (see {@link
     * #isReaderAsk(Element, String)}); a label ("<strong>Email:</strong> <a>…</a>" under a bio, "<strong>Tip:</strong>") heads
     * a line of the text, not a box.
     */
    private static Element runInHead(Element box) {
        Element d = box;
        while (true) { // down to the element whose own text holds the box's first words
            Node first = null;
            for (Node n : d.childNodes()) {
                if (n instanceof Element || n instanceof TextNode t && !t.isBlank()) {
                    first = n;
                    break;
                }
            }
            if (!(first instanceof Element e)) {
                break;
            }
            d = e;
        }
        Element bold = d.nameIs("strong") || d.nameIs("b") ? d
                : d.parent() != null && (d.parent().nameIs("strong") || d.parent().nameIs("b")) ? d.parent() : null;
        if (bold == null || bold == box || bold.text().length() > RUN_IN_HEAD_MAX) {
            return null;
        }
        String t = bold.text().strip();
        return t.endsWith("?") || t.endsWith("!") ? bold : null;
    }

    private static boolean mailto(Element a) {
        return a.nameIs("a") && a.attr("href").strip().regionMatches(true, 0, "mailto:", 0, 7);
    }

    /**
     * The heading of a box whose ask is an address to write to: an invitation to write ("Share your opinion", "Have a
     * tip?", "Letters to the editor", "Got a story idea?"), not a press release's "Media contact" over its press office.
     */
    private static final Pattern MAIL_INVITE = Pattern.compile("(?i)\\?$|^\\W*(?:share|tell|send|write|submit|e-?mail"
            + "|let us know)\\b|\\b(?:letters?|tips?|story ideas?|opinions?)\\b");

    private static final int RUN_IN_HEAD_MAX = 60;
    private static final int CTA_EYEBROW_MAX = 40;
    /** A section's own words beside its heading and buttons: a sentence of its own, not a slogan. */
    private static final int CTA_SECTION_PROSE_MIN = 60;
    /** A pitch is a line; a paragraph of sentences is a section of the text ("How you can help"). */
    private static final int CTA_PARAGRAPH_MAX = 150;
    private static final int CTA_TEXT_BESIDE = 200;

    /**
     * Whether a link or button is labelled (by its words, or when it shows none by its aria-label) as an ask: one of
     * {@link #CTA_ASK}, or a reader-revenue or participation ask ({@link #READER_ASK}) where a link opens the page's own
     * site — a news story's "How to help" box sends its readers to a charity's "Donate now", and is the story's.
     */
    private boolean isAsk(Element e, String label) {
        return !label.isEmpty() && (CTA_ASK.matcher(label).matches()
                || READER_ASK.matcher(label).matches() && (!e.nameIs("a") || ownSite(e)));
    }

    /**
     * A link inside a sentence that asks for the outlet's own reader revenue or participation ("The Independent is
     * reader-funded. <a>Become a member</a> today.", "… <a>Contact our reporters.</a>", a letters box's address:
     * "Send a letter to the editor to <a href="mailto:letters@…">…</a>") opening the page's own site or writing to
     * its own domain: words no story links so. It counts as an ask only in the box shape (a heading, a line of pitch),
     * as a button does; a "contact us" in an FAQ's answer, or a donation link in a story's "How to help", stays.
     */
    private boolean isReaderAsk(Element a, String label) {
        String href = a.attr("href").strip();
        if (href.regionMatches(true, 0, "mailto:", 0, 7)) {
            String site = MetadataReader.host(pageUrl);
            int at = href.indexOf('@');
            String domain = at < 0 ? "" : href.substring(at + 1).replaceAll("[?#].*$", "").toLowerCase(Locale.ROOT);
            return !site.isEmpty() && !domain.isEmpty() && (site.equals(domain) || site.endsWith("." + domain)
                    || domain.endsWith("." + site)) && label.contains("@");
        }
        return !label.isEmpty() && READER_ASK_IN_SENTENCE.matcher(label).matches() && ownSite(a);
    }

    /** A link to the page's own site: relative, or to its host (without "www."). */
    private boolean ownSite(Element a) {
        String url = a.absUrl("href");
        if (url.isEmpty()) {
            String href = a.attr("href").strip();
            return !href.isEmpty() && !href.contains(":");
        }
        String site = MetadataReader.host(pageUrl);
        return !site.isEmpty() && site.equals(MetadataReader.host(url));
    }

    /** A box's field for an e-mail address: a sign-up's, whatever the language of its button. */
    private static boolean isEmailField(Element e) {
        return e.nameIs("input") && "email".equalsIgnoreCase(e.attr("type"));
    }

    /** A button's or link's label, its aria-label when it shows no words; empty for a card wrapped in its link. */
    private static String label(Element e) {
        if (e.childrenSize() > 3) {
            return ""; // a card or a teaser wrapped in its link, not a button's label
        }
        String label = e.text().strip();
        if (label.isEmpty()) {
            label = e.attr("aria-label").strip();
        }
        return label.length() <= CTA_LABEL_MAX ? label : "";
    }

    /**
     * A button's label asking the reader to act on the site's offer: "Get started", "Book a demo", "Start your free
     * trial", "7-day free trial", "Contact sales", "Talk to a relocation specialist", "Sign up free". Not "Get a
     * quote" or "Buy now", a product card's, nor "Learn more", any teaser's.
     */
    private static final Pattern CTA_ASK = Pattern.compile("(?i)(?:get started(?: for free| today| now)?"
            + "|(?:book|get|request|schedule|watch|see) (?:a |your |a free )?(?:free |personali[sz]ed |live )?demo"
            + "(?: today| now)?|start (?:a |your )?(?:free )?(?:\\d+[- ]day )?(?:free )?trial(?: now| today)?"
            + "|\\d+[- ]day free trial|contact (?:us|sales|our team)(?: today| now)?"
            + "|talk to (?:sales|an expert|us|our team|an? [a-z ]{1,30}specialist)(?: today)?|get in touch"
            + "|sign up(?: now| free| for free| today)?|tell us about your project|let'?s get started)[\\s!.→›»>]*");
    /**
     * Reader revenue and participation: "Donate", "Give now", "Make a donation", "Become a member", "Support our
     * journalism", "Subscribe today", "Send us a tip", "Contact our reporters", "Submit a letter to the editor". As a
     * button under a heading and a line of pitch it is the outlet's appeal, set into its stories.
     */
    private static final Pattern READER_ASK = Pattern.compile("(?i)(?:please )?(?:(?:donate|give|contribute)(?: now| today"
            + "| here| monthly)?|make a (?:tax[- ]deductible |one[- ]time |monthly |recurring )?(?:donation|gift|contribution)"
            + "(?: now| today)?|become a (?:paying |paid |sustaining |founding )?(?:member|supporter|subscriber|patron"
            + "|sustainer)(?: today| now)?|join (?:now|today|us today)|(?:join|support) (?:us|our (?:work|journalism"
            + "|newsroom|reporting|mission)|(?:local|independent|nonprofit|public) (?:news|journalism|media|radio))(?: today"
            + "| now)?|subscribe (?:now|today|for free|here)|(?:send|submit|share|email) (?:us )?(?:a |your )?"
            + "(?:news )?tips?(?: here)?|contact (?:our|the) (?:reporters?|newsroom|editors?|news ?desk)"
            + "|(?:send|submit|write) (?:us )?(?:a |your )?letters?(?: to the editor)?)[\\s!.→›»>]*");
    /**
     * The reader asks that no sentence of a story links but the outlet's own appeal: not "donate" or "subscribe" alone
     * ("residents can <a>donate</a> at the library"), which a story says of others.
     */
    private static final Pattern READER_ASK_IN_SENTENCE = Pattern.compile("(?i)(?:(?:donate|give) (?:now|today)|make a"
            + " (?:tax[- ]deductible |one[- ]time |monthly |recurring )?(?:donation|gift|contribution)(?: now| today)?"
            + "|become a (?:paying |paid |sustaining |founding )?(?:member|supporter|subscriber|patron|sustainer)(?: today"
            + "| now)?|support (?:us|our (?:work|journalism|newsroom|reporting)|(?:local|independent|nonprofit|public)"
            + " (?:news|journalism|media|radio))(?: today| now)?|subscribe (?:now|today)|(?:send|submit|share|email) (?:us )?"
            + "(?:a |your )?(?:news )?tips?|contact (?:our|the) (?:reporters?|newsroom|editors?|news ?desk)"
            + "|(?:send|submit|write) (?:us )?(?:a |your )?letters?(?: to the editor)?)[\\s!.→›»>]*");
    private static final int CTA_LABEL_MAX = 40;
    /** A box of a heading, a pitch of a sentence or two, perhaps three perks, and its buttons. */
    private static final int CTA_BOX_MAX = 600;

    /**
     * Whether a link is a block of its own: no words beside it (text, or an inline element holding some) up to its
     * nearest block ancestor, so not inside a sentence. Blocks beside it (the box's heading) don't count, nor does a
     * label hidden from screen readers, which then read the link's own aria-label.
     */
    private static boolean standsAlone(Element a) {
        for (Element e = a; e.parent() != null; e = e.parent()) {
            for (Node sib : e.parent().childNodes()) {
                if (sib != e && (sib instanceof TextNode t && !t.isBlank()
                        || sib instanceof Element x && INLINE_TAGS.contains(x.normalName()) && !x.text().isBlank()
                        && !"true".equals(x.attr("aria-hidden")))) {
                    return false;
                }
            }
            if (!INLINE_TAGS.contains(e.parent().normalName())) {
                return true;
            }
        }
        return true;
    }

    /** Whether no other heading in the box is of the same or a higher rank than its first one. */
    private static boolean outranksTheRest(Element box, Element head) {
        for (Element h : box.select("h2, h3, h4, h5, h6")) {
            if (h != head && h.normalName().charAt(1) <= head.normalName().charAt(1)) {
                return false;
            }
        }
        return true;
    }

    /** Links in a box that are not asks. */
    private int otherLinks(Element box) {
        int n = 0;
        for (Element l : box.select("a[href]")) {
            String label = label(l);
            if (!isAsk(l, label) && !isReaderAsk(l, label)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A footnote's mark in the text: a superscript number ("1", "[12]") marked as a note reference ({@code
     * role="doc-noteref"}, a class or id naming a footnote, "fnref", "noteref") or opening the note in a popup
     * ({@code aria-describedby}), or a link marked so around such a number ({@code <a role="doc-noteref"><sup>1}).
     * A reader skips it; kept, it fuses with the word before it ("anyway1"). A bare superscript number stays: it may
     * be a power or an ordinal ("x<sup>2</sup>"), and the dev truth prints those apart from the word as often as it
     * drops them. A number linking to a place on the page is a mark when that place is a note (see {@link #notesMarks}).
     */
    private static boolean isNoteMarker(Element e) {
        if (e.normalName().equals("a")) {
            return e.attributesSize() > 0 && ("doc-noteref".equalsIgnoreCase(e.attr("role"))
                    || NOTE_NAME.matcher(ClassHints.name(e)).find()) && NOTE_NUMBER.matcher(e.text()).matches()
                    || isNoteBackLink(e);
        }
        if (!e.normalName().equals("sup") || !NOTE_NUMBER.matcher(e.text()).matches()) {
            return false;
        }
        if (NOTE_NAME.matcher(ClassHints.name(e)).find()) {
            return true;
        }
        for (Element a : e.getElementsByTag("a")) {
            if (a.hasAttr("aria-describedby") || "doc-noteref".equalsIgnoreCase(a.attr("role"))
                    || NOTE_NAME.matcher(ClassHints.name(a)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The link inside a superscript, or around it alone, that goes to a place on this page ({@code href="#fn1"}), or
     * null.
     */
    private static Element anchorOf(Element sup) {
        if (!sup.normalName().equals("sup")) {
            return null;
        }
        Element around = sup.parent();
        if (around != null && around.normalName().equals("a") && around.childrenSize() == 1
                && around.attr("href").length() > 1 && around.attr("href").charAt(0) == '#' && around.text().equals(sup.text())) {
            return around;
        }
        for (Element a : sup.getElementsByTag("a")) {
            String href = a.attr("href");
            if (href.length() > 1 && href.charAt(0) == '#') {
                return a;
            }
        }
        return null;
    }

    /**
     * Of the superscript numbers linking to a place on the page, those whose place is a note: named as one ("#fn3",
     * "#cite_note-7", "#Sources", though a script draws it), an item of a list (a numbered list of notes), an element in a box of notes (named footnotes, notes, endnotes or references, or
     * given the role of one), or one that links back to the mark. A number linking to a heading, a glossary's term,
     * a verse's own anchor or itself is a power, an ordinal or a verse number, and stays.
     */
    private static List<Element> notesMarks(List<Element> marks, Element body) {
        if (marks.isEmpty()) {
            return List.of();
        }
        Map<String, Element> ids = new HashMap<>();
        for (Element d : body.getElementsByAttribute("id")) {
            ids.putIfAbsent(d.id(), d);
        }
        List<Element> notes = new ArrayList<>();
        for (Element sup : marks) {
            Element a = anchorOf(sup);
            String place = a.attr("href").substring(1);
            Element target = ids.get(place);
            if (NOTE_PLACE.matcher(place).find()
                    || target != null && target != sup && target.closest("sup") != sup && isNotePlace(target, sup, a)) {
                notes.add(sup);
            }
        }
        return notes;
    }

    private static boolean isNotePlace(Element target, Element sup, Element link) {
        if (target.normalName().equals("li") || target.closest("ol") != null) {
            return true;
        }
        for (Element c = target; c != null && !c.normalName().equals("body"); c = c.parent()) {
            String role = c.attr("role").toLowerCase(Locale.ROOT);
            if (role.equals("doc-endnotes") || role.equals("doc-footnote") || role.equals("doc-endnote")
                    || NOTES_BOX.matcher(ClassHints.name(c)).find()) {
                return true;
            }
        }
        String back = "#" + (!link.id().isEmpty() ? link.id() : sup.id());
        if (back.length() > 1) {
            for (Element l : target.getElementsByTag("a")) {
                if (l.attr("href").equals(back)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A place named as a note or the list of sources: "#fn3", "#footnote-2", "#cite_note-7", "#ref4", "#Sources". */
    private static final Pattern NOTE_PLACE = Pattern.compile("(?i)^(?:fn|footnote|endnote|note|ref|cite|citation)s?(?:[-_:]|\\d)"
            + "|^(?:sources|references|footnotes|endnotes|notes)$|cite_note");

    /** The class or id of a box of notes: "footnotes", "endnotes", "references", "notes", "fn-list". */
    private static final Pattern NOTES_BOX = Pattern.compile("footnote|endnote|(?<![a-z])(?:notes|references|fn)(?![a-z])");

    /**
     * A paragraph that is wholly a template's or a CMS's tag left unrendered: "{{promo-banner="/banners/hire"}}",
     * "{% include cta.html %}", "[newsletter_form id=1630175]" (a shortcode takes a name and attributes). The page
     * meant a widget there, not words. Only a paragraph of plain text: code an article shows sits in {@code <code>},
     * or after a line announcing it with a colon (a tutorial's "Add the gallery with:").
     */
    private static boolean isTemplateTag(Element e) {
        if (!looksLikeTemplateTag(e)) {
            return false;
        }
        Element before = e.previousElementSibling();
        while (before != null && looksLikeTemplateTag(before)) {
            before = before.previousElementSibling();
        }
        return before == null || !before.text().strip().endsWith(":"); // "… with a shortcode like this:" shows one
    }

    private static boolean looksLikeTemplateTag(Element e) {
        if (!e.normalName().equals("p") || e.childrenSize() != 0) {
            return false;
        }
        String t = e.text();
        return !t.isEmpty() && (t.charAt(0) == '{' || t.charAt(0) == '[') && TEMPLATE_TAG.matcher(t).matches();
    }

    private static final Pattern TEMPLATE_TAG = Pattern.compile("\\{\\{[^{}]+}}|\\{%[^{}]+%}"
            + "|\\[[a-z][\\w-]*(?: [\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s\\]]+))+ ?/?]");

    /** A footnote's number as its mark shows it: "1", "12", "[3]". */
    private static final Pattern NOTE_NUMBER = Pattern.compile("\\s*\\[?\\d{1,3}]?\\s*");
    /**
     * The link at a footnote's end back to its mark in the text ("↩︎", "↩", "↑"): Markdown renderers name it
     * ({@code role="doc-backlink"}, {@code footnote-backref}, kramdown's {@code reversefootnote}, GitHub's
     * {@code data-footnote-backref}); a glyph, not the note's words. A link to a place on the page only, and only a
     * glyph without letters or digits unless its role says what it is.
     */
    private static boolean isNoteBackLink(Element a) {
        if (!a.attr("href").startsWith("#")) {
            return false;
        }
        if ("doc-backlink".equalsIgnoreCase(a.attr("role"))) {
            return true;
        }
        return (a.hasAttr("data-footnote-backref") || NOTE_BACK_NAME.matcher(ClassHints.name(a)).find())
                && !NOTE_BACK_WORD.matcher(a.text()).find();
    }

    private static final Pattern NOTE_BACK_NAME = Pattern.compile("backref|reversefootnote|footnote-?back");
    private static final Pattern NOTE_BACK_WORD = Pattern.compile("[\\p{L}\\p{N}]");

    /** Class or id words of a footnote's mark: "footnote-ref", "fnref:2", "noteref". */
    private static final Pattern NOTE_NAME = Pattern.compile("footnote|fnref|noteref");

    private static final Set<String> INLINE_TAGS = Set.of("a", "span", "em", "strong", "b", "i", "u", "abbr", "mark",
            "cite", "q", "small", "dfn", "time", "var", "kbd", "code", "sup", "sub", "font");

    /**
     * An inline element inside a sentence, whatever its class says ("recommendation-inline-link", "affiliate-link",
     * "glossary-term"): removing it would cut the sentence. Inside a sentence: words on both sides, and either the
     * words before it have not ended a sentence or the words after it go on in small letters; its own words are a few,
     * not a sentence of their own. Never an ad, a sponsor's or a share link, a newsletter or other promo, a tooltip or
     * a note printed for screen readers or paper only: those sit between sentences or after a name.
     */
    private static boolean midSentence(Element e, String tag) {
        if (!INLINE_TAGS.contains(tag)) {
            return false;
        }
        String name = ClassHints.name(e) + " " + ClassHints.componentName(e);
        if (ClassHints.neverInSentence(name) || isTooltip(e, name) || !tag.equals("a") && name.contains("popup")
                || e.attr("rel").toLowerCase(Locale.ROOT).contains("sponsored")) {
            return false;
        }
        String own = e.text().strip();
        return !own.isEmpty() && own.length() <= IN_SENTENCE_MAX && !ENDS_SENTENCE.matcher(own).find()
                && runningText(e.previousSibling()) && runningText(e.nextSibling())
                && (openSentence(e.previousSibling()) || goesOn(e.nextSibling()));
    }

    /** Words after an element that carry on its sentence ("<a>City the Animation</a> is a bonkers comedy"). */
    private static boolean goesOn(Node n) {
        String t = n instanceof TextNode tn ? tn.text().stripLeading() : "";
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?][\"”’)]?$");
    private static final int IN_SENTENCE_MAX = 80;

    /** Words before an inline element that have not ended a sentence ("… the urge to", "<span>recommended by </span>"). */
    private static boolean openSentence(Node n) {
        if (!runningText(n)) {
            return false;
        }
        String t = (n instanceof TextNode tn ? tn.text() : ((Element) n).text()).strip();
        return !ENDS_SENTENCE.matcher(t).find() && !t.endsWith(":");
    }

    /**
     * A button set inside a sentence to open a note on the name it shows ("said MIT Sloan professor
     * <button>Thomas W. Malone,</button> the founding director …"): the name is the sentence's. Not a control's
     * label ("Listen", "Copy code", "1", "Read More", "Show All"), nor a button after a sentence's end.
     */
    private static boolean nameInSentence(Element e) {
        if (!e.normalName().equals("button") || e.childrenSize() != 0) {
            return false;
        }
        String label = e.text().strip();
        return NAME_LABEL.matcher(label).matches() && !BlockWriter.ACTION_LABEL.matcher(label).find()
                && !BlockFilter.isStockLabel(label) && openSentence(e.previousSibling())
                && e.previousSibling() instanceof TextNode && runningText(e.nextSibling());
    }

    /** Two or more capitalised words, perhaps with an initial and a closing comma: "Thomas W. Malone,". */
    private static final Pattern NAME_LABEL = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?){1,4},?");

    /** Words beside an inline element: a text node, or an inline element holding some ("<span>recommended by </span>"). */
    private static boolean runningText(Node n) {
        return n instanceof TextNode t && !t.isBlank()
                || n instanceof Element el && INLINE_TAGS.contains(el.normalName()) && !el.tagName().equals("a") && el.hasText();
    }

    /**
     * Of the elements named as captions, those that describe a picture. A photo essay tells its story in them
     * (together a large share of the page; a news story's three long captions with their credits are not one); a
     * caption of three sentences or more is a passage set beside a picture, not words about it.
     */
    private List<Element> pictureCaptions(List<Element> captions, int total) {
        int chars = 0;
        for (Element c : captions) {
            if (c.parents().stream().noneMatch(captions::contains)) {
                chars += textLength(c);
            }
        }
        if (chars > total * CAPTION_SHARE_MAX) {
            return List.of();
        }
        return captions.stream().filter(c -> textLength(c) < CAPTION_LONG
                || sentences(c.text()) < CAPTION_SENTENCES_MAX).toList();
    }

    private static int sentences(String t) {
        return 1 + (int) SENTENCE_BREAK.matcher(t).results().count();
    }

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"”’)]?\\s+(?=\\p{Lu})");
    /** Caption-named text beyond this share of the page is the page's story (a photo essay). */
    private static final double CAPTION_SHARE_MAX = 0.3;
    /**
     * A caption says what a picture shows, and who took it, in a sentence or two (a credit or a dimension line can
     * read as a third); half a paragraph of three sentences or more is a passage.
     */
    private static final int CAPTION_SENTENCES_MAX = 3;
    private static final int CAPTION_LONG = 250;

    /**
     * Responsive layouts print the same article twice (a desktop and a mobile copy, one hidden by CSS);
     * a reader sees it once. Of two disjoint elements with the same long text, the hidden or else the
     * later one goes; a shorter text (a summary, an intro) goes likewise when one of its two copies is named
     * for a screen size ("text-mobile") or hidden by itself or a wrapper below the element holding both: a page
     * saved with a dialog open hides all of itself, and a chorus quoted twice in it is not a screen's copy.
     * Text is compared by a hash of its non-space characters, built bottom-up.
     */
    private boolean removeCopies(Element body) {
        Map<Long, Element> first = new HashMap<>();
        List<Node> copies = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            long[] d = digest.get(e);
            Element parent = e.parent();
            if (d == null || d[2] < SCREEN_COPY_MIN || parent == null || e == body || linkDensity(e) > 0.5) {
                continue;
            }
            long[] pd = digest.get(parent);
            if (pd != null && pd[0] == d[0] && pd[2] == d[2]) {
                continue; // a wrapper's only text: the wrapper was judged
            }
            long key = d[0] * 31 + d[2];
            Element earlier = first.putIfAbsent(key, e);
            if (earlier == null) {
                continue;
            }
            Element common = commonAncestor(earlier, e);
            boolean earlierMarked = forOneScreen(earlier, common);
            boolean marked = forOneScreen(e, common);
            if (d[2] >= COPY_MIN || earlierMarked || marked) {
                if (earlierMarked && !marked) {
                    first.put(key, e);
                    copies.add(earlier);
                } else {
                    copies.add(e);
                }
            }
        }
        removeAll(copies);
        return !copies.isEmpty();
    }

    private static final int COPY_MIN = 500;
    /** A picture's caption is a sentence or two; a longer element named so holds more than the caption. */
    private static final int CAPTION_MAX = 500;

    /**
     * Cards pointing to other pages inside the chosen container: a headline that is wholly one link, a short excerpt
     * under it, repeated side by side in the same markup ("more from the blog" under a post, a section's latest
     * stories). The headline link is dropped with the other link blocks, the excerpt would read as the article's.
     * Known by shape, not words: one card alone is a story's own boxed link, and so is a card without an excerpt.
     */
    private void removeTeaserCards(Element root) {
        int rootLen = textLength(root);
        List<Node> cards = new ArrayList<>();
        for (Element parent : root.getAllElements()) {
            List<Element> run = new ArrayList<>();
            List<Element> links = new ArrayList<>();
            for (Element c : parent.children()) {
                Element link = teaserLink(c);
                if (link != null) {
                    run.add(c);
                    links.add(link);
                }
            }
            // After an article: a page that lists events or products is made of such cards from its top, a product
            // roundup's items start in its first half, and a short page of them (webcams, courses) is a listing.
            // With the story going on under them, cards are a promo set into it only when named so ("card",
            // "teaser"); linked headings over paragraphs there are the story's own sections. So are those set right
            // under a subhead ("How the row unfolded", "Our critics' picks") unless their markup names them cards
            // (a card-named element in each): a promo run's "Related …" heading ends the text anyway.
            int before = run.size() < 2 ? 0 : textBefore(root, run.get(0));
            Element last = run.isEmpty() ? null : run.get(run.size() - 1);
            if (run.size() >= 2 && sameMarkup(run) && before >= rootLen * TEASER_AFTER && before >= TEASER_ARTICLE_MIN
                    && (rootLen - textBefore(root, last) - textLength(last) <= TEASER_TAIL_MAX
                        || ClassHints.weakJunk(ClassHints.name(last)))
                    && otherPagesOfTheSite(links, pageUrl)
                    && (before >= TEASER_STORY_MIN || run.stream().allMatch(c -> namedAsCard(c) || twoLinks(c)))
                    && (!underSubhead(run.get(0)) || run.stream().allMatch(ContentExtractor::namedAsCard))) {
                cards.addAll(run);
            }
        }
        removeAll(cards);
    }

    /**
     * The first text before {@code first} beside it is a heading: the story's subhead over its own sections. A heading
     * further up, in a carousel's header beside its arrows, heads the carousel.
     */
    private boolean underSubhead(Element first) {
        for (Element s = first.previousElementSibling(); s != null; s = s.previousElementSibling()) {
            if (textLength(s) > 0) {
                return isHeading(s.normalName());
            }
        }
        return false;
    }

    /** A card's markup names it so, on itself or inside ("card-content", "teaser__title"). */
    private static boolean namedAsCard(Element card) {
        return card.getAllElements().stream().anyMatch(d -> CARD_NAME.matcher(ClassHints.name(d)).find());
    }

    /** What sites call a promo box linking to another story; the wider weak hints name story blocks too ("extra"). */
    private static final Pattern CARD_NAME = Pattern.compile("card|teaser");

    /**
     * The headlines link to other pages of the page's own site: a writer's notes on other outlets' stories, a reading
     * list of books, a review's rival products at a shop and a live blog's entries (each linking to the blog itself,
     * one query apart) are the story's. Without the page's address only relative links are known to be the site's.
     */
    private static boolean otherPagesOfTheSite(List<Element> links, String page) {
        String site = MetadataReader.host(page);
        Set<String> paths = new HashSet<>();
        for (Element a : links) {
            String url = a.absUrl("href");
            String host = url.isEmpty() ? site : MetadataReader.host(url);
            if (!host.equals(site) || !paths.add(path(url.isEmpty() ? a.attr("href") : url))) {
                return false;
            }
        }
        return true;
    }

    /** A link's path, without its query and fragment: what page it opens. */
    private static String path(String url) {
        try {
            String p = URI.create(url.strip()).getPath();
            return p == null ? "" : p.replaceAll("/+$", "");
        } catch (RuntimeException e) {
            return url;
        }
    }

    private static boolean sameMarkup(List<Element> run) {
        for (Element c : run) {
            if (!c.normalName().equals(run.get(0).normalName()) || !c.className().equals(run.get(0).className())) {
                return false;
            }
        }
        return true;
    }

    /** The share of the container's text read before a run of cards that follows the article. */
    private static final double TEASER_AFTER = 0.5;
    /**
     * A short article's worth of text (some 175 words: a report's summary, a brief) before such a run; a listing's
     * intro is shorter, or less than {@link #TEASER_AFTER} of its page.
     */
    private static final int TEASER_ARTICLE_MIN = 1000;
    /**
     * After a shorter story than this, a run of cards goes only when each is named as one or holds a second link
     * ("Learn More"): a short release post's feature cards, each a linked title over its sentence, are its text.
     */
    private static final int TEASER_STORY_MIN = 2000;

    /** A card with a second link ("Learn More") beside its headline. */
    private static boolean twoLinks(Element c) {
        return c.getElementsByTag("a").size() >= 2;
    }
    /** A card: a headline of a few words and an excerpt of a sentence or two, not a section of the story. */
    private static final int TEASER_MAX = 600;
    private static final int TEASER_HEADLINE_MIN = 15;
    private static final int TEASER_EXCERPT_MIN = 40;
    /** The whitespace around a link that a block's text length counts. */
    private static final int TEASER_SLACK = 2;
    /** Room after a run of cards for a closing line ("See all stories") before the container ends. */
    private static final int TEASER_TAIL_MAX = 200;
    /** Room before a card's headline for a section label or a date ("Front Page"). */
    private static final int TEASER_LABEL_MAX = 40;

    /**
     * A card's headline link: one link filling a block of its own (a heading, a title line), set first, and unlinked
     * text (the excerpt) beside it; null when {@code e} is not a card.
     */
    private Element teaserLink(Element e) {
        int len = textLength(e);
        if (len > TEASER_MAX || len - linkLength(e) < TEASER_EXCERPT_MIN) {
            return null;
        }
        Element headline = null;
        Element link = null;
        for (Element a : e.getElementsByTag("a")) {
            int linkLen = textLength(a);
            String href = a.attr("href").strip();
            if (linkLen < TEASER_HEADLINE_MIN || href.isEmpty() || href.startsWith("#")
                    || href.regionMatches(true, 0, "javascript:", 0, 11)) {
                continue;
            }
            Element block = wrapsBlock(a) ? a : a.parent();
            while (block != e && block != a && !BlockWriter.BLOCK.contains(block.normalName())) {
                block = block.parent();
            }
            if (block == e || textLength(block) - linkLen > TEASER_SLACK) {
                continue;
            }
            if (headline != null) {
                return null; // two headlines: a list of links, or a container of cards
            }
            headline = block;
            link = a;
        }
        return headline != null && textBefore(e, headline) <= TEASER_LABEL_MAX ? link : null;
    }

    /**
     * A card set alone into the text without an excerpt: a section's kicker over another story's linked headline
     * ({@code <div class="PromoB"><div>Business</div><div><a href="/business/2025-10-02/egg-prices">Egg prices are
     * finally falling …</a></div></div>}). The headline goes with the link blocks, and its kicker, a line of a word or
     * three, would be left standing between the paragraphs; the card goes whole. Lines of their own only: "<p><strong>
     * Learn more about</strong> <a>…</a></p>" is a sentence, and "$17" over a deal's link a price. Only a headline
     * that opens another page of the page's own site: a label over a link out ("Website" over a shop's address) or
     * back to the page is the text's.
     */
    private void removeLoneCards(Element root) {
        List<Element> cards = new ArrayList<>();
        String site = MetadataReader.host(pageUrl);
        String own = path(pageUrl);
        for (Element e : root.getAllElements()) {
            if (e.childrenSize() != 2 || e == root || Text.hasOwnWords(e)) {
                continue;
            }
            Element label = e.child(0);
            Element title = e.child(1);
            String words = label.text().strip();
            if (!BlockWriter.BLOCK.contains(label.normalName()) || !BlockWriter.BLOCK.contains(title.normalName())
                    || isHeading(label.normalName()) || words.length() > KICKER_MAX || !KICKER.matcher(words).matches()
                    || !label.getElementsByTag("a").isEmpty()) {
                continue;
            }
            Elements links = title.getElementsByTag("a");
            int len = textLength(title);
            if (links.size() != 1 || len < LONE_CARD_HEADLINE_MIN || len - textLength(links.first()) > 2) {
                continue;
            }
            String url = links.first().absUrl("href");
            String href = url.isEmpty() ? links.first().attr("href").strip() : url;
            boolean ours = url.isEmpty() ? !href.isEmpty() && !href.contains(":") && !href.startsWith("#")
                    : !site.isEmpty() && site.equals(MetadataReader.host(url));
            if (ours && !path(href).isEmpty() && !path(href).equals(own)) {
                cards.add(e);
            }
        }
        removeAll(new ArrayList<>(cards));
    }

    private static final int KICKER_MAX = 30;
    private static final int LONE_CARD_HEADLINE_MIN = 20;
    /** A section's name: up to three words of letters ("Business", "Arts & Culture"), not a price or a date. */
    private static final Pattern KICKER = Pattern.compile("\\p{L}[\\p{L}'’-]*(?: (?:&|\\p{L}[\\p{L}'’-]*)){0,2}");

    /** A link wrapping its own line ({@code <a href><p>Financial Advisory</p></a>}): the link is the headline's block. */
    private static boolean wrapsBlock(Element a) {
        for (Element c : a.children()) {
            if (BlockWriter.BLOCK.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Characters of text inside {@code root} that come before {@code target}. */
    private int textBefore(Element root, Element target) {
        int n = 0;
        for (Element c = target; c != root; c = c.parent()) {
            for (Node s = c.previousSibling(); s != null; s = s.previousSibling()) {
                n += s instanceof Element se ? textLength(se)
                        : s instanceof TextNode t ? Text.countVisible(t.getWholeText()) : 0;
            }
        }
        return n;
    }
    /** Shorter copies than COPY_MIN go only when one is marked as a screen's copy. */
    private static final int SCREEN_COPY_MIN = 40;
    /**
     * A class naming the screen an element is printed for ("intro-mobile", "desktop-only", "textMobile"); not a
     * layout setting for a screen ("grid-mobile-1", "widget-tablet__width-auto").
     */
    private static final Pattern SCREEN_CLASS = Pattern.compile("(?:^|[\\s_-])(?i:mobile|desktop|tablet)(?:[-_]?(?i:only))?"
            + "(?=\\s|$)|[a-z](?:Mobile|Desktop|Tablet)(?:Only)?(?=\\s|$)");

    /** Named for one screen size, or hidden (also on some screens only) by itself or a wrapper below {@code top}. */
    private static boolean forOneScreen(Element e, Element top) {
        if (SCREEN_CLASS.matcher(e.className()).find()) {
            return true;
        }
        for (Element a = e; a != null && a != top; a = a.parent()) {
            if (hiddenItself(a)) {
                return true;
            }
        }
        return false;
    }

    private static Element commonAncestor(Element a, Element b) {
        Set<Element> around = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element x = a; x != null; x = x.parent()) {
            around.add(x);
        }
        Element x = b;
        while (x != null && !around.contains(x)) {
            x = x.parent();
        }
        return x;
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /**
     * A {@code <header>} holding only one h2–h6 that is wholly a link: an item's linked title set over its text in a
     * listicle's block. Left to the block filter, which drops it as a link unless it titles one of the page's items.
     */
    private boolean isLinkedHeading(Element e, int len) {
        return len > 0 && len <= 150 && linkLength(e) >= len && oneSubheadHoldsAll(e, len);
    }

    /**
     * A page builder's heading widget ("elementor-widget-heading"): all its text is one unlinked h2-h6, a heading
     * of the text it stands in, not a widget's furniture. Weak hints do not remove it.
     */
    private boolean isSectionHeading(Element e, int len) {
        return len > 0 && len <= 150 && linkLength(e) == 0 && oneSubheadHoldsAll(e, len);
    }

    /**
     * A {@code <header>} over one section of the text: an unlinked h2–h6 with at most a short label beside it ("SETUP
     * STEP #2" over "Relax your shoulders"), no h1 and no links, so neither the page's own header nor a teaser card;
     * a label that is a time or a date makes it a live blog entry's or a post's header (left to the rules for those),
     * and one named as a newsletter or other promo, or over a form, is a sign-up box's.
     */
    private boolean isLabelledSubhead(Element e, int len) {
        if (len == 0 || len > 150 || linkLength(e) > 0 || ClassHints.strongJunk(ClassHints.name(e))
                || e.parent() != null && !e.parent().select("form, input").isEmpty()) {
            return false;
        }
        Element subhead = null;
        for (Element d : e.getAllElements()) {
            String t = d.normalName();
            if (t.equals("h1") || t.equals("time")) {
                return false;
            }
            if (subhead == null && isHeading(t)) {
                subhead = d;
            }
        }
        return subhead != null && textLength(subhead) * 2 >= len
                && !TIME_LABEL.matcher(e.text().replace(subhead.text(), "")).find();
    }

    /**
     * A label that is a time or a date ("01:12 GMT", "Updated 4 March") or "By": a live blog entry's or a post's
     * header, or a byline set as a heading.
     */
    private static final Pattern TIME_LABEL = Pattern.compile("(?i)\\b\\d{1,2}[:.]\\d{2}\\b|\\b(?:19|20)\\d{2}\\b"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d|\\b\\d{1,2} (?:jan|feb|mar|apr|may|jun"
            + "|jul|aug|sep|oct|nov|dec)|\\bago\\b|\\b(?:updated|published|posted)\\b"
            + "|^\\W*(?:(?:written|words|reported) )?by\\W*$");

    /** Whether the element's first h2–h6 holds all of its {@code len} characters of text. */
    private boolean oneSubheadHoldsAll(Element e, int len) {
        for (Element d : e.getAllElements()) {
            String t = d.normalName();
            if (isHeading(t) && t.charAt(1) != '1') {
                return textLength(d) == len;
            }
        }
        return false;
    }

    /**
     * The writer described as a schema.org entity of its own ({@code itemprop="author" itemscope}): a byline or an
     * author box with a biography, never the article's words.
     */
    private static boolean isAuthorEntity(Element e) {
        if (!e.hasAttr("itemscope")) {
            return false;
        }
        for (String p : e.attr("itemprop").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (p.equals("author") || p.equals("creator") || p.equals("contributor")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hiddenItself(Element a) {
        return a.hasAttr("hidden") || isHiddenStyle(a.attr("style")) || "true".equalsIgnoreCase(a.attr("aria-hidden"))
                || ClassHints.hiddenClass(a.className().toLowerCase(Locale.ROOT));
    }

    /**
     * The panels the page's controls open, read before the buttons are removed: those a control names
     * ({@code aria-controls}), and the one right after a closed disclosure button ({@code aria-expanded="false"},
     * or the heading that holds it), which names nothing. Only an accordion's panels are text: two or more
     * controls of the same markup open them, or they are named as one; a lone toggle opens a promo (a newsletter
     * box, the outlet's "Why you can trust us"), and a panel holding a form is a sign-up box.
     */
    private static Set<Element> openedByControls(Element body) {
        Map<Element, Element> controlOf = new IdentityHashMap<>();
        Map<String, Element> byId = new HashMap<>(); // one pass: a page of many controls stays linear
        List<Element> controllers = new ArrayList<>();
        List<Element> collapsed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e.attributesSize() == 0) {
                continue;
            }
            if (e.hasAttr("id")) {
                byId.putIfAbsent(e.id(), e);
            }
            if (e.hasAttr("aria-controls")) {
                controllers.add(e);
            }
            if (e.attr("aria-expanded").strip().equalsIgnoreCase("false")) {
                collapsed.add(e);
            }
        }
        for (Element c : controllers) {
            for (String id : c.attr("aria-controls").split("\\s+")) {
                Element panel = id.isEmpty() ? null : byId.get(id);
                if (panel != null) {
                    controlOf.put(panel, c);
                }
            }
        }
        for (Element c : collapsed) {
            if (inMediaBlock(c)) {
                continue;
            }
            Element x = c;
            for (int up = 0; up < DISCLOSURE_WRAPPERS && x != null && x.nextElementSibling() == null; up++) {
                x = x.parent();
            }
            Element panel = x == null ? null : x.nextElementSibling();
            if (panel != null && (inAccordionHeading(c) || isAccordionPanel(panel))) {
                controlOf.putIfAbsent(panel, c);
            }
        }
        Map<String, Integer> alike = new HashMap<>();
        Set<Element> controls = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element c : controlOf.values()) {
            if (controls.add(c)) {
                alike.merge(controlMarkup(c), 1, Integer::sum); // one control opening two panels is still one
            }
        }
        Set<Element> opened = Collections.newSetFromMap(new IdentityHashMap<>());
        controlOf.forEach((panel, c) -> {
            if (panel.selectFirst("form, input") == null
                    && (alike.get(controlMarkup(c)) >= 2 || inAccordionBlock(panel))) {
                opened.add(panel);
            }
        });
        return opened;
    }

    /** A control's tag and class and its parent's: an accordion's toggles repeat it. */
    private static String controlMarkup(Element c) {
        Element p = c.parent();
        return c.normalName() + "." + c.className() + "<" + (p == null ? "" : p.normalName() + "." + p.className());
    }

    /** The panel, or a wrapper of it, is marked as an accordion's by its role or its class. */
    private static boolean inAccordionBlock(Element panel) {
        Element a = panel;
        for (int up = 0; up <= DISCLOSURE_WRAPPERS && a != null; up++, a = a.parent()) {
            if (isAccordionPanel(a)) {
                return true;
            }
        }
        return false;
    }

    /** How far up from a disclosure button its panel may follow: the button's heading and that heading's wrapper. */
    private static final int DISCLOSURE_WRAPPERS = 2;

    /**
     * A block that plays media: a closed button in it opens that clip's transcript or credits, or another clip's,
     * not a part of the article.
     */
    private static final Pattern MEDIA_BLOCK = Pattern.compile("(?i)video|player");
    /** A block named for an embed plays media only when it holds a player: CMSs embed accordions too. */
    private static final Pattern EMBED_BLOCK = Pattern.compile("(?i)embed");

    /** Whether a disclosure button sits in a figure, a video or a block named for a video, a player or an embed. */
    private static boolean inMediaBlock(Element c) {
        for (Element a = c.parent(); a != null && !a.tagName().equals("article") && !a.tagName().equals("body");
                a = a.parent()) {
            String name = a.className() + " " + a.id();
            if (a.tagName().equals("figure") || a.tagName().equals("video") || MEDIA_BLOCK.matcher(name).find()
                    || EMBED_BLOCK.matcher(name).find() && !a.select("iframe, video, audio, object").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** An accordion's button: in (or being) the heading or the {@code <dt>} that titles the panel after it. */
    private static boolean inAccordionHeading(Element c) {
        Element a = c;
        for (int up = 0; up <= DISCLOSURE_WRAPPERS && a != null; up++, a = a.parent()) {
            if (a.normalName().equals("dt") || a.normalName().matches("h[1-6]")) {
                return true;
            }
        }
        return false;
    }

    /** A panel marked as an accordion's by its role or its class, whatever its button sits in. */
    private static boolean isAccordionPanel(Element panel) {
        String role = panel.attr("role").toLowerCase(Locale.ROOT);
        String cls = panel.className().toLowerCase(Locale.ROOT);
        return role.equals("region") || role.equals("tabpanel") || cls.contains("accordion")
                || cls.contains("collapse") || cls.contains("faq");
    }

    /**
     * The closed panel of an accordion or a tab set: hidden until the reader opens it, but part of the text
     * (FAQ answers, guide steps). Known by a control that opens it (then {@code aria-hidden} is how it is marked
     * closed), or, when not hidden from screen readers, by its role or its class.
     */
    private boolean collapsedPanel(Element e, Set<Element> opened) {
        if (linkDensity(e) > 0.5) {
            return false;
        }
        if (opened.contains(e)) {
            return true;
        }
        if ("true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return false;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("region") || role.equals("tabpanel")) {
            return true;
        }
        String cls = e.className().toLowerCase(Locale.ROOT);
        return cls.contains("accordion") || cls.contains("collapse") || cls.contains("tab-pane")
                || cls.contains("tabpanel");
    }

    /**
     * A page footer comes after the article, so it cannot have swallowed it by being left open; when it holds
     * much of the page's text that text is a disclaimer or an address block, unless the article's own markers
     * (a headline, {@code <main>}, {@code <article>}) are inside it.
     */
    private static boolean isPageFooter(Element e, String tag) {
        if (!tag.equals("footer") && !"contentinfo".equalsIgnoreCase(e.attr("role"))) {
            return false;
        }
        for (Element d : e.getAllElements()) {
            String t = d.normalName();
            if (d != e && (t.equals("h1") || t.equals("main") || t.equals("article"))) {
                return false;
            }
        }
        return true;
    }

    private static void removeAll(List<Node> nodes) {
        for (Node n : nodes) {
            if (n.parent() != null) {
                n.remove();
            }
        }
    }

    /**
     * A short paragraph of unlinked words in a page builder's text block: builders (Elementor, Divi, …) call every
     * block of an article a "widget", so that word alone does not make it furniture the way "header" or "caption"
     * would. Only a block of a text type counts: an html, alert or call-to-action widget holds the promo or the
     * cookie note. And only with the article's prose going on after it: short text blocks after the last long
     * paragraph are the site's promo lines ("Sign up to our newsletter …", "Follow us on Instagram …").
     */
    private boolean isBuilderProse(Element e, String name, int len) {
        return len >= BUILDER_PROSE_MIN && linkDensity(e) < 0.1 && paragraphText(e) >= len * 0.8
                && !ClassHints.weakJunk(name.replace(BUILDER_BLOCK, "")) && inTextWidget(e) && proseWidgetAfter(e);
    }

    /**
     * Document order of the elements in the tree junk removal reads, and the place of the last paragraph of prose in
     * a builder's text block: one pass for the page, so that many short widgets stay linear.
     */
    private Map<Element, Integer> order;
    private int lastProseWidget;

    /** A paragraph of prose in a builder's text block somewhere after {@code e} (and not inside it). */
    private boolean proseWidgetAfter(Element e) {
        if (order == null) {
            Element root = e.root();
            order = new IdentityHashMap<>();
            for (Element x : root.getAllElements()) {
                order.put(x, order.size());
            }
            lastProseWidget = -1;
            List<Element> paragraphs = root.getElementsByTag("p");
            for (int i = paragraphs.size() - 1; i >= 0 && lastProseWidget < 0; i--) {
                Element p = paragraphs.get(i);
                if (textLength(p) >= BUILDER_PROSE_AFTER && inTextWidget(p)) {
                    lastProseWidget = order.get(p);
                }
            }
        }
        Element end = e;
        while (end.lastElementChild() != null) {
            end = end.lastElementChild();
        }
        return lastProseWidget > order.get(end);
    }

    /**
     * Whether the element is a builder block of a text type (the type follows "widget-" in its class:
     * {@code elementor-widget-text-editor}, {@code widget_text}), holds one (a column's wrapper: its other blocks
     * are judged on their own), or, untyped, is the inner wrapper of one.
     */
    private static boolean inTextWidget(Element e) {
        String own = builderType(e);
        if (own != null) {
            return TEXT_WIDGET.matcher(own).matches();
        }
        boolean holdsBlocks = false;
        for (Element b : e.getElementsByAttributeValueContaining("class", BUILDER_BLOCK)) {
            String type = b == e ? null : builderType(b);
            if (type != null && TEXT_WIDGET.matcher(type).matches()) {
                return true;
            }
            holdsBlocks |= type != null;
        }
        Element a = e.parent();
        for (int up = 0; !holdsBlocks && up < BUILDER_WRAPPERS && a != null; up++, a = a.parent()) {
            String type = builderType(a);
            if (type != null) {
                return TEXT_WIDGET.matcher(type).matches();
            }
        }
        return false;
    }

    /** A builder block's type read from its class, or null for an untyped element or a block's inner wrapper. */
    private static String builderType(Element b) {
        Matcher m = BUILDER_TYPE.matcher(b.className().toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!BUILDER_INNER.matcher(m.group(1)).matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * A box an editor set among the post's paragraphs, named only as a "card" by the editor (Ghost's callout and
     * toggle cards, "kg-card kg-callout-card"): its words are a sentence of the writer's, unlinked ("All prices are
     * per tart and were correct in February 2025."), and it stands beside a paragraph of the text in the same
     * container. A teaser card is a link to another story (its headline, or the whole card), a card named also as a
     * teaser, a header or a widget is furniture, and a card among cards (a grid of other posts) stands beside no
     * paragraph of prose.
     */
    private boolean isEditorsCard(Element e, String name) {
        if (!name.contains(CARD) || ClassHints.weakJunk(name.replace(CARD, "")) || linkLength(e) > 0) {
            return false;
        }
        String t = Text.squash(e.text());
        if (!ENDS_SENTENCE.matcher(t).find() || t.split(" ").length < CARD_SENTENCE_WORDS || e.parent() == null) {
            return false;
        }
        for (Element sibling : e.parent().children()) {
            if (sibling != e && sibling.nameIs("p") && textLength(sibling) >= CARD_PROSE_BESIDE) {
                return true;
            }
        }
        return false;
    }

    private static final String CARD = "card";
    /** A sentence of the writer's, not a label ("Free shipping") or a button. */
    private static final int CARD_SENTENCE_WORDS = 6;
    /** A paragraph of the post's prose beside the card. */
    private static final int CARD_PROSE_BESIDE = 120;

    private static final String BUILDER_BLOCK = "widget";
    /** A builder block's type, after "widget-" or "widget_" in its class. */
    private static final Pattern BUILDER_TYPE = Pattern.compile("widget[-_]([a-z0-9-]+)");
    /** The wrappers a builder puts inside every block, whatever its type. */
    private static final Pattern BUILDER_INNER = Pattern.compile("container|wrap|wrapper|inner|content");
    /** How far up from a paragraph's wrapper its block's type may be read: the block's inner wrappers. */
    private static final int BUILDER_WRAPPERS = 2;
    /** The builder blocks that hold the article's words; html, alert, cta, form, shortcode and promo blocks do not. */
    private static final Pattern TEXT_WIDGET = Pattern.compile(
            "text(?:-editor)?|heading|blockquote|(?:theme-)?post-content|rich-text|textblock|paragraph");
    /** Shorter lines in a builder's block are its buttons and labels ("Read the guide", "Free shipping"). */
    private static final int BUILDER_PROSE_MIN = 60;
    /** A paragraph of the article's prose, as long as the short blocks weak hints remove may be. */
    private static final int BUILDER_PROSE_AFTER = 200;

    /**
     * A tooltip: named so ({@link ClassHints#tooltip}), or given the ARIA role of one ({@code role="tooltip"}, as
     * footnote and glossary plugins mark the note they pop up beside a word, whatever its class) and holding a line
     * of words, not paragraphs: a callout box given the role ("Tip: …" in a {@code <p>}) is shown as part of the text.
     */
    private static boolean isTooltip(Element e, String name) {
        return ClassHints.tooltip(name) || "tooltip".equalsIgnoreCase(e.attr("role"))
                && e.selectFirst("p, ul, ol, h2, h3, h4, h5, h6, table, blockquote") == null;
    }

    /**
     * A tooltip that holds a sentence (six words or more) is a note on a word of the text, drawn on hover ("keyword"
     * → "A keyword is what users type into a search engine …"), or a disclosure behind an "i"; one of a few words
     * is the only name of the icon it labels ("Made in the UK"), which the page shows as its text. The words a tooltip
     * is drawn over are the sentence's: a link, an abbreviation or a definition, an element that keeps its note in
     * an attribute ({@code title}, {@code aria-label}, {@code aria-describedby}, a library's {@code data-…}) or is
     * named as what a tooltip is hooked to ({@link #TOOLTIP_HOST}) is the trigger, not the note; so is a box with a
     * word of its own around a note of its own ("CTR{@code <span class="tooltiptext">}Click-through rate is
     * …{@code </span>}"), where only the inner note goes.
     */
    private static boolean isNote(Element e) {
        if (e.normalName().equals("a") || e.normalName().equals("abbr") || e.normalName().equals("dfn")
                || e.hasAttr("title") || e.hasAttr("aria-describedby") || e.hasAttr("aria-label") || noteInAttribute(e)
                || TOOLTIP_HOST.matcher(ClassHints.name(e)).find()) {
            return false; // the trigger, whose note sits in an attribute or a part of its own: its words are the sentence's
        }
        for (Element d : e.getAllElements()) {
            if (d != e && ClassHints.tooltip(ClassHints.name(d)) && d.text().length() > 0) {
                // a box holding its own note and a word of the sentence ("CTR"): only the inner note goes; one
                // holding an icon's glyph ("i", "?") is the note's frame
                String own = e.text().replace(d.text(), "");
                if (own.codePoints().filter(Character::isLetterOrDigit).count() >= 2) {
                    return false;
                }
            }
        }
        return e.text().split(" ").length >= NOTE_WORDS_MIN;
    }

    /**
     * Class names of what a tooltip is drawn over or hooked to, not of the note: "tooltip-trigger", "has-tooltip",
     * "js-tooltips", "tooltip-enabled", "tooltipped".
     */
    private static final Pattern TOOLTIP_HOST = Pattern.compile("tooltip(?:s\\b|ped|[-_](?:trigger|enabled|target|anchor"
            + "|wrap|container|toggle|host))|(?:has|js|with)[-_]tooltip");

    /**
     * A tooltip library's attribute holding the note or marking the trigger ({@code data-tip},
     * {@code data-tippy-content}, {@code data-bs-title}, {@code data-bs-toggle="tooltip"}).
     */
    private static boolean noteInAttribute(Element e) {
        for (var attr : e.attributes()) {
            String k = attr.getKey();
            if (k.startsWith("data-") && (k.contains("tip") || k.contains("title") || k.contains("content")
                    || k.contains("toggle"))) {
                return true;
            }
        }
        return false;
    }

    private static final int NOTE_WORDS_MIN = 6;

    /** Paragraphs of unlinked words: a story's update box or follow-up section, not a list of other stories. */
    private boolean isProse(Element e) {
        return linkDensity(e) < 0.25 && paragraphText(e) >= 120;
    }

    private int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            n += textLength(p);
        }
        return n;
    }

    private static boolean isHiddenStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * Text and link-text lengths of every element, bottom-up in one pass; with {@code digests}, also each element's
     * hash of its non-space characters, which only {@link #removeCopies} reads.
     */
    private void measure(Element root, boolean digests) {
        lengths.clear();
        digest.clear();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                int len = 0;
                int links = 0;
                long hash = 0;
                long pow = 1;
                long chars = 0;
                for (Node c : e.childNodes()) {
                    if (c instanceof TextNode t) {
                        String s = t.getWholeText();
                        len += Text.countVisible(s);
                        for (int i = 0; digests && i < s.length(); i++) {
                            char ch = s.charAt(i);
                            if (!Character.isWhitespace(ch) && ch != '\u00a0') {
                                hash = hash * 31 + ch;
                                pow *= 31;
                                chars++;
                            }
                        }
                    } else if (c instanceof Element ce) {
                        int[] l = lengths.get(ce);
                        if (l != null) {
                            len += l[0];
                            links += l[1];
                        }
                        long[] d = digest.get(ce);
                        if (d != null && d[2] > 0) {
                            hash = hash * d[1] + d[0];
                            pow *= d[1];
                            chars += d[2];
                        }
                    }
                }
                if (chars > 0) {
                    digest.put(e, new long[] {hash, pow, chars});
                }
                if (BlockWriter.actsAsLink(e)) {
                    links = len;
                }
                lengths.put(e, new int[] {len, links});
            }
        }, root);
    }

    private int textLength(Element e) {
        int[] l = lengths.get(e);
        return l == null ? 0 : l[0];
    }

    private int linkLength(Element e) {
        int[] l = lengths.get(e);
        return l == null ? 0 : l[1];
    }

    private double linkDensity(Element e) {
        int len = textLength(e);
        return len == 0 ? 0 : (double) linkLength(e) / len;
    }

    private Element topCandidate(Element body) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            int len;
            if (SCORED.contains(tag)) {
                len = textLength(e);
            } else if (tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("span")
                    || tag.equals("font") || tag.equals("center")) {
                len = ownTextLength(e);
            } else {
                continue;
            }
            if (len < 25) {
                continue;
            }
            String text = tag.equals("li") || tag.equals("td") ? "" : e.ownText();
            double points = 1 + commas(SCORED.contains(tag) ? e.text() : text) + Math.min(len / 100, 3);
            if (tag.equals("li") || tag.equals("td") || tag.equals("dd")) {
                points *= 0.5;
            }
            if (!SCORED.contains(tag)) {
                addScore(e, points, candidates);
            }
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                addScore(ancestor, points / divider, candidates);
                if (ancestor == body) {
                    break;
                }
            }
        }
        Element top = null;
        double best = -1;
        for (Element c : candidates) {
            double s = score.get(c) * (1 - linkDensity(c));
            score.put(c, s);
            if (s > best) {
                best = s;
                top = c;
            }
        }
        if (top == null) {
            return body;
        }
        top = climb(top, body, candidates);
        // A declared body container ("entry-content", itemprop=articleBody) around or under the winner is preferred.
        Element hinted = hintedContainer(top);
        if (hinted != null) {
            return hinted;
        }
        Element declared = declaredArticle(top);
        return declared != null ? declared : top;
    }

    /**
     * The page's one {@code <main>} or {@code role="main"} (or one {@code <article>}) inside the chosen container, when it holds most of
     * the container's text: what the container adds around it is the page's side columns (an "about me" box).
     */
    private Element declaredArticle(Element top) {
        int topLen = textLength(top);
        for (String tag : new String[] {"main", "article"}) {
            List<Element> found = top.getElementsByTag(tag);
            if (tag.equals("main")) {
                for (Element r : top.getElementsByAttributeValue("role", "main")) {
                    if (!r.normalName().equals("main")) {
                        found.add(r);
                    }
                }
            }
            found.remove(top);
            if (found.size() != 1) {
                continue;
            }
            Element d = found.get(0);
            int len = textLength(d);
            // Not an article embedded in the story: a statement in a figure, a quoted post.
            boolean embedded = false;
            for (Element p = d.parent(); p != null && p != top; p = p.parent()) {
                String n = p.normalName();
                embedded |= n.equals("figure") || n.equals("blockquote") || n.equals("aside");
            }
            if (len >= topLen * DECLARED_SHARE && len < topLen && !embedded) {
                return d;
            }
        }
        return null;
    }

    private static final double DECLARED_SHARE = 0.3;

    /** Articles cut into many small containers (page builders): move up while that gains much more prose. */
    private Element climb(Element top, Element body, List<Element> candidates) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            int len = SCORED.contains(tag) ? textLength(e) : ownTextLength(e);
            if (len < 25 || linkDensity(e) > 0.5 || tag.equals("li") || tag.equals("td")) {
                continue;
            }
            for (Element a = e; a != null; a = a.parent()) {
                prose.merge(a, len, Integer::sum);
                if (a == body) {
                    break;
                }
            }
        }
        Element cur = climbFrom(top, body, prose, CLIMB);
        if (cur == top && (top.normalName().equals("ul") || top.normalName().equals("ol"))) {
            cur = climbFrom(top, body, prose, LIST_CLIMB);
        }
        if (cur != top && !score.containsKey(cur)) {
            score.put(cur, score.getOrDefault(top, 0.0));
        }
        return cur;
    }

    /**
     * Up from {@code top} to each ancestor with {@code factor} times the prose of the last one taken and few links;
     * from a list (at {@link #LIST_CLIMB}) never to one that holds a column of short boxes beside the list's own.
     */
    private Element climbFrom(Element top, Element body, Map<Element, Integer> prose, double factor) {
        Element cur = top;
        int footers = 0;
        int footersInCur = 0;
        for (Element a = top.parent(), from = top; a != null; from = a, a = a.parent()) {
            if (factor == LIST_CLIMB && holdsBoxColumn(a, from, prose)) {
                break;
            }
            footers += footersAfter(from, prose);
            int here = prose.getOrDefault(cur, 0) - footersInCur;
            int there = prose.getOrDefault(a, 0) - footers;
            if (there >= here * factor && linkDensity(a) < 0.45) {
                cur = a;
                footersInCur = footers;
            }
            if (a == body) {
                break;
            }
        }
        return cur;
    }

    /**
     * The prose of the page footers after the branch {@code from}: siblings named as a footer
     * ({@code <div class="footer-container-wrapper">}) hold the site's legal notice, its address and a call to
     * action, paragraphs of prose that are no more of the article than the links beside them. Climbing is for
     * taking in the rest of a text cut into blocks, not the footer under it.
     */
    private static int footersAfter(Element from, Map<Element, Integer> prose) {
        int n = 0;
        for (Element s = from.nextElementSibling(); s != null; s = s.nextElementSibling()) {
            if (ClassHints.footer(ClassHints.name(s))) {
                n += prose.getOrDefault(s, 0);
            }
        }
        return n;
    }

    private static final double CLIMB = 1.5;
    /**
     * A list that wins alone (ranked picks, product cards with paragraphs) is one part of a text whose intro, method
     * and closing sections are around it: a fifth more prose is enough to climb from it.
     */
    private static final double LIST_CLIMB = 1.2;

    /**
     * Whether a child of {@code a} other than {@code from} is a column of separate short boxes (two or more blocks,
     * each under {@link #BOX_MAX} characters of prose and without a heading): an ad, a disclosure, events and
     * weather beside a list, not its intro or FAQ, which open with headings or are paragraphs.
     */
    private static boolean holdsBoxColumn(Element a, Element from, Map<Element, Integer> prose) {
        for (Element col : a.children()) {
            if (col == from || col.childrenSize() < 2) {
                continue;
            }
            boolean boxes = true;
            for (Element box : col.children()) {
                String n = box.normalName();
                boxes &= (n.equals("div") || n.equals("aside")) && prose.getOrDefault(box, 0) < BOX_MAX
                        && box.selectFirst("h1, h2, h3, h4, h5, h6") == null;
            }
            if (boxes) {
                return true;
            }
        }
        return false;
    }

    /** A side box's length: an ad, a note or a notice, shorter than a section of the text. */
    private static final int BOX_MAX = 300;

    private Element hintedContainer(Element top) {
        int topLen = textLength(top);
        for (Element a = top; a != null && a.parent() != null; a = a.parent()) {
            if (isBodyHint(a)) {
                return textLength(a) <= topLen * 3 ? a : null;
            }
        }
        for (Element d : top.getAllElements()) {
            if (d != top && isBodyHint(d) && textLength(d) >= topLen * 0.8) {
                return d;
            }
        }
        return null;
    }

    private static boolean isBodyHint(Element e) {
        return "articleBody".equalsIgnoreCase(e.attr("itemprop")) || e.hasClass("e-content")
                || ClassHints.bodyContainer(ClassHints.name(e));
    }

    private void addScore(Element e, double points, List<Element> candidates) {
        Double s = score.get(e);
        if (s == null) {
            s = initialScore(e);
            candidates.add(e);
        }
        score.put(e, s + points);
    }

    private double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(e);
    }

    private static double classWeight(Element e) {
        double w = 0;
        for (String attr : new String[] {"class", "id"}) {
            String name = e.attr(attr).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (ClassHints.negative(name)) {
                w -= 25;
            }
            if (ClassHints.positive(name)) {
                w += 25;
            }
        }
        if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            w += 25;
        }
        return w;
    }

    private static int ownTextLength(Element e) {
        int n = 0;
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                n += t.text().strip().length();
            } else if (c instanceof Element ce && !BlockWriter.BLOCK.contains(ce.normalName()) && ce.childrenSize() == 0
                    && !ce.normalName().equals("a")) {
                n += ce.text().length();
            }
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    /** The winner and those of its siblings that read as more of the same article. */
    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return List.of(top);
        }
        double topScore = score.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        boolean beforeTop = true;
        for (Element sib : parent.children()) {
            if (sib == top) {
                parts.add(sib);
                beforeTop = false;
                continue;
            }
            if (beforeTop && isSummaryBox(sib)) {
                parts.add(sib);
                continue;
            }
            double bonus = sameComponent(top, sib) ? topScore * 0.2 : 0;
            Double s = score.get(sib);
            if (s != null && s + bonus >= threshold) {
                parts.add(sib);
                continue;
            }
            String tag = sib.normalName();
            if (tag.equals("p") || tag.equals("blockquote") || tag.equals("ul") || tag.equals("ol")
                    || tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6') {
                int len = textLength(sib);
                double ld = linkDensity(sib);
                String t = sib.text();
                if (len > 80 && ld < 0.25 || len > 0 && len <= 80 && ld == 0 && t.matches("(?s).*[.!?:]( .*)?$")) {
                    parts.add(sib);
                }
            }
        }
        return parts.size() == 1 ? withWrapperSiblings(top) : parts;
    }

    /**
     * A box that sums the story up above its text, a heading over a short list of sentences ("What to know" over three
     * bullets between a live blog's lead photo and its entries, "Key points"): the text's, though its few words score
     * below the entries beside it. Only before the chosen container, and only sentences (each item ends with ".", "!"
     * or "?") with few links: a table of contents or a list of links to other stories is neither.
     */
    private boolean isSummaryBox(Element box) {
        if (box.childrenSize() != 2 || !isHeading(box.child(0).normalName())
                || !(box.child(1).nameIs("ul") || box.child(1).nameIs("ol")) || linkDensity(box) >= 0.25) {
            return false;
        }
        Element list = box.child(1);
        if (list.childrenSize() < SUMMARY_ITEMS_MIN || list.childrenSize() > SUMMARY_ITEMS_MAX) {
            return false;
        }
        for (Element li : list.children()) {
            String t = li.text().strip();
            if (!li.nameIs("li") || t.split(" ").length < 5 || !SUMMARY_SENTENCE_END.matcher(t).find()) {
                return false;
            }
        }
        return true;
    }

    private static final int SUMMARY_ITEMS_MIN = 2;
    private static final int SUMMARY_ITEMS_MAX = 8;
    private static final Pattern SUMMARY_SENTENCE_END = Pattern.compile("[.!?][\"”’)]?$");

    /**
     * A winner alone in wrappers of its own (component systems and page builders wrap every block): a sibling of a
     * wrapper, named like that wrapper or like the winner (or with a modifier: "block block--intro"), holding prose of
     * its own, is more of the text, such as an intro or the half of the text after an ad slot. A class-less wrapper
     * names nothing, so there a sibling before it holding a block of the winner's own component is the text's intro
     * in a box of its own (a review's "summary" box around its first "articletext" paragraphs, above the quick
     * picks); one after it is as often a shelf of teasers whose excerpts reuse the text's class, and stays out.
     */
    private List<Element> withWrapperSiblings(Element top) {
        int topLen = textLength(top);
        for (Element w = top.parent(); w.parent() != null && !w.normalName().equals("body")
                && !w.parent().normalName().equals("body") && textLength(w) == topLen; w = w.parent()) {
            List<Element> parts = new ArrayList<>();
            int at = -1;
            for (Element sib : w.parent().children()) {
                if (sib == w) {
                    at = parts.size();
                } else if ((sameComponent(top, sib) || sameComponent(w, sib) && holdsPartOf(sib, top)
                        || at < 0 && w.className().isEmpty() && holdsOneOfTheComponent(sib, top) && !paidFor(sib))
                        && score.containsKey(sib) && !isTeaser(sib)
                        && textLength(sib) >= WRAPPER_SIBLING_MIN && linkDensity(sib) < 0.25) {
                    parts.add(sib);
                }
            }
            if (!parts.isEmpty()) {
                parts.add(at, top);
                return parts;
            }
        }
        return List.of(top);
    }

    /**
     * The text followed by its questions and answers in a section of its own: a box named as an FAQ
     * ({@code <div class="blog-faq">}, {@code <section class="faqsSection">}) or opening with an "FAQ"/"Frequently asked
     * questions" heading, set after the chosen container beside it or beside one of its wrappers, up to
     * {@value #FAQ_LEVELS} levels up ("How much does it cost per hour?" over its answer, below a price guide). Page
     * builders put it in a module of its own, so scoring takes the article's module alone. Only after the text and
     * only with little of it linked: a help centre's "FAQ" menu is links, and a box of questions above an article
     * is the site's. On the dev pages the truth keeps an FAQ box on 91 of 102 pages that have one (two of them,
     * 0047 and 0183, were set beside the text and missed).
     */
    private List<Element> withFaqAfter(List<Element> parts, Element body) {
        Element last = parts.get(parts.size() - 1);
        List<Element> faqs = new ArrayList<>();
        Element a = last;
        for (int level = 0; level <= FAQ_LEVELS && a != null && a != body && a.parent() != null; level++, a = a.parent()) {
            for (Element s = a.nextElementSibling(); s != null; s = s.nextElementSibling()) {
                if (textLength(s) >= FAQ_MIN && linkDensity(s) < FAQ_LINK_DENSITY_MAX && holdsFaq(s)) {
                    faqs.add(s);
                }
            }
            if (!faqs.isEmpty()) {
                List<Element> all = new ArrayList<>(parts);
                all.addAll(faqs);
                return all;
            }
        }
        return parts;
    }

    /**
     * Whether an element is, or wraps as most of its text, a box of questions and answers: named so by class or id
     * ("faq", "faqs-section", "frequently-asked") or opening with a heading that says so ("Event planning FAQs").
     */
    private boolean holdsFaq(Element s) {
        for (Element d = s; d != null; d = d.childrenSize() == 0 ? null : d.child(0)) {
            if (textLength(d) * 3 < textLength(s) * 2) {
                return false;
            }
            String name = ClassHints.name(d);
            if (SIDE_BOX.matcher(name).find()) {
                return false; // a sidebar's FAQ: the site's
            }
            Element h = d.selectFirst("h1, h2, h3, h4, h5, h6");
            if (h != null && SITE_FAQ.matcher(h.text()).find()) {
                return false; // the shop's on shipping and returns, a plan's on pricing: the site's
            }
            if ((name.contains("faq") || name.contains("frequently-asked") || name.contains("frequently_asked")
                    || h != null && FAQ_HEADING.matcher(Text.squash(h.text())).matches() && textBefore(d, h) == 0)) {
                Set<String> asked = questions(d);
                // a shop's questions under a plain "FAQ" heading ("When will my order arrive?", "Do you ship abroad?")
                long shop = asked.stream().filter(q -> SITE_FAQ.matcher(q).find()).count();
                return asked.size() >= FAQ_QUESTIONS_MIN && shop * 2 < asked.size();
            }
        }
        return false;
    }

    /** The distinct short lines ending with a question mark in a box: its questions. */
    private static Set<String> questions(Element box) {
        Set<String> asked = new HashSet<>();
        for (Element e : box.getAllElements()) {
            if (e.childrenSize() <= 1 && !Text.longerThan(e, FAQ_QUESTION_MAX)) {
                String t = Text.squash(e.text());
                if (t.endsWith("?")) {
                    asked.add(t);
                }
            }
        }
        return asked;
    }

    /** How far up from the text's container an FAQ box may stand beside it: a page builder's module and section. */
    private static final int FAQ_LEVELS = 3;
    /** Two questions with their answers at least. */
    private static final int FAQ_MIN = 200;
    private static final double FAQ_LINK_DENSITY_MAX = 0.3;
    /**
     * A heading that is an FAQ's title ("FAQs", "Event planning FAQs", "Frequently asked questions about index funds"),
     * not a line that points to one ("Questions? Read our FAQ or visit us").
     */
    private static final Pattern FAQ_HEADING = Pattern.compile(
            "(?i)\\W*(?:[^?]{0,60}\\b(?:FAQs?|frequently asked questions)|FAQs?)(?: (?:about|on|for|of) [^?]{1,60})?\\W*");
    /** A box beside the article's column: page builders call every module a "widget", so not that word alone. */
    private static final Pattern SIDE_BOX = Pattern.compile("(?i)sidebar|secondary|widget-area|widget_area");
    /** The site's own FAQ, under a heading on a shop's or a plan's matters ("Pricing FAQs", "Shipping & returns"). */
    private static final Pattern SITE_FAQ = Pattern.compile(
            "(?i)pricing|billing|shipping|\\bship\\b|delivery|returns?\\b|refunds?\\b|subscription|account|\\borders?\\b");
    /** Questions of an FAQ: two at least, each a line. */
    private static final int FAQ_QUESTIONS_MIN = 2;
    private static final int FAQ_QUESTION_MAX = 200;

    /** Shorter blocks named like the text's wrappers are its furniture: a call to action, a grid cell with a link. */
    private static final int WRAPPER_SIBLING_MIN = 200;

    /**
     * Whether a wrapper's sibling holds a block of the winner's own component ("story-lede" beside "story-text"):
     * sharing only the wrapper's generic class ("block") is what the next story's block and the site's note do too.
     */
    private static boolean holdsPartOf(Element sib, Element top) {
        Set<String> roots = new HashSet<>();
        for (String c : top.classNames()) {
            if (COMPONENT_CLASS.matcher(c).find()) {
                roots.add(COMPONENT_ROOT.split(c, 2)[0]);
            }
        }
        if (roots.isEmpty()) {
            return false;
        }
        for (Element d : sib.getAllElements()) {
            for (String c : d.classNames()) {
                if (roots.contains(COMPONENT_ROOT.split(c, 2)[0])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where a component's name ends and its part or modifier begins: "story" in "story-lede", "story__body". */
    private static final Pattern COMPONENT_ROOT = Pattern.compile("[-_]");

    /** A teaser of another story: its first heading is a link. */
    private static boolean isTeaser(Element sib) {
        Element h = sib.selectFirst("h1, h2, h3, h4, h5, h6");
        return h != null && (h.selectFirst("a[href]") != null || h.closest("a[href]") != null);
    }

    /**
     * Two parts of one component: the same class, or one's classes all among the other's, a modifier added
     * ("rich-text intro", "rich-text faq").
     */
    private static boolean sameComponent(Element top, Element sib) {
        if (top.className().isEmpty() || sib.className().isEmpty()) {
            return false;
        }
        if (top.className().equals(sib.className())) {
            return true;
        }
        Set<String> a = top.classNames();
        Set<String> b = sib.classNames();
        Set<String> fewer = a.size() <= b.size() ? a : b;
        return (a.containsAll(b) || b.containsAll(a)) && fewer.stream().anyMatch(c -> COMPONENT_CLASS.matcher(c).find());
    }

    /** A box named as an advertiser's or a partner's ("partner-box", "sponsor-note"), or as other boilerplate. */
    private static boolean paidFor(Element box) {
        String name = ClassHints.name(box);
        return name.contains("partner") || ClassHints.strongJunk(name);
    }

    /**
     * Whether a block holds, below its own element, one element of the winner's own component carrying two thirds of
     * its text or more: an intro boxed with a label. A shelf of teasers or a rail of most-read stories holds several
     * excerpts of that class, and a partner's box more words of its own.
     */
    private boolean holdsOneOfTheComponent(Element sib, Element top) {
        Element one = null;
        for (Element d : sib.getAllElements()) {
            if (d != sib && sameComponent(top, d)) {
                if (one == null) {
                    one = d;
                } else if (!d.parents().contains(one)) {
                    return false;
                }
            }
        }
        return one != null && textLength(one) * 3 >= textLength(sib) * 2;
    }

    /** A class that names a component ("rich-text", "post-body"), not a utility of a CSS framework ("mt-8", "px-4"). */
    private static final Pattern COMPONENT_CLASS = Pattern.compile("\\p{L}{4}");
}

