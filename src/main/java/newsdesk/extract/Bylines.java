package newsdesk.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Bylines in the page's body, for pages whose metadata names no author. */
final class Bylines {

    private static final Pattern BYLINE_CLASS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:by-?line|author|authors|author-?name|writer|byl|contributor|creator|posted-?by)(?:$|[\\s_-])");
    private static final Pattern NOT_BYLINE_CLASS = Pattern.compile(
            "(?i)bio|avatar|image|photo|img|thumb|comment|description|about|social|follow|more|related|box|card|list");
    /** Lower-case particles inside a name ("Van der Berg", "de la Cruz"), whole words only ("der", not "de" + "r"). */
    private static final String PARTICLE = "(?:de|da|di|du|del|della|den|der|van|von|al|bin|ibn|la|le|dos|das|ten|ter)(?!\\p{L})";
    private static final Pattern BY_TEXT = Pattern.compile(
            "^(?i:by|written by|posted by|words by)\\s*:?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|" + PARTICLE + ")){1,5}"
                    + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})*)");
    private static final Pattern AUTHOR_HREF = Pattern.compile(
            "(?i)/(?:author|authors|writer|writers|contributor|contributors|people|person|staff|profile|profiles|columnist|columnists|journalist|journalists|user|users|members?)/");
    private static final Pattern BYLINE_LABEL = Pattern.compile(
            "(?i)(?:(?:(?:article|post|story)\\s+)?(?:written|posted|article|words|story|text|reported|recipe|authored)\\s+by|by|authors?|author\\(s\\)|"
                    + "contributors?|writers?|written by)\\s*:?");
    private static final Pattern AUTHOR_PAGE = Pattern.compile("(?i)/(?:author|authors|writer|writers|contributor|contributors|team|people|staff|profiles?)/[^/?#]+/?(?:$|[?#])");
    private static final Pattern PERSON_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]+(?: (?:\\p{Lu}[\\p{L}.'’-]*|" + PARTICLE + ")){1,3}");

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|–—·•»«/:]|-{1,2}|::)\\s+");
    private static final Pattern TITLE_PARENTHESIS = Pattern.compile("\\(([^()]+)\\)$");
    private static final Pattern OWN_BLOG = Pattern.compile("(?i)^(.+?)['’]s\\s+(?:blog|site|website|weblog|journal|notes|homepage)$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)\\s*(?:(?:\\d{4}\\s*[-–]\\s*)?\\d{4}\\s*)?(?:by\\s+)?(\\p{Lu}[^.,©|]{2,40})");
    private static final int MAX_HOME_LINKS = 60;
    private static final Pattern ABOUT_LINK = Pattern.compile("(?:[Aa]bout|[Mm]eet)\\s+(\\p{Lu}.+)");
    /** A given name and a family name, perhaps with an initial between: "Polly Barks", "Jan K. Roe". */
    private static final Pattern OWNER_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\.)? \\p{Lu}[\\p{Ll}'’-]+\\p{Ll}");

    private Bylines() {
    }

    /**
     * The owner of a personal site, for a page that names no author: the site's name is a person's name that
     * its host name spells ("Polly Barks" on pollybarks.com, "Owain Brennan" on owain.example.dev, "Jane Roe's
     * blog") — stated as the site's name, after the headline in the title, in the footer's copyright line, as
     * the text of the link home or of an "About Jane Roe" link.
     */
    static List<String> siteOwner(Document doc, String outlet, String host, String organisation) {
        List<String> candidates = new ArrayList<>();
        candidates.add(Text.squash(outlet));
        String title = Text.squash(doc.title());
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length > 1) {
            candidates.add(parts[parts.length - 1]);
            candidates.add(parts[0]);
        }
        Matcher paren = TITLE_PARENTHESIS.matcher(title);
        if (paren.find()) {
            candidates.add(paren.group(1));
        }
        Element body = doc.body();
        if (body != null) {
            for (Element f : body.select("footer")) {
                if (!Text.longerThan(f, 2000)) {
                    Matcher c = COPYRIGHT.matcher(Text.squash(f.text()));
                    if (c.find()) {
                        candidates.add(c.group(1).replaceFirst("(?i)\\s+all rights reserved.*$", ""));
                    }
                }
            }
            int seen = 0;
            for (Element a : body.select("a[href]")) {
                if (++seen > MAX_HOME_LINKS) {
                    break;
                }
                String href = a.attr("href").strip();
                Matcher about = ABOUT_LINK.matcher(Text.squash(a.text()));
                if (about.matches()) {
                    candidates.add(about.group(1)); // "About Jane Roe" in the menu of Jane Roe's site
                } else if (href.equals("/") || href.equals("./") || href.equalsIgnoreCase("https://" + host + "/")
                        || href.equalsIgnoreCase("https://" + host) || href.equalsIgnoreCase("https://www." + host + "/")) {
                    candidates.add(Text.squash(a.text()));
                }
            }
        }
        List<String> labels = hostLabels(host);
        int firstPerson = -1;
        for (String c : candidates) {
            Matcher own = OWN_BLOG.matcher(c.strip());
            boolean stated = own.matches();
            String name = stated ? own.group(1).strip() : c.strip();
            if (name.length() > 40 || !OWNER_NAME.matcher(name).matches() || name.equalsIgnoreCase(organisation)) {
                continue; // the publisher is an organisation by that name: a magazine, not a person's site
            }
            List<String> cleaned = AuthorNames.clean(List.of(name));
            if (cleaned.size() != 1 || !cleaned.get(0).equals(name) || !stated && !spellsHost(name, labels)) {
                continue;
            }
            if (!stated && firstPerson < 0) {
                firstPerson = firstPerson(body); // a company named for its host writes "we"; a person writes "I"
            }
            if (stated || firstPerson >= MIN_FIRST_PERSON) {
                return cleaned;
            }
        }
        return List.of();
    }

    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|I['’](?:m|ve|d|ll)|my|My|me)\\b");
    private static final int MIN_FIRST_PERSON = 10;
    private static final Pattern QUOTED = Pattern.compile("“[^”]{0,2000}”|\"[^\"]{0,2000}\"");

    /** How often the page's paragraphs say "I", "my", "me" (up to the threshold); menus and forms do not count. */
    private static int firstPerson(Element body) {
        if (body == null) {
            return 0;
        }
        int n = 0;
        for (Element p : body.select("p")) {
            if (p.closest("form, label") != null || MetadataReader.inChrome(p)) {
                continue;
            }
            String t = p.text();
            // "I" in quotation marks is someone else speaking: an interview on a magazine's site is full of it
            Matcher m = FIRST_PERSON.matcher(t.length() > 5000 ? t : QUOTED.matcher(t).replaceAll(" "));
            while (m.find()) {
                if (++n >= MIN_FIRST_PERSON) {
                    return n;
                }
            }
        }
        return n;
    }

    private static List<String> hostLabels(String host) {
        List<String> out = new ArrayList<>();
        String site = Text.withoutSuffix(host.toLowerCase(java.util.Locale.ROOT));
        for (String label : site.split("\\.")) {
            String k = Text.key(label);
            if (k.length() >= 4 && !k.equals("blog")) {
                out.add(k);
            }
        }
        return out;
    }

    /** "Polly Barks" on pollybarks, "Owain Brennan" on owain, "Jan Artmann" on artmann. */
    private static boolean spellsHost(String name, List<String> labels) {
        String[] w = name.split(" ");
        String whole = Text.key(name);
        String first = Text.key(w[0]);
        String last = Text.key(w[w.length - 1]);
        for (String l : labels) {
            if (l.equals(whole) || first.length() >= 4 && l.equals(first) || last.length() >= 4 && l.equals(last)) {
                return true;
            }
        }
        return false;
    }

    /** Names in the page's byline: class-named byline elements, "By ..." text, label elements, author-page links. */
    static List<String> find(Element body) {
        return find(body, name -> false);
    }

    /**
     * As {@link #find(Element)}, passing over class-named bylines that name only the outlet ("Acme" beside the
     * writer in a list of credits).
     */
    static List<String> find(Element body, java.util.function.Predicate<String> isOutlet) {
        if (body == null) {
            return List.of();
        }
        int seen = 0;
        List<Element> outer = new ArrayList<>();
        List<String> outletOnly = List.of();
        for (Element e : body.getAllElements()) {
            if (++seen > 20_000) {
                break;
            }
            if (isBylineElement(e) && !aboutOtherContent(e) && !otherRole(e)) {
                if (hasInnerByline(e)) {
                    outer.add(e); // the inner element names the author; this one also holds roles and labels
                    continue;
                }
                List<String> names = bylineElement(e);
                if (!names.isEmpty() && !names.stream().allMatch(isOutlet)) {
                    return names;
                }
                if (!names.isEmpty() && outletOnly.isEmpty()) {
                    outletOnly = names;
                }
            }
        }
        for (Element e : outer) {
            List<String> names = bylineElement(e);
            if (!names.isEmpty() && !names.stream().allMatch(isOutlet)) {
                return names;
            }
            if (!names.isEmpty() && outletOnly.isEmpty()) {
                outletOnly = names;
            }
        }
        seen = 0;
        for (Element e : body.getAllElements()) {
            if (++seen > 20_000) {
                break;
            }
            if (e.childrenSize() > 3) {
                continue;
            }
            if (!Text.hasOwnWords(e) || e.ownText().isEmpty() || Text.longerThan(e, 100)) {
                continue;
            }
            String t = Text.squash(e.text());
            if (t.length() < 5 || t.length() > 100) {
                continue;
            }
            Matcher m = BY_TEXT.matcher(t);
            if (m.find() && !inMenu(e) && !aboutOtherContent(e)) {
                // Names linked to their author pages are the names, however the text runs them together.
                List<String> linked = authorLinks(e);
                List<String> names = linked.isEmpty() ? AuthorNames.cleanByline(m.group(1)) : linked;
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        List<String> labelled = labelledByline(body);
        if (!labelled.isEmpty()) {
            return labelled;
        }
        List<String> linked = authorPageLink(body);
        if (!linked.isEmpty()) {
            return linked;
        }
        return outletOnly.isEmpty() ? avatarByline(body) : outletOnly;
    }

    /** Classes that say the face is the writer's, not anyone's: "author-photo", "author__headshot", "author-avatar". */
    private static final String AUTHOR_FACE = "author[\\s_-]*(?:image|img|photo|pic|headshot|avatar)";
    private static final Pattern AUTHOR_FACE_CLASS = Pattern.compile("(?i)" + AUTHOR_FACE);
    /** Classes of a face that may be the writer's: those, and any avatar ("avatar", "gravatar"). */
    private static final Pattern AVATAR_CLASS = Pattern.compile("(?i)avatar|" + AUTHOR_FACE);
    /** Alt texts that say a face is the writer's without naming them. */
    private static final Pattern AVATAR_ALT = Pattern.compile("(?i)(?:photo|picture|image|avatar) of (?:the )?author|author(?:'s)? (?:photo|image|avatar|picture)|avatar");
    /** An alt text that names the person pictured: "Jane Roe", "Jane Roe, Staff Writer", "Jane Roe headshot". */
    private static final Pattern NAMED_ALT = Pattern.compile(
            "(" + PERSON_NAME.pattern() + ")(?:,.*| (?i:image|photo|picture|headshot|portrait|avatar))?");
    /** A writing role beside a face's name: "Tech Writer", "Senior Editor", "Columnist". */
    private static final Pattern WRITING_ROLE = Pattern.compile(
            "(?i)\\b(?:writer|author|editor|journalist|reporter|contributor|columnist|blogger|correspondent)s?\\b");
    private static final int AVATARS_MAX = 200;
    private static final int AVATAR_BOX_LEVELS = 4;
    private static final int AVATAR_NAME_MAX = 40;
    /** The line a face's name stands on: a name, perhaps a date or a role, not a paragraph that opens with a name. */
    private static final int AVATAR_LINE_MAX = 80;
    /** The box around a face and its name, read for a writing role: a byline's or a bio's, not a section's. */
    private static final int AVATAR_ROLE_BOX_MAX = 200;
    /** The article's first paragraph: prose, not a standfirst of a line. */
    private static final int FIRST_PROSE_MIN = 120;

    /** A face's name, and the line of the page it stands on. */
    private record Face(String name, Element line) {
    }

    /**
     * A writer's face beside the name, without a label: an image classed or described as an avatar or the author's
     * photo ("<img class=avatar> Jane Roe"), or one whose alt text names the person whose name is the next words after
     * it ("<img alt="Jane Roe, Tech Writer"><p>Jane Roe</p>"). The next words are the first text after the image in
     * the smallest box around it that holds any; they must be a name and nothing else, on a short line of its own.
     * Pages show many faces that are not the writer's: an interviewee's, a podcast's guest, a panel's speakers, a
     * listing's agent, a product's seller, the people of a listicle, customers on a wall of love, an editor on a Q&A.
     * So a face counts where it says it is the writer's (a class "author-photo", an alt "Photo of author"), or stands
     * between the headline and the article's first paragraph (where bylines stand), or, named by its alt, beside a
     * writing role ("Jane Roe, Tech Writer", a bio at the foot of the post); and only when one person's face counts on
     * the page: two or more are a page about people. Not in comments, related stories or site chrome, and not a
     * picture in the story with its caption ("<figure><img alt="Jane Roe"><figcaption>Jane Roe</figcaption>"). The
     * last resort, after every byline with words.
     */
    private static List<String> avatarByline(Element body) {
        int seen = 0;
        Set<String> found = new LinkedHashSet<>();
        Map<Element, Integer> order = null; // the elements' places in the page, read once a face needs it
        Element h1 = null;
        Element firstProse = null;
        for (Element img : body.getElementsByTag("img")) {
            if (++seen > AVATARS_MAX) {
                break;
            }
            String alt = Text.squash(img.attr("alt"));
            Element parent = img.parent();
            String classes = ClassHints.name(img) + " " + (parent == null ? "" : ClassHints.name(parent));
            boolean avatar = AVATAR_CLASS.matcher(classes).find() || AVATAR_ALT.matcher(alt).matches();
            Matcher named = NAMED_ALT.matcher(alt);
            if (!avatar && !named.matches() || img.closest("figure, figcaption, blockquote") != null
                    || MetadataReader.inChrome(img) || aboutOtherContent(img) || amongOthers(img)) {
                continue;
            }
            Face face = nameAfter(img, avatar);
            if (face == null || !avatar && !named.group(1).equals(face.name())) {
                continue;
            }
            boolean writers = AUTHOR_FACE_CLASS.matcher(classes).find()
                    || AVATAR_ALT.matcher(alt).matches() && !alt.equalsIgnoreCase("avatar");
            if (!writers && order == null) {
                order = new IdentityHashMap<>();
                int k = 0;
                for (Element e : body.getAllElements()) {
                    order.put(e, k++);
                    if (h1 == null && e.normalName().equals("h1") && !MetadataReader.inChrome(e)) {
                        h1 = e;
                    } else if (h1 != null && firstProse == null && e.normalName().equals("p")
                            && Text.longerThan(e, FIRST_PROSE_MIN) && !MetadataReader.inChrome(e)) {
                        firstProse = e;
                    }
                }
            }
            boolean underHeadline = h1 != null && order.get(img) > order.get(h1)
                    && (firstProse == null || order.get(img) < order.get(firstProse));
            if (!writers && !underHeadline && (avatar || !WRITING_ROLE.matcher(alt).find() && !roleBeside(img, face))) {
                continue;
            }
            if (!writers && inBoxBeside(img, EVENT_ROLE) && !roleBeside(img, face)) {
                continue; // "Keynote speaker", "Our guest": the person the story is about ("Guest writer" is the writer)
            }
            List<String> names = AuthorNames.cleanOne(face.name());
            if (names.size() == 1) {
                found.add(names.get(0));
            }
        }
        return found.size() == 1 ? List.copyOf(found) : List.of();
    }

    /** A writing role on the name's line or in the small box around the face and the name ("Jane Roe — Tech Writer"). */
    private static boolean roleBeside(Element img, Face face) {
        return WRITING_ROLE.matcher(face.line().text()).find() || inBoxBeside(img, WRITING_ROLE);
    }

    /** The role of someone a story is about, not of its writer: an event's speaker, a show's guest, a panel's member. */
    private static final Pattern EVENT_ROLE = Pattern.compile(
            "(?i)\\b(?:keynote|speakers?|guests?|panell?ists?|moderators?|presenters?|interviewees?|honou?rees?|nominees?|performers?)\\b");

    /** The words of the smallest box around the face that holds any, when it is small (a byline's or a bio's). */
    private static boolean inBoxBeside(Element img, Pattern words) {
        for (Element a = img.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
            if (a.hasText()) {
                return !Text.longerThan(a, AVATAR_ROLE_BOX_MAX) && words.matcher(a.text()).find();
            }
        }
        return false;
    }

    /** A label ending in "by" ("Written by:", "By", "Posted by"), not a field's name ("Author:"). */
    private static final Pattern BY_LABEL = Pattern.compile("(?i)\\bby\\s*:?$");
    private static final Pattern FILED_IN = Pattern.compile("\\s+in$");

    /** Faces of people other than the writer: a testimonial's, a reviewer's, a team's or a captioned picture. */
    private static final Pattern OTHER_FACES = Pattern.compile(
            "(?i)testimonial|review|quote|team|speaker|member|staff|gallery|slide|carousel|caption|customer|client|partner");

    /** Inside a box named for other people's faces (see {@link #OTHER_FACES}), up to the page's article. */
    private static boolean amongOthers(Element img) {
        for (Element a = img.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
            String name = ClassHints.name(a);
            if (!name.isEmpty() && OTHER_FACES.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    /** Inline elements a name is set in, inside the line it stands on. */
    private static final Set<String> INLINE = Set.of("span", "a", "strong", "b", "em", "i", "small", "time", "cite", "bdi");

    /**
     * The first words after the image in the smallest box around it that holds words, when they are a name alone on
     * a short line ({@value #AVATAR_LINE_MAX} characters at most: not a paragraph opening with a name in bold).
     * Beside an image known only by its alt text, not a heading's or a link's words: a card's title repeats its
     * picture's alt ("<img alt="Hardware Security"><h3>Hardware Security</h3>").
     */
    private static Face nameAfter(Element img, boolean avatar) {
        Element box = img.parent();
        for (int up = 1; box != null && up < AVATAR_BOX_LEVELS && !box.hasText(); up++) {
            box = box.parent();
        }
        if (box == null || !box.hasText() || box.normalName().equals("body")) {
            return null;
        }
        boolean[] after = {false};
        Face[] found = {null};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node n, int depth) {
                if (n == img) {
                    after[0] = true;
                } else if (after[0] && n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                    Element holder = t.parentNode() instanceof Element h ? h : null;
                    // "<img class=avatar> Jane Roe in <a>Guides</a>": the category the post is filed in follows
                    String words = FILED_IN.matcher(Text.squash(t.text())).replaceFirst("");
                    if (holder != null && holder.closest("figcaption") == null && words.length() <= AVATAR_NAME_MAX
                            && PERSON_NAME.matcher(words).matches()
                            && (avatar || holder.closest("h1, h2, h3, h4, h5, h6, a[href]") == null)) {
                        Element line = holder;
                        while (line.parent() != null && INLINE.contains(line.normalName())) {
                            line = line.parent();
                        }
                        if (!Text.longerThan(line, AVATAR_LINE_MAX)) {
                            found[0] = new Face(words, line);
                        }
                    }
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, box);
        return found[0];
    }

    /**
     * Inside comments, a dialog or a list of related stories, whose bylines name other people's writing
     * ("<ul class=latest-comments>", "<div class=author-modal>"); so do webmentions, a guestbook's tributes,
     * embedded tweets, testimonials and customer reviews.
     */
    static boolean aboutOtherContent(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return false;
            }
            if (a.attr("itemtype").endsWith("/Comment")) {
                return true; // microdata's comment: its author is a reader
            }
            String name = ClassHints.name(a);
            if (!name.isEmpty() && OTHER_CONTENT.matcher(name).find()) {
                return true;
            }
            if (tag.equals("a") && a.hasAttr("href") && a.selectFirst("h2, h3, h4, h5") != null) {
                return true; // a teaser card: one link around another story's headline and byline
            }
        }
        return false;
    }

    private static final Pattern OTHER_CONTENT = Pattern.compile("comment|modal|webmention|guestbook|(?:^|[\\s_-])tribute|condolence|tweet|testimonial"
            + "|(?:^|[\\s_-])(?:related|replies|responses|reviews)(?:$|[\\s_-])");

    private static final Pattern OTHER_ROLE_LABEL = Pattern.compile(
            "(?i)(?:reviewed|edited|fact[- ]?checked|checked|researched|verified|updated|illustrated|photographed|photos?|"
                    + "produced|narrated|translated|compiled|moderated)\\s+by\\s*:?\\s*$|(?:reviewer|editor|fact[- ]?checker|"
                    + "illustrator|photographer|translator)s?\\s*:?\\s*$");
    private static final Pattern OTHER_ROLE_HREF = Pattern.compile(
            "(?i)/(?:reviewers?|editors?|fact-?checkers?|medical-reviewers?|expert-reviewers?)/");

    /**
     * Named as someone other than the writer: the nearest text before the element is a label such as "Reviewed
     * by" or "Editor", or its link goes to a reviewer's page. Pages mark reviewers up like authors.
     */
    static boolean otherRole(Element e) {
        Element link = e.normalName().equals("a") ? e : e.selectFirst("a[href]");
        if (link != null && OTHER_ROLE_HREF.matcher(link.attr("href")).find()) {
            return true;
        }
        int depth = 0;
        for (Element x = e; x != null && depth < 4; x = x.parent(), depth++) {
            String before = textBefore(x);
            if (!before.isEmpty()) {
                return OTHER_ROLE_LABEL.matcher(before).find();
            }
        }
        return false;
    }

    /** The nearest non-blank text before the element among its siblings, at most 80 characters. */
    private static String textBefore(Element e) {
        int seen = 0;
        for (org.jsoup.nodes.Node n = e.previousSibling(); n != null && ++seen < 20; n = n.previousSibling()) {
            String t = n instanceof org.jsoup.nodes.TextNode tn ? tn.text()
                    : n instanceof Element el ? el.text() : "";
            t = Text.squash(t);
            if (!t.isEmpty()) {
                return t.length() > 80 ? t.substring(t.length() - 80) : t;
            }
        }
        return "";
    }

    /**
     * Site chrome, except an aside inside the article: pages put the article's facts (author, date, program)
     * in a box beside its text.
     */
    private static boolean inChrome(Element e) {
        if (!MetadataReader.inChrome(e)) {
            return false;
        }
        Element aside = e.closest("aside");
        return aside == null || aside.closest("article") == null || e.closest("nav, footer") != null
                || aboutOtherContent(e);
    }

    /** Inside a menu ("By Event Type" heads a list of links in a drop-down). */
    private static boolean inMenu(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String role = a.attr("role");
            if (role.equals("menu") || role.equals("menubar") || role.equals("navigation") || a.normalName().equals("menu")
                    || a.normalName().equals("nav")) {
                return true;
            }
        }
        return false;
    }

    /** Last resort: the first link to an author's page ("/author/jane-roe/") outside chrome, whose text is a name. */
    private static List<String> authorPageLink(Element body) {
        int seen = 0;
        for (Element a : body.select("a[href]")) {
            if (++seen > 5_000) {
                break;
            }
            if (!AUTHOR_PAGE.matcher(a.attr("href")).find() || MetadataReader.inChrome(a)) {
                continue;
            }
            List<String> names = AuthorNames.cleanOne(Text.squash(a.text()));
            if (names.size() == 1) {
                return names;
            }
        }
        return List.of();
    }

    /**
     * A byline whose label and name sit in elements of their own: "By" or "Written by" in one, the name in the
     * next ("<span>By</span><span>Jane Roe</span>", "<h3>Author</h3><p>Jane Roe</p>"), outside site chrome.
     */
    private static List<String> labelledByline(Element body) {
        int seen = 0;
        for (Element e : body.getAllElements()) {
            if (++seen > 20_000) {
                break;
            }
            if (e.childrenSize() > 1 || Text.longerThan(e, 20)) {
                continue;
            }
            String label = Text.squash(e.text());
            if (label.length() < 2 || label.length() > 20 || !BYLINE_LABEL.matcher(label).matches()) {
                continue;
            }
            Element next = e.nextElementSibling();
            if (next == null && e.parent() != null && e.parent().childrenSize() == 1) {
                next = e.parent().nextElementSibling();
            }
            // "Written by: <img class=avatar> Jane Roe": the name is after the face; after a field's "Author:" in a book's
            // facts, the face is the book's author's
            boolean byLabel = BY_LABEL.matcher(label).find();
            while (next != null && (next.normalName().equals("br") || byLabel && isPicture(next))) {
                next = next.nextElementSibling();
            }
            String after = textAfter(e);
            if (next == null && after.isEmpty() || inChrome(e) || e.closest("form") != null) {
                continue;
            }
            List<String> raws = new ArrayList<>();
            Elements items = next == null ? new Elements() : next.select("li");
            if (!after.isEmpty()) {
                // "<strong>Author:</strong> Jane Roe<br>": the name is the text right after the label
                raws.add(after);
            } else if (Text.squash(next.text()).endsWith(":")) {
                continue; // another label ("Released:"), not a name
            } else if (items.size() >= 2 && items.size() <= 6) {
                for (Element li : items) {
                    raws.add(Text.squash(li.text()));
                }
            } else {
                String t = Text.squash(next.text());
                if (t.length() >= 2 && t.length() <= 80) {
                    raws.add(t);
                }
            }
            List<String> names = AuthorNames.cleanByline(raws);
            if (!names.isEmpty() && names.size() <= 6) {
                return names;
            }
        }
        return List.of();
    }

    /** A picture without words: an avatar between a byline's label and the name. */
    private static boolean isPicture(Element e) {
        String tag = e.normalName();
        return (tag.equals("img") || tag.equals("picture") || tag.equals("svg") || tag.equals("span") || tag.equals("div")
                || tag.equals("a") || tag.equals("figure")) && !Text.hasOwnWords(e) && !e.hasText()
                && (tag.equals("img") || tag.equals("svg") || e.selectFirst("img, svg") != null);
    }

    /** The text between a label element and the next element, when there is any. */
    private static String textAfter(Element e) {
        StringBuilder b = new StringBuilder();
        for (org.jsoup.nodes.Node n = e.nextSibling(); n != null && b.length() < 100; n = n.nextSibling()) {
            if (n instanceof org.jsoup.nodes.TextNode tn) {
                b.append(tn.text());
            } else if (n instanceof Element) {
                break;
            }
        }
        return Text.squash(b.toString());
    }

    private static List<String> bylineElement(Element e) {
        String t = bylineText(e);
        if (!t.isEmpty() && t.length() <= 120) {
            List<String> names = AuthorNames.cleanByline(t);
            if (!names.isEmpty() && names.size() <= 6) {
                return nameLinks(names, e);
            }
        } else if (t.length() > 120 && t.length() < 2000) {
            // An author box: the name is its first short line of capitalised words.
            for (Element d : e.getAllElements()) {
                String own = Text.squash(d.ownText());
                if (!own.isEmpty()) {
                    if (PERSON_NAME.matcher(own).matches()) {
                        return List.of(own);
                    }
                    break;
                }
            }
        }
        return List.of();
    }

    private static final Pattern TAG_HREF = Pattern.compile("(?i)/(?:tags?|category|categories|topics?|section|sections)/");

    /**
     * The byline's text without what is no name: topic tags linked beside it ("Personal finance") and the
     * initials drawn in an avatar's SVG ("CM").
     */
    private static String bylineText(Element e) {
        if (e.selectFirst("svg, a[href]") == null) {
            return Text.squash(e.text());
        }
        StringBuilder b = new StringBuilder();
        appendText(e, b);
        return Text.squash(b.toString());
    }

    private static void appendText(Element e, StringBuilder b) {
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (b.length() > 2000) {
                return;
            }
            if (n instanceof org.jsoup.nodes.TextNode tn) {
                b.append(tn.text());
            } else if (n instanceof Element c) {
                if (c.normalName().equals("svg") || c.normalName().equals("a")
                        && (TAG_HREF.matcher(c.attr("href")).find() || c.attr("rel").contains("tag"))) {
                    b.append(' ');
                    continue;
                }
                if (c.isBlock() || c.normalName().equals("br")) {
                    b.append(' ');
                }
                appendText(c, b);
                if (c.isBlock()) {
                    b.append(' ');
                }
            }
        }
    }

    /**
     * Where the byline links its authors to their pages, the link text is the name and what follows it in the
     * byline (a role, a beat: "Jane Roe Senior Writer", "Jane Roe, Privacy Expert") is not: names from the text
     * that begin with a linked name become that name, and text parts that are no linked name are dropped.
     * A credential after a comma ("Jane Roe, MD") stays.
     */
    private static List<String> nameLinks(List<String> names, Element e) {
        List<String> linked = authorLinks(e);
        if (linked.isEmpty()) {
            return names;
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            for (String l : linked) {
                if (n.equals(l) || n.startsWith(l + ",")) {
                    out.add(n);
                    break;
                }
                if (n.startsWith(l)) {
                    out.add(l);
                    break;
                }
            }
        }
        return out.isEmpty() ? names : out;
    }

    /** True when an element inside this byline is itself marked as a byline (outer wrappers also hold roles). */
    private static boolean hasInnerByline(Element e) {
        int seen = 0;
        for (Element d : e.getAllElements()) {
            if (d == e) {
                continue;
            }
            if (++seen > 200) {
                return false;
            }
            if (isBylineElement(d) && !Text.squash(d.text()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Names from the byline's links to author pages: the name alone, without the role or label beside it. */
    private static List<String> authorLinks(Element e) {
        List<String> out = new ArrayList<>();
        for (Element a : e.select("a[href]")) {
            if (!AUTHOR_HREF.matcher(a.attr("href")).find() && !a.attr("rel").contains("author")) {
                continue;
            }
            out.addAll(AuthorNames.cleanOne(Text.squash(a.text())));
            if (out.size() > 6) {
                return List.of();
            }
        }
        return AuthorNames.clean(out);
    }

    /**
     * An element whose class or id names a byline ("byline", "author-name", "postAuthor"); camel case counts as
     * separate words. Not a bio, avatar, card or list, which name authors of other things too.
     */
    private static boolean isBylineElement(Element e) {
        String cls = ClassHints.name(e);
        if (cls.length() <= 2 || !mayBeByline(cls)) {
            return false;
        }
        String raw = e.attr("class") + " " + e.attr("id");
        cls = CAMEL.matcher(raw).replaceAll("-").toLowerCase(java.util.Locale.ROOT);
        if (!BYLINE_CLASS.matcher(cls).find()) {
            return false;
        }
        // The name's own element in an author box ("author-box__name") is a byline; the box's bio is not.
        return !NOT_BYLINE_CLASS.matcher(cls).find()
                || AUTHOR_NAME_CLASS.matcher(cls).find() && !OTHER_LIST_CLASS.matcher(cls).find();
    }

    private static final Pattern AUTHOR_NAME_CLASS = Pattern.compile("author[-_]*(?:box|bio|card|info)?[-_]*name(?:$|[\\s_-])");
    private static final Pattern OTHER_LIST_CLASS = Pattern.compile("comment|related|list|more");

    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    /** A cheap test before the byline pattern, which would otherwise run on every element. */
    private static boolean mayBeByline(String name) {
        return name.contains("by") || name.contains("author") || name.contains("writer")
                || name.contains("contributor") || name.contains("creator");
    }
}
