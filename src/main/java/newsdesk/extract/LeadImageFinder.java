package newsdesk.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the lead photo with its alt text, caption and credit. */
final class LeadImageFinder {

    private static final Pattern CREDIT_CLASS = Pattern.compile(
            "(?i)credit|copyright|source|attribution|photographer|byline|courtesy|rights");
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
            if (capEl != null) {
                Element capCopy = capEl.clone();
                Element creditEl = null;
                for (Element e : capCopy.getAllElements()) {
                    if (e != capCopy && (CREDIT_CLASS.matcher(e.className() + " " + e.id()).find()
                            || e.normalName().equals("cite") || e.normalName().equals("small"))) {
                        creditEl = e;
                        break;
                    }
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
                caption = Text.squash(capCopy.text());
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
        if (!credit.isEmpty() && caption.endsWith(credit)) {
            caption = caption.substring(0, caption.length() - credit.length()).strip();
        }
        return new LeadImage(src, alt, caption, credit);
    }

    /** The img element showing the stated image: same file name, ignoring size suffixes and queries. */
    private static Element matchingImg(Document doc, String url) {
        String stem = stem(url);
        if (stem.length() < 4) {
            return null;
        }
        int seen = 0;
        for (Element img : doc.select("img")) {
            if (++seen > 2000) {
                break;
            }
            for (String attr : new String[] {"src", "data-src", "data-lazy-src", "srcset", "data-srcset"}) {
                String v = img.attr(attr);
                if (!v.isEmpty() && v.contains(stem)) {
                    return img;
                }
            }
        }
        return null;
    }

    private static String stem(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        String file = path.substring(path.lastIndexOf('/') + 1);
        file = file.replaceFirst("\\.[A-Za-z0-9]{2,5}$", "");
        file = file.replaceFirst("-\\d{2,4}x\\d{2,4}$", "");
        return file;
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
