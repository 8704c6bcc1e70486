package newsdesk.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Chooses the headline: the page's visible h1 when it is the article's and not the site's logo, else the
 * stated titles (JSON-LD headline, meta titles, the title element) cleaned of the site's name.
 */
final class TitleChooser {

    /** The headline and where it was found. */
    record Choice(String title, Evidence evidence) {
    }

    private static final double MIN_OVERLAP = 0.3;
    private static final int MAX_H1 = 8;
    /** A question mark inside or right after a word that goes on ("Beginner? Guide", "don?t"): a lost character. */
    private static final Pattern LOST_CHARACTER = Pattern.compile("\\p{L}\\?(?:\\p{L}| \\p{Lu})");
    /** windows-1252's characters for the bytes 0x80 to 0x9F (the undefined five kept as themselves). */
    private static final Pattern NOT_HEADLINE_CLASS = Pattern.compile(
            "(?:^|[\\s_-])(?:widget|teaser|card|item|promo|related|sidebar|footer|logo|nav|menu|modal|popup)(?:$|[\\s_-])");

    private final Document doc;
    private final String outlet;
    private final String host;

    private TitleChooser(Document doc, String outlet, String host) {
        this.doc = doc;
        this.outlet = outlet == null ? "" : outlet;
        this.host = host == null ? "" : host;
    }

    /**
     * @param ldHeadline the JSON-LD article's headline, or ""
     * @param metaTitle  the first of the meta titles (og, twitter, parsely, …), or ""
     * @param docTitle   the title element's text, or ""
     */
    static Choice choose(Document doc, String outlet, String host, String ldHeadline, String metaTitle, String docTitle) {
        String site = host == null || host.isEmpty() ? logoDomain(doc) : host;
        return new TitleChooser(doc, outlet, site).choose(Text.repairMojibake(ldHeadline), Text.repairMojibake(metaTitle),
                Text.repairMojibake(Text.squash(docTitle)));
    }

    /**
     * Without the page's URL, the domain name a page sets as its logo h1 ("example.com") is its host, so that the
     * title element's "example.com Headline" loses it as it does when the URL is known.
     */
    private static String logoDomain(Document doc) {
        Element body = doc.body();
        if (body != null) {
            int seen = 0;
            for (Element h1 : body.select("h1")) {
                String h = h1.text().strip().toLowerCase(Locale.ROOT);
                if (TitleCleaner.isDomainName(h)) {
                    return h.startsWith("www.") ? h.substring(4) : h;
                }
                if (++seen >= MAX_H1) {
                    break;
                }
            }
        }
        return "";
    }

    private Choice choose(String ldHeadline, String metaTitle, String docTitle) {
        String raw = ldHeadline;
        Evidence ev = Evidence.JSON_LD;
        if (raw.isEmpty()) {
            raw = metaTitle;
            ev = Evidence.META;
        }
        if (raw.isEmpty()) {
            raw = docTitle;
            ev = Evidence.DOM;
        } else if (ev == Evidence.JSON_LD) {
            // JSON-LD headlines are cut short by some CMSs (Google's old 110-character limit): a meta or
            // document title that starts with the headline and goes on is the whole one.
            String longer = completion(raw, metaTitle, docTitle);
            if (!longer.isEmpty()) {
                raw = longer;
                ev = Evidence.META;
            }
        }
        String cleaned = TitleCleaner.clean(raw, outlet, host);
        String h1 = headlineH1(raw + " " + metaTitle + " " + docTitle, List.of(cleaned,
                TitleCleaner.clean(metaTitle, outlet, host), TitleCleaner.clean(docTitle, outlet, host)),
                Text.key(docTitle), Text.key(cleaned));
        if (!h1.isEmpty() && Text.key(h1).equals(Text.key(cleaned))) {
            // The same words: the h1's punctuation, unless it is set in capitals that the stated title is not.
            return new Choice(isShouted(h1) && !isShouted(cleaned) ? cleaned : h1, ev);
        }
        if (!h1.isEmpty() && isShouted(h1) && !cleaned.isEmpty() && !isShouted(cleaned)
                && (Text.key(cleaned).contains(Text.key(h1)) || !statedTitleHolds(h1, metaTitle, docTitle))) {
            // An h1 typed in capitals is a display banner, often a shortened one ("SUPPORTING GAAP COMPLIANCE",
            // "PRUNING APPLE TREES" for "Pruning apple trees in winter: a guide"); the stated title carries the
            // headline's own words and case. Unless the stated title is a rewrite of other words and the document
            // title goes on from the h1's: then the h1 is the headline.
            return new Choice(cleaned, ev);
        }
        if (!h1.isEmpty()) {
            // The headline a reader sees on the page; meta titles are often rewritten for search and sharing.
            return new Choice(h1, Evidence.DOM);
        }
        return new Choice(cleaned, ev);
    }

    /**
     * True when a stated title holds the h1's words in order, so the h1 is the headline that title goes on from
     * ("FIRE DESTROYS DOWNTOWN WAREHOUSE" in "Fire destroys downtown warehouse, no injuries reported"), not a
     * banner of other words.
     */
    private boolean statedTitleHolds(String h1, String... stated) {
        String k = Text.key(h1);
        if (k.length() < 12) {
            return false;
        }
        for (String t : stated) {
            if (Text.key(TitleCleaner.clean(t, outlet, host)).contains(k)) {
                return true;
            }
        }
        return false;
    }

