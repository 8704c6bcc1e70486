package newsdesk.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the lead photo with its alt text, caption and credit. */
final class LeadImageFinder {

    private static final Pattern CREDIT_CLASS = Pattern.compile(
            "(?i)credit|copyright|source|attribution|photographer|byline|courtesy|rights");
    /** "Credit:", "Photo credit:" before the name: the field says so already. */
    private static final Pattern CREDIT_LABEL = Pattern.compile("(?i)^(?:(?:photo|image|picture)\\s+)?credits?\\s*:\\s*");
    private static final int MAX_CAPTION = 1000;
    private static final Pattern CREDIT_ONLY = Pattern.compile("(?i)credit|copyright|photographer|attribution");
    private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)caption|legend|description");

    private LeadImageFinder() {
    }

    /** The lead image, its caption checked against the headline and the outlet's name (see {@link #checked}). */
    static LeadImage find(Document doc, MetadataReader metadata, String title, String outlet) {
        boolean[] statedCaption = {false};
        LeadImage image = find(doc, metadata, statedCaption);
        return checked(image, title, outlet, statedCaption[0]);
    }

    private static LeadImage find(Document doc, MetadataReader metadata, boolean[] statedCaption) {
        String[] stated = metadata.image();
        Element img = null;
        Element own = stated != null && PLACEHOLDER_FILE.matcher(stem(decoded(fileAddress(stated[0])))).find()
                ? captionedPicture(doc) : null;
        if (own != null) {
            stated = null; // the site's logo or stock card stands for the article; its own captioned photo is the lead
            img = own;
            metadata.sources.put("leadImage", Evidence.DOM);
        } else if (stated != null) {
            img = matchingImg(doc, stated[0]);
        } else {
            img = doc.selectFirst("article figure img[src], main figure img[src], [itemprop=articleBody] img[src], "
                    + "article img[src], .h-entry img[src]");
            if (img == null) {
                img = captionedPicture(doc); // a page with no article element: a photo printed with its caption
            }
            if (img == null) {
                return null;
            }
            metadata.sources.put("leadImage", Evidence.DOM);
        }
        String src = stated != null ? stated[0] : imgSrc(img);
        if (src.isEmpty()) {
            return null;
        }
        String alt = Text.squash(img == null ? "" : img.attr("alt"));
        if (alt.isEmpty()) {
            alt = Text.squash(metadata.imageAlt());
        }
        String caption = "";
        String credit = "";
        if (img != null) {
            Element figure = img.closest("figure");
            Element capEl = figure == null ? null : figure.selectFirst("figcaption");
            if (capEl == null && figure != null) {
                capEl = captionInFigure(figure, img);
            }
            if (capEl == null) {
                capEl = nearbyCaption(img);
            }
            if (capEl == null) {
                capEl = followingCaption(img);
            }
            if (capEl != null && Text.longerThan(capEl, MAX_CAPTION)) {
                capEl = null; // a thousand characters is an article, not a caption
            }
            if (capEl != null) {
                Element capCopy = capEl.clone();
                for (Element e : capCopy.select("button, [class~=(?i)tools?\\b|share|button], a")) {
                    if (e != capCopy && (!e.normalName().equals("a") || CALL_TO_ACTION.matcher(Text.squash(e.text())).find())) {
                        e.remove(); // "View gallery (12 photos)", share links, "Purchase Licensing Rights": controls, not the caption
                    }
                }
                Element creditEl = null;
                for (Element e : capCopy.getAllElements()) {
                    if (e != capCopy && (CREDIT_CLASS.matcher(e.className() + " " + e.id()).find()
                            || !e.normalName().equals("a") && creditInData(e)
                            || e.normalName().equals("cite") || e.normalName().equals("small"))) {
                        creditEl = e;
                        break;
                    }
                }
                if (creditEl == null) {
                    creditEl = creditBlock(capCopy);
                }
                if (creditEl == null && figure != null) {
                    Element outside = figure.selectFirst("[class~=" + CREDIT_ONLY.pattern() + "]");
                    if (outside != null && !capEl.equals(outside) && capEl.select("*").indexOf(outside) < 0) {
                        credit = Text.squash(outside.text());
                    }
                }
                if (creditEl != null) {
                    credit = Text.squash(creditEl.text());
                    creditEl.remove();
                }
                spaceAfterSentences(capCopy);
                caption = trimEnd(Text.squash(capCopy.text()));
                if (creditEl != null && (!caption.matches(".*[\\p{L}\\p{N}].*")
                        || CREDIT_ONLY.matcher(capEl.className() + " " + capEl.id()).find() || creditInData(capEl))) {
                    // "Name // Agency", or a caption marked as the credit as a whole: all of it is the credit
                    credit = Text.squash(capEl.text());
                    caption = "";
                }
            }
        }
        if (caption.isEmpty() && stated != null) {
            caption = Text.squash(stated[1]);
            statedCaption[0] = !caption.isEmpty();
        }
        caption = NEW_TAB.matcher(caption).replaceAll("");
        credit = NEW_TAB.matcher(credit).replaceAll("");
        if (credit.isEmpty()) {
            String[] split = CaptionSplitter.split(caption);
            caption = split[0];
            credit = split[1];
        }
        if (credit.isEmpty() && stated != null) {
            credit = Text.squash(stated[2]);
        }
        credit = E_MAIL.matcher(credit).replaceAll("").strip();
        credit = unbracketed(credit);
        credit = CREDIT_LABEL.matcher(credit).replaceFirst("");
        if (!credit.isEmpty() && caption.endsWith(credit)) {
            caption = caption.substring(0, caption.length() - credit.length()).strip();
        }
        return new LeadImage(src, alt, caption, credit);
    }

    /** What a screen reader is told about a link ("Purchase Licensing Rights, opens new tab"), left when it goes. */
    private static final Pattern NEW_TAB = Pattern.compile("(?i)\\s*,?\\s*\\(?\\s*opens (?:in )?(?:a )?new (?:tab|window)\\s*\\)?");
    /** An e-mail address printed after the photographer's name ("Ann Lee alee@paper.com"): a way to write, no credit. */
    private static final Pattern E_MAIL = Pattern.compile("\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    /** A label a CMS fills in for the picture's slot ("Featured image", "Cover image for …"), not a caption. */
    private static final Pattern SLOT_LABEL = Pattern.compile("(?i)(?:featured|cover|hero|header|post|article|blog)"
            + " ?(?:image|img|photo|picture)(?: (?:for|of) .{1,80})?|.{0,60}featured ?image|image|photo|picture|thumbnail");
    /**
     * Search words a CMS stores as the picture's caption ("fitness man", "best online course platforms"): up to five
     * words of small letters only, no digits ("de Blasio at the podium", "bell hooks in 1996" are captions).
     */
    private static final Pattern SEO_WORDS = Pattern.compile("\\p{Ll}+(?:\\s+\\p{Ll}+){0,4}");
    /** A label left without its value ("Image source:"). */
    private static final Pattern LABEL_ONLY = Pattern.compile("[^\\s:]+(?:\\s+[^\\s:]+){0,2}:");
    /**
     * A file name or a slug: with an image's extension or an underscore ("IMG_0412.jpg"), or three or more words of
     * small letters and digits joined by hyphens ("yann-lecun-ai-godfather"; not "COVID-19", "F-35A").
     */
    private static final Pattern FILE_NAME = Pattern.compile("(?i)[\\p{L}\\p{N}_-]+\\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)"
            + "|[\\p{L}\\p{N}-]*_[\\p{L}\\p{N}_-]*|[\\p{Ll}\\p{N}]+(?:-[\\p{Ll}\\p{N}]+){2,}");

    /**
     * The lead image with a caption only where it reads as one. A file name, a slot's label, a label left without
     * its value, punctuation alone or the whole headline is no caption wherever it stands; a caption stated in the
     * page's metadata (JSON-LD, where CMSs store the image's title or search words) must also not be a piece of the
     * headline ("Data Analytics Tools" under "Top 15 Data Analytics Tools …", word for word) nor a few words of
     * small letters. A caption printed under the picture that is a piece of the headline stays: "Protesters in
     * Paris." under "Protesters in Paris clash with police". A caption that is the outlet's name, alone or before
     * "/ Name", is the picture's credit.
     */
    static LeadImage checked(LeadImage image, String title, String outlet, boolean stated) {
        if (image == null || image.caption().isEmpty()) {
            return image;
        }
        String caption = image.caption();
        String credit = image.credit();
        String key = Text.key(caption);
        String outletKey = Text.key(outlet == null ? "" : outlet);
        String[] parts = caption.split("\\s+/\\s+", 2);
        String words = words(caption);
        String titleWords = words(title == null ? "" : title);
        if (!outletKey.isEmpty() && Text.key(parts[0]).equals(outletKey)) {
            // "Treehugger / Lindsey Reynolds", whether or not the name was split off as the credit already
            credit = credit.isEmpty() ? caption : parts.length == 1 ? caption + " / " + credit : credit;
            caption = "";
        } else if (key.isEmpty() || words.equals(titleWords) || LABEL_ONLY.matcher(caption).matches()
                || FILE_NAME.matcher(caption).matches() || SLOT_LABEL.matcher(caption).matches()
                || stated && (titleWords.contains(words) || SEO_WORDS.matcher(caption).matches())) {
            caption = "";
        }
        return new LeadImage(image.src(), image.alt(), caption, credit);
    }

    /** The words, lower-cased, each with a space on either side: " top 15 data analytics tools ". */
    private static String words(String s) {
        return " " + String.join(" ", s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip() + " ";
    }

    /**
     * The img element showing the stated image: the same file name once size and crop suffixes
     * ("-1024x683", "_16x9", WordPress's "-scaled") and queries are set aside. The match is tolerant
     * of how CDNs rewrite the address: the file named in a resizer's query ("…/resize/1440x960!/?url=…%2Fname.jpg"),
     * percent-encoding ("Jane%20Doe" beside "Jane%2520Doe"), a second extension ("name.jpg.webp"), a size inside the
     * name ("name*1200xx4000-2250.jpg" beside "name*750xx4000-2250.jpg") and the lazy loaders' own attributes
     * ("nitro-lazy-src", "data-original"). (Matching by a hash directory the two share was tried and dropped: the
     * stated file is often a share card that the page does not show, and the directory's other picture, a chart,
     * then lends it its caption.)
     */
    private static Element matchingImg(Document doc, String url) {
        String stem = stem(decoded(fileAddress(url)));
        boolean sized = DIMENSIONS.matcher(stem).find();
        if (sized) {
            stem = DIMENSIONS.matcher(stem).replaceAll("#");
        }
        if (stem.replace("#", "").length() < 4) {
            return null;
        }
        String probe = longestPlainRun(stem); // unchanged by encoding and masking: most addresses fail on it cheaply
        int seen = 0;
        for (Element img : doc.select("img")) {
            if (++seen > 2000) {
                break;
            }
            for (org.jsoup.nodes.Attribute a : img.attributes()) {
                String v = a.getValue();
                if (!v.contains(probe) || v.startsWith("data:") || !isSourceAttribute(a.getKey())) {
                    continue;
                }
                if (!sized && v.contains(stem)) {
                    return img;
                }
                if (v.indexOf('%') < 0 && !sized) {
                    continue;
                }
                v = decoded(v);
                if (sized) {
                    v = DIMENSIONS.matcher(v).replaceAll("#");
                }
                if (v.contains(stem)) {
                    return img;
                }
            }
        }
        return null;
    }

    /** Whether the attribute holds an img's address: src, srcset and the lazy loaders' data-src, nitro-lazy-src, data-original… */
    private static boolean isSourceAttribute(String name) {
        return name.contains("src") || name.contains("original") || name.contains("lazy") || name.contains("file")
                || name.contains("url");
    }

    /** The longest run of ASCII letters and digits in the text ("chandler" in "chandler-fab*#-2250"). */
    private static String longestPlainRun(String s) {
        int best = 0;
        int bestStart = 0;
        for (int i = 0, start = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c > 127 || !Character.isLetterOrDigit(c)) {
                if (i - start > best) {
                    best = i - start;
                    bestStart = start;
                }
                start = i + 1;
            }
        }
        return s.substring(bestStart, bestStart + best);
    }
    /** A size inside a file name: "1200x675", "750xx4000". */
    private static final Pattern DIMENSIONS = Pattern.compile("\\d{2,5}[xX]{1,2}\\d{2,5}");
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)[^/]\\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|bmp|heic)$");

    /**
     * The stated image's address without its query, or the image's own address that a resizer carries in its query
     * when its path names no image file ("…/resize/1440x960!/quality/90/?url=https%3A%2F%2F…%2Fname.jpg").
     */
    static String fileAddress(String url) {
        String u = url.replaceFirst("#.*$", "");
        int q = u.indexOf('?');
        if (q < 0) {
            return u;
        }
        String path = u.substring(0, q);
        if (!IMAGE_FILE.matcher(path).find()) {
            for (String param : u.substring(q + 1).split("&")) {
                String v = decoded(param.substring(param.indexOf('=') + 1));
                if ((v.startsWith("http") || v.startsWith("/")) && IMAGE_FILE.matcher(v.replaceFirst("[?#].*$", "")).find()) {
                    return v.replaceFirst("[?#].*$", "");
                }
            }
        }
        return path;
    }

    /** The text with percent-encoding undone, twice over for addresses encoded twice; as it was where malformed. */
    static String decoded(String s) {
        String d = s;
        for (int i = 0; i < 2 && d.indexOf('%') >= 0; i++) {
            try {
                d = java.net.URLDecoder.decode(d.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return d;
            }
        }
        return d;
    }

    private static final Pattern SIZE_SUFFIX = Pattern.compile(
            "(?i)([-_](\\d{1,4}x\\d{1,4}|scaled|e\\d{10,13}))+$");

    static String stem(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        file = file.replaceFirst("(?i)(\\.(?:jpe?g|png|gif|webp|avif))+$", ""); // "name.jpg.webp"
        file = file.replaceFirst("\\.[A-Za-z0-9]{2,5}$", "");
        return SIZE_SUFFIX.matcher(file).replaceFirst("");
    }

    private static String imgSrc(Element img) {
        for (String attr : new String[] {"src", "data-src", "data-lazy-src"}) {
            String v = img.absUrl(attr);
            if (!v.isEmpty() && !v.startsWith("data:")) {
                return v;
            }
        }
        return "";
    }

    /**
     * A caption laid out as two blocks, the words and then a short line without a full stop
     * ("Thea Traff, The Outlet/Agency"): the second block is the credit, unmarked as it is. So is a short inline
     * element closing the caption after its sentence has ended ("… on April 14. <em>Riverbend Post file photo</em>",
     * "… on Friday.<span class=x_cr>Eric Seals, Detroit Free Press</span>"); an element inside the sentence
     * ("… a scene from <em>Hamlet</em>.") or followed by more text is not last after an ended sentence.
     */
    static Element creditBlock(Element caption) {
        Element e = caption;
        while (e.childrenSize() == 1 && e.ownText().isBlank()) {
            e = e.child(0);
        }
        Element words;
        Element last;
        String w;
        if (e.childrenSize() == 2 && e.ownText().isBlank() && isBlock(e.child(0)) && isBlock(e.child(1))) {
            words = e.child(0);
            last = e.child(1);
            w = Text.squash(words.text());
        } else {
            last = lastInline(e);
            if (last == null) {
                return null;
            }
            StringBuilder before = new StringBuilder();
            for (org.jsoup.nodes.Node n = last.previousSibling(); n != null; n = n.previousSibling()) {
                before.insert(0, n instanceof Element el ? el.text() + " " : n instanceof org.jsoup.nodes.TextNode t
                        ? t.getWholeText() : "");
            }
            w = Text.squash(before.toString());
        }
        String c = Text.squash(last.text());
        if (TOOLS.matcher(last.className()).find() || CALL_TO_ACTION.matcher(c).find()) {
            return null;
        }
        if (w.length() < 20 || !w.matches(".*[.!?\"”’)]$") || c.isEmpty() || c.length() > 100
                || c.matches(".*[.!?]$") || c.split(" ").length > 12 || !c.matches(".*\\p{Lu}.*")) {
            return null;
        }
        return last;
    }

    /**
     * A space where an element begins a new sentence right after one ended with no space between them
     * ("…on Friday.<span>Eric Seals, …</span>"): the page sets them apart with its styles, and their texts must not
     * be glued ("Friday.Eric"). Letters split into styled pieces ("<b>O</b>'Brien", "U.<b>S</b>.") stay as they are.
     */
    private static void spaceAfterSentences(Element caption) {
        for (Element e : caption.getAllElements()) {
            org.jsoup.nodes.Node prev = e.previousSibling();
            if (e == caption || prev == null) {
                continue;
            }
            String before = prev instanceof Element p ? p.text() : prev instanceof org.jsoup.nodes.TextNode t
                    ? t.getWholeText() : "";
            String after = e.text();
            if (before.matches("(?s).*\\p{L}{2}[.!?][\"”’]?") && after.matches("(?s)\\p{Lu}.*")) {
                e.before(" ");
            }
        }
    }

    private static final java.util.Set<String> INLINE = java.util.Set.of("span", "em", "i", "b", "strong");

    /** The element's last child when it is inline, holds no other elements and no text follows it. */
    private static Element lastInline(Element e) {
        for (org.jsoup.nodes.Node n = e.childNodeSize() == 0 ? null : e.childNode(e.childNodeSize() - 1); n != null;
                n = n.previousSibling()) {
            if (n instanceof org.jsoup.nodes.TextNode t && t.isBlank()) {
                continue;
            }
            return n instanceof Element el && INLINE.contains(el.normalName()) && el.childrenSize() == 0 ? el : null;
        }
        return null;
    }

    private static final Pattern TOOLS = Pattern.compile("(?i)tool|share|gallery|button|more|related|link");
    /** A control's words ("View gallery", "Purchase Licensing Rights", "Buy this photo"), never a credit nor a caption. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)^(?:view|read|see|more|share|click|tap|watch|open|"
            + "show|download|expand|enlarge|buy|purchase|order|subscribe|licen[cs]e|licensing|reprints?)\\b");

    private static boolean isBlock(Element e) {
        return e.normalName().equals("div") || e.normalName().equals("p");
    }

    /**
     * A figcaption that comes after the image in the page before any
     * other picture, quote or paragraph of prose, as themes do that close the figure and print its caption under the headline.
     */
    private static Element followingCaption(Element img) {
        Element e = img;
        for (int i = 0; i < 60; i++) {
            e = nextInOrder(e, e != img);
            if (e == null || MEDIA.contains(e.normalName()) && !isIcon(e) || e.normalName().equals("blockquote")
                    || e.normalName().equals("p") && Text.longerThan(e, 150)) {
                return null; // another picture, a quote, or the article's prose has begun
            }
            if (e.normalName().equals("figcaption") && !Text.longerThan(e, 600)) {
                return e;
            }
        }
        return null;
    }

    private static final java.util.Set<String> MEDIA = java.util.Set.of("img", "picture", "video", "iframe", "figure");

    /**
     * Whether a data-* attribute marks the element as the credit, as some themes do instead of a class
     * ({@code data-theme-key="photo-credit-creditor"}): a word of its value is credit, copyright, photographer
     * or attribution. Values that are URLs or long prose are not names of parts.
     */
    private static boolean creditInData(Element e) {
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            String v = a.getValue();
            if (a.getKey().startsWith("data-") && v.length() < 100 && !v.contains("/")) {
                for (String w : v.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
                    if (w.startsWith("credit") || w.equals("copyright") || w.equals("photographer")
                            || w.equals("attribution")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The caption without what a removed credit left at its end: spaces, an open bracket, a dash, a bar. */
    static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && " ([|–—-".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** "(Reuters)" → "Reuters", "Photo: Jane Roe)" → "Photo: Jane Roe", but "Jane Roe (Reuters)" stays. */
    static String unbracketed(String credit) {
        String c = credit.strip();
        boolean opens = c.startsWith("(") || c.startsWith("[");
        boolean closes = c.endsWith(")") || c.endsWith("]");
        int inner = c.length() - 1;
        if (opens && closes && c.length() >= 2 && c.substring(1, inner).indexOf('(') < 0
                && c.substring(1, inner).indexOf('[') < 0) {
            return c.substring(1, inner).strip();
        }
        if (opens && c.indexOf(')') < 0 && c.indexOf(']') < 0) {
            return c.substring(1).strip();
        }
        if (closes && c.indexOf('(') < 0 && c.indexOf('[') < 0) {
            return c.substring(0, inner).strip();
        }
        return c;
    }

    /** An avatar or icon: an img declared at most 120 pixels wide or high, or classed as an avatar. */
    private static boolean isIcon(Element e) {
        if (!e.normalName().equals("img")) {
            return false;
        }
        if (e.className().toLowerCase(java.util.Locale.ROOT).contains("avatar")) {
            return true;
        }
        for (String dim : new String[] {"width", "height"}) {
            String v = e.attr(dim).strip();
            if (v.matches("\\d{1,3}") && Integer.parseInt(v) <= 120) {
                return true;
            }
        }
        return false;
    }

    /** The element after this one in document order, entering it first when asked to. */
    private static Element nextInOrder(Element e, boolean enter) {
        if (enter && e.childrenSize() > 0) {
            return e.child(0);
        }
        for (Element x = e; x != null; x = x.parent()) {
            Element sibling = x.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    /**
     * A figure's caption set in a classed element of its own instead of a figcaption, however deep inside the figure
     * ("div.Figure-content > div.Figure-caption" beside a "div.Figure-credit"); one that holds the picture is a wrapper.
     */
    private static Element captionInFigure(Element figure, Element img) {
        for (Element c : figure.getElementsByAttributeValueMatching("class", CAPTION_CLASS)) {
            if (c != figure && !c.select("img").contains(img) && !Text.longerThan(c, 600)) {
                return c;
            }
        }
        return null;
    }

    /**
     * A stated image whose file name says it stands in for any page of the site: its logo ("mountain-mail-logo-social"),
     * a default or a placeholder card ("og-default", "placeholder-1200x630").
     */
    private static final Pattern PLACEHOLDER_FILE = Pattern.compile(
            "(?i)(?:^|[^a-z])(?:logo|logos|default|placeholder|fallback)(?:$|[^a-z])");

    /**
     * The page's first picture printed with a caption (a figure's figcaption or caption element, or a caption beside
     * it as in WordPress's "wp-caption" or an old table layout's "photocaption"), before the first paragraph of prose,
     * inside the page's main or article element where it has one, outside menus, footers and side columns: the
     * article's own photo, taken instead of a stated logo and where the page states no image and marks no article.
     * Pictures without a caption (avatars, icons, the header's logo), a sponsor's logo with its line ("Hosting
     * provided by:") and a picture further down the text (it illustrates a passage, it does not lead) are not taken.
     */
    private static Element captionedPicture(Document doc) {
        Element scope = doc.selectFirst("main");
        if (scope == null) {
            scope = doc.selectFirst("article");
        }
        int seen = 0;
        for (Element e : (scope == null ? doc : scope).getAllElements()) {
            if (++seen > 5000 || e.normalName().equals("p") && Text.longerThan(e, 150)) {
                break; // the article's prose has begun
            }
            if (!e.normalName().equals("img") || isIcon(e) || imgSrc(e).isEmpty()
                    || e.closest("nav, footer, aside") != null
                    || PLACEHOLDER_FILE.matcher(stem(imgSrc(e)) + " " + e.attr("alt")).find()) {
                continue;
            }
            Element figure = e.closest("figure");
            if (figure != null && (figure.selectFirst("figcaption") != null || captionInFigure(figure, e) != null)
                    || nearbyCaption(e) != null) {
                return e;
            }
        }
        return null;
    }

    /** A caption placed beside the image instead of in a figcaption. */
    private static Element nearbyCaption(Element img) {
        Element p = img.parent();
        for (int i = 0; p != null && i < 3; i++, p = p.parent()) {
            for (Element c : p.children()) {
                if (CAPTION_CLASS.matcher(c.className()).find() && c.text().length() < 600) {
                    return c;
                }
            }
        }
        return null;
    }
}
