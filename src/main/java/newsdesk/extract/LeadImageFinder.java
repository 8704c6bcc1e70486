package newsdesk.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the lead photo with its alt text, caption and credit. */
final class LeadImageFinder {

    private static final Pattern CREDIT_CLASS = Pattern.compile(
            "(?i)credit|copyright|source|attribution|photographer|byline|courtesy|rights");
    /** "Credit:", "Photo credit:" before the name: the field says so already. */
    private static final Pattern CREDIT_LABEL = Pattern.compile("(?i)^(?:(?:photo|image|picture)\\s+)?credits?\\s*:\\s*");
    private static final Pattern CREDIT_ONLY = Pattern.compile("(?i)credit|copyright|photographer|attribution");
    private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)caption|legend|description");

    private LeadImageFinder() {
    }

    static LeadImage find(Document doc, MetadataReader metadata) {
        String[] stated = metadata.image();
        Element img = null;
        if (stated != null) {
            img = matchingImg(doc, stated[0]);
        } else {
            img = doc.selectFirst("article figure img[src], main figure img[src], [itemprop=articleBody] img[src], "
                    + "article img[src], .h-entry img[src]");
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
            if (capEl == null) {
                capEl = nearbyCaption(img);
            }
            if (capEl == null) {
                capEl = followingCaption(img);
            }
            if (capEl != null) {
                Element capCopy = capEl.clone();
                Element creditEl = null;
                for (Element e : capCopy.getAllElements()) {
                    if (e != capCopy && (CREDIT_CLASS.matcher(e.className() + " " + e.id() + dataValues(e)).find()
                            || e.normalName().equals("cite") || e.normalName().equals("small"))) {
                        creditEl = e;
                        break;
                    }
                }
                if (creditEl == null) {
                    creditEl = creditBlock(capCopy);
                }
                if (creditEl == null && figure != null) {
                    Element outside = figure.selectFirst("[class~=(?i)credit|copyright|photographer|attribution]");
                    if (outside != null && !capEl.equals(outside) && capEl.select("*").indexOf(outside) < 0) {
                        credit = Text.squash(outside.text());
                    }
                }
                if (creditEl != null) {
                    credit = Text.squash(creditEl.text());
                    creditEl.remove();
                }
                caption = Text.squash(capCopy.text()).replaceAll("[\\s(\\[|–—-]+$", "");
                if (creditEl != null && (!caption.matches(".*[\\p{L}\\p{N}].*")
                        || CREDIT_ONLY.matcher(capEl.className() + " " + capEl.id() + dataValues(capEl)).find())) {
                    // "Name // Agency", or a caption marked as the credit as a whole: all of it is the credit
                    credit = Text.squash(capEl.text());
                    caption = "";
                }
            }
        }
        if (caption.isEmpty() && stated != null) {
            caption = Text.squash(stated[1]);
        }
        if (credit.isEmpty()) {
            String[] split = CaptionSplitter.split(caption);
            caption = split[0];
            credit = split[1];
        }
        if (credit.isEmpty() && stated != null) {
            credit = Text.squash(stated[2]);
        }
        credit = credit.replaceAll("^[\\(\\[]\\s*|\\s*[\\)\\]]$", "").strip();
        credit = CREDIT_LABEL.matcher(credit).replaceFirst("");
        if (!credit.isEmpty() && caption.endsWith(credit)) {
            caption = caption.substring(0, caption.length() - credit.length()).strip();
        }
        return new LeadImage(src, alt, caption, credit);
    }

    /**
     * The img element showing the stated image: the same file name once size and crop suffixes
     * ("-1024x683", "_16x9", WordPress's "-scaled") and queries are set aside, or else the same long
     * identifier in the path (image services name the picture by a hash and the file by its size).
     */
    private static Element matchingImg(Document doc, String url) {
        String path = url.replaceFirst("[?#].*$", "");
        String stem = stem(path);
        String id = idSegment(path);
        if (stem.length() < 4 && id == null) {
            return null;
        }
        Element byId = null;
        int seen = 0;
        for (Element img : doc.select("img")) {
            if (++seen > 2000) {
                break;
            }
            for (String attr : new String[] {"src", "data-src", "data-lazy-src", "srcset", "data-srcset"}) {
                String v = img.attr(attr);
                if (v.isEmpty()) {
                    continue;
                }
                if (stem.length() >= 4 && v.contains(stem)) {
                    return img;
                }
                if (byId == null && id != null && v.contains(id)) {
                    byId = img;
                }
            }
        }
        return byId;
    }

    private static final Pattern SIZE_SUFFIX = Pattern.compile(
            "(?i)([-_](\\d{1,4}x\\d{1,4}|scaled|e\\d{10,13}))+$");

    static String stem(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        file = file.replaceFirst("\\.[A-Za-z0-9]{2,5}$", "");
        return SIZE_SUFFIX.matcher(file).replaceFirst("");
    }

    private static final Pattern HASH = Pattern.compile(
            "(?i)[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}|[0-9a-f]{24,64}");

    /** The last directory of the path when it is a UUID or a long hex hash, or null. */
    static String idSegment(String path) {
        String[] parts = path.split("/");
        if (parts.length < 5) { // scheme, "", host, directory, file
            return null;
        }
        String dir = parts[parts.length - 2];
        return HASH.matcher(dir).matches() ? dir : null;
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
     * ("Thea Traff, The Outlet/Agency"): the second block is the credit, unmarked as it is.
     */
    static Element creditBlock(Element caption) {
        Element e = caption;
        while (e.childrenSize() == 1 && e.ownText().isBlank()) {
            e = e.child(0);
        }
        if (e.childrenSize() != 2 || !e.ownText().isBlank()) {
            return null;
        }
        Element words = e.child(0);
        Element last = e.child(1);
        if (!isBlock(words) || !isBlock(last)) {
            return null;
        }
        String w = Text.squash(words.text());
        String c = Text.squash(last.text());
        if (w.length() < 20 || !w.matches(".*[.!?\"”’)]$") || c.isEmpty() || c.length() > 100
                || c.matches(".*[.!?]$") || c.split(" ").length > 12 || !c.matches(".*\\p{Lu}.*")) {
            return null;
        }
        return last;
    }

    private static boolean isBlock(Element e) {
        return e.normalName().equals("div") || e.normalName().equals("p");
    }

    /**
     * A figcaption that comes after the image in the page before any
     * other picture, as themes do that close the figure and print its caption under the headline.
     */
    private static Element followingCaption(Element img) {
        Element e = img;
        for (int i = 0; i < 60; i++) {
            e = nextInOrder(e, e != img);
            if (e == null || MEDIA.contains(e.normalName()) && !isIcon(e)) {
                return null;
            }
            if (e.normalName().equals("figcaption") && !Text.longerThan(e, 600)) {
                return e;
            }
        }
        return null;
    }

    private static final java.util.Set<String> MEDIA = java.util.Set.of("img", "picture", "video", "iframe", "figure");

    /** The values of data-* attributes, where some themes mark the credit instead of in a class. */
    private static String dataValues(Element e) {
        StringBuilder b = new StringBuilder();
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            if (a.getKey().startsWith("data-") && a.getValue().length() < 100) {
                b.append(' ').append(a.getValue());
            }
        }
        return b.toString();
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