    private String completion(String headline, String... others) {
        String h = headline.strip();
        boolean cut = h.endsWith("...") || h.endsWith("…");
        if (cut) {
            h = h.replaceFirst("\\s*(?:\\.\\.\\.|…)$", "");
        }
        String k = Text.key(h);
        if (k.length() < 20 || !cut && h.length() < 95) {
            return "";
        }
        for (String o : others) {
            String c = TitleCleaner.clean(o, outlet, host);
            String ck = Text.key(c);
            if (ck.length() > k.length() + 3 && ck.startsWith(k)) {
                return c;
            }
        }
        return "";
    }

    /** The page's visible headline: an h1 that is not the site's logo, best matching the meta titles. */
    private String headlineH1(String metaTitles, List<String> stated, String docTitleKey, String cleanedKey) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        Elements h1s = body.select("h1");
        Set<String> metaWords = words(metaTitles);
        String best = "";
        double bestOverlap = -1;
        int seen = 0;
        for (Element h1 : h1s) {
            if (++seen > MAX_H1) {
                break;
            }
            String h = Text.repairMojibake(Text.unescape(h1.text()));
            if (h.length() < 6 || h.length() > 300 || h.split(" ").length < 2
                    || TitleCleaner.isOnlySiteName(h, outlet, host) || isRestOfTitle(Text.key(h), docTitleKey, cleanedKey)) {
                continue;
            }
            // Some pages print the site's or the section's name in the h1 too ("Headline | Opinion", "… – Outlet").
            h = TitleCleaner.cleanTail(h, outlet, host);
            h = withoutExtras(h1, h, stated);
            h = withLostCharacters(h, stated);
            Set<String> w = words(h);
            double overlap = 0;
            for (String x : w) {
                if (metaWords.contains(x)) {
                    overlap++;
                }
            }
            overlap = w.isEmpty() ? 0 : overlap / w.size();
            if (overlap > 0 && NOT_HEADLINE_CLASS.matcher(ClassHints.name(h1)).find()) {
                overlap -= 0.25; // a widget's or teaser's own heading ("Next in this guide"), not the article's
            }
            if (overlap > 0 && afterParagraphs(h1)) {
                overlap -= 0.25; // a section heading inside the text, which some posts mark as h1 too
            }
            if (overlap > bestOverlap) {
                best = h;
                bestOverlap = overlap;
            }
        }
        // An h1 that shares no word with the page's titles is a logo or a widget ("Open Menu").
        return bestOverlap >= MIN_OVERLAP || metaWords.isEmpty() ? best : "";
    }

    /** Whether every letter is a capital ("BEST COFFEE MAKERS"), as some themes type their h1s. */
    private static boolean isShouted(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** Whether paragraphs of text come before the h1 in its own container: it heads a section of the text. */
    private static boolean afterParagraphs(Element h1) {
        int seen = 0;
        for (Element e = h1.previousElementSibling(); e != null && seen < 30; e = e.previousElementSibling(), seen++) {
            if (e.nameIs("p") && e.text().length() > 80) {
                return true;
            }
        }
        return false;
    }

    /** An h1 that is what the title element adds to the stated headline ("Blog Name: Headline") is the site's name. */
    private static boolean isRestOfTitle(String h1Key, String docTitleKey, String cleanedKey) {
        // "Headline - Part 1 | Site" with the h1 "Site": the h1 need not be all that the title adds
        return cleanedKey.length() >= 8 && !h1Key.equals(docTitleKey) && !h1Key.equals(cleanedKey)
                && docTitleKey.length() >= h1Key.length() + cleanedKey.length()
                && (docTitleKey.startsWith(h1Key) && docTitleKey.endsWith(cleanedKey)
                        || docTitleKey.startsWith(cleanedKey) && docTitleKey.endsWith(h1Key));
    }

    /**
     * A stated title in place of an h1 that reads the same but for characters the page lost in its encoding
     * ("Beginner? Guide" for "Beginner's Guide", "caf\uFFFD").
     */
    private static String withLostCharacters(String h, List<String> stated) {
        if (h.indexOf('\uFFFD') < 0 && !LOST_CHARACTER.matcher(h).find()) {
            return h;
        }
        StringBuilder re = new StringBuilder("(?i)");
        int from = 0;
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == '?' || c == '\uFFFD') {
                re.append(Pattern.quote(h.substring(from, i))).append(".{1,3}");
                from = i + 1;
            }
        }
        Pattern p = Pattern.compile(re.append(Pattern.quote(h.substring(from))).toString());
        for (String t : stated) {
            if (!t.equals(h) && p.matcher(t).matches()) {
                return t;
            }
        }
        return h;
    }

    /**
     * The h1 without the child elements that are not part of a stated title — a date, a "Blog:" label, a kicker
     * above the headline, a link to the source —, when what is left is that title.
     */
    private static String withoutExtras(Element h1, String h, List<String> stated) {
        String hk = Text.key(h);
        for (String t : stated) {
            String tk = Text.key(t);
            if (tk.length() < 8 || tk.equals(hk) || !hk.contains(tk)) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            keepParts(h1, tk, b, 0);
            String kept = Text.squash(b.toString());
            if (Text.key(kept).equals(tk)) {
                return kept;
            }
        }
        return h;
    }

    private static void keepParts(Element e, String titleKey, StringBuilder out, int depth) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                out.append(t.text()); // the h1's own words are the headline's, whatever the stated title says
            } else if (n instanceof Element c) {
                String k = Text.key(c.text());
                String gap = c.isBlock() || c.nameIs("br") ? " " : "";
                if (k.isEmpty() || titleKey.contains(k)) {
                    out.append(gap).append(c.text()).append(gap);
                } else if (k.contains(titleKey) && depth < 6) {
                    keepParts(c, titleKey, out, depth + 1);
                }
            }
        }
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
