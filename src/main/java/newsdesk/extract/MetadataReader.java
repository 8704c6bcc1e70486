package newsdesk.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Reads the article's metadata from JSON-LD, meta tags, microdata, microformats and the DOM, best first. */
final class MetadataReader {

    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|\\.|$)");
    private static final Pattern URL_DATE_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(0[1-9]|1[0-2])([0-2]\\d|3[01])/");
    private static final Pattern BYLINE_CLASS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:by-?line|author|authors|author-?name|writer|byl|contributor|creator|posted-?by)(?:$|[\\s_-])");
    private static final Pattern NOT_BYLINE_CLASS = Pattern.compile(
            "(?i)bio|avatar|image|photo|img|thumb|comment|description|about|social|follow|more|related|box|card|list");
    private static final Pattern BY_TEXT = Pattern.compile(
            "^(?i:by|written by|posted by|words by)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|da|van|von|der|al|bin|la|le)){1,4}"
                    + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})*)");
    private static final Pattern DATELINE = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d"
            + "|\\d\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}\\b");

    private static final Pattern AUTHOR_HREF = Pattern.compile(
            "(?i)/(?:author|authors|writer|writers|contributor|contributors|people|person|staff|profile|profiles|columnist|columnists|journalist|journalists|user|users|members?)/");
    private static final Pattern CHROME_WORD = Pattern.compile("(?i)related|comment|sidebar|footer|teaser");
    private static final Pattern CHROME_TOKEN = Pattern.compile(
            "(?i)(?:^|[-_])(?:related|comments?|sidebar|footer|teaser)(?:$|[-_]|s\\b)");
    private static final Pattern BYLINE_LABEL = Pattern.compile(
            "(?i)(?:(?:written|posted|article|words|story|text|reported|recipe|authored)\\s+by|by|authors?|author\\(s\\)|"
                    + "contributors?|writers?|written by)\\s*:?");
    private static final Pattern AUTHOR_PAGE = Pattern.compile("(?i)/(?:author|authors|writer|writers|contributor|contributors)/[^/?#]+/?(?:$|[?#])");
    private static final Pattern DATE_CLASS = Pattern.compile("(?i)date|publish|posted|pubtime|publicationtime|timestamp");
    private static final Pattern PERSON_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]+(?: (?:\\p{Lu}[\\p{L}.'’-]*|de|da|van|von|der|la|le)){1,3}");

    private final Document doc;
    private final String pageUrl;
    private final JsonLdReader ld;
    private final JsonNode article;
    private final Map<String, List<String>> meta = new HashMap<>();
    final Map<String, Evidence> sources = new LinkedHashMap<>();

    MetadataReader(Document doc, String pageUrl) {
        this.doc = doc;
        this.pageUrl = pageUrl == null ? "" : pageUrl;
        this.ld = new JsonLdReader(doc);
        this.article = ld.article();
        for (Element m : doc.select("meta[content]")) {
            String content = Text.unescape(m.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String keyAttr : List.of("property", "name", "itemprop", "http-equiv")) {
                String key = m.attr(keyAttr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                }
            }
        }
    }

    JsonNode jsonLdArticle() {
        return article;
    }

    JsonLdReader jsonLd() {
        return ld;
    }

    String meta(String... keys) {
        for (String k : keys) {
            List<String> v = meta.get(k);
            if (v != null && !v.isEmpty()) {
                return v.get(0);
            }
        }
        return "";
    }

    private List<String> metaAll(String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.addAll(meta.getOrDefault(k, List.of()));
        }
        return out;
    }

    private String ldText(String field) {
        return article == null ? "" : Text.unescape(JsonLdReader.text(article.get(field)));
    }

    String outlet() {
        String v = article == null ? "" : JsonLdReader.text(ld.resolve(article.get("publisher")));
        if (!v.isEmpty()) {
            return found("outlet", v, Evidence.JSON_LD);
        }
        v = meta("og:site_name", "application-name", "apple-mobile-web-app-title", "dc.publisher", "dcterms.publisher",
                "publisher", "al:android:app_name", "al:iphone:app_name");
        if (!v.isEmpty()) {
            return found("outlet", v, Evidence.META);
        }
        v = ld.siteName();
        if (!v.isEmpty()) {
            return found("outlet", v, Evidence.JSON_LD);
        }
        String host = host(pageUrl);
        return host.isEmpty() ? "" : found("outlet", host, Evidence.URL);
    }

    /** The headline: structured data first, then cleaned of the site's name, then checked against the h1. */
    String title(String outlet) {
        String raw = ldText("headline");
        Evidence ev = Evidence.JSON_LD;
        if (raw.isEmpty()) {
            raw = meta("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "dcterms.title",
                    "title", "headline");
            ev = Evidence.META;
        }
        String docTitle = Text.squash(doc.title());
        if (raw.isEmpty()) {
            raw = docTitle;
            ev = Evidence.DOM;
        }
        String cleaned = TitleCleaner.clean(raw, outlet, host(pageUrl));
        String h1 = headlineH1(raw + " " + docTitle, outlet);
        if (!h1.isEmpty() && Text.key(h1).equals(Text.key(cleaned))) {
            return found("title", h1, ev);
        }
        if (!h1.isEmpty()) {
            // The headline a reader sees on the page; meta titles are often rewritten for search and sharing.
            return found("title", h1, Evidence.DOM);
        }
        if (cleaned.isEmpty()) {
            return "";
        }
        return found("title", cleaned, ev);
    }

    /** The page's visible headline: an h1 that is not the site's logo, best matching the meta titles. */
    private String headlineH1(String metaTitles, String outlet) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        Elements h1s = body.select("h1");
        Set<String> metaWords = words(metaTitles);
        String host = host(pageUrl);
        String best = "";
        double bestOverlap = -1;
        int seen = 0;
        for (Element h1 : h1s) {
            if (++seen > 8) {
                break;
            }
            String h = Text.squash(h1.text());
            if (h.length() < 6 || h.length() > 300 || h.split(" ").length < 2
                    || TitleCleaner.isSiteName(h, outlet, host)) {
                continue;
            }
            Set<String> w = words(h);
            double overlap = 0;
            for (String x : w) {
                if (metaWords.contains(x)) {
                    overlap++;
                }
            }
            overlap = w.isEmpty() ? 0 : overlap / w.size();
            if (overlap > bestOverlap) {
                best = h;
                bestOverlap = overlap;
            }
        }
        // An h1 that shares no word with the page's titles is a logo or a widget ("Open Menu").
        return bestOverlap >= MIN_OVERLAP || metaWords.isEmpty() ? best : "";
    }

    private static final double MIN_OVERLAP = 0.3;

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Person authors from the best source that names any; an organisation only when no source names a person. */
    List<String> authors(String outlet) {
        List<String> names = List.of();
        if (article != null) {
            names = people(ld.people(article.get("author")), outlet);
            if (names.isEmpty()) {
                names = people(ld.people(article.get("creator")), outlet);
            }
            if (!names.isEmpty()) {
                return found("authors", names, Evidence.JSON_LD);
            }
        }
        names = people(metaAll("author", "article:author", "parsely-author", "sailthru.author",
                "dc.creator", "dcterms.creator", "byl", "citation_author", "og:article:author", "cxenseparse:author"), outlet);
        if (!names.isEmpty()) {
            return found("authors", names, Evidence.META);
        }
        names = people(texts(doc.select("[itemprop=author] [itemprop=name], [itemprop=author]:not(:has([itemprop=name]))")), outlet);
        if (!names.isEmpty()) {
            return found("authors", names, Evidence.MICRODATA);
        }
        names = people(texts(doc.select(".h-entry .p-author")), outlet);
        if (!names.isEmpty()) {
            return found("authors", names, Evidence.MICROFORMATS);
        }
        names = people(texts(doc.select("a[rel=author], [rel=author]")), outlet);
        if (!names.isEmpty()) {
            return found("authors", names, Evidence.DOM);
        }
        names = people(domByline(), outlet);
        if (!names.isEmpty()) {
            return found("authors", names, Evidence.DOM);
        }
        if (article != null) {
            names = AuthorNames.clean(ld.organisations(article.get("author")));
            if (!names.isEmpty()) {
                return found("authors", names, Evidence.JSON_LD);
            }
        }
        return names;
    }

    /** Cleaned names; the outlet itself, which pages name beside people, only when it is the sole author. */
    private List<String> people(List<String> raws, String outlet) {
        String outletKey = Text.key(outlet);
        String hostKey = Text.key(host(pageUrl).replaceFirst("\\.[a-z]{2,6}(\\.[a-z]{2})?$", ""));
        List<String> all = AuthorNames.clean(raws);
        List<String> out = new ArrayList<>();
        for (String name : all) {
            String k = Text.key(name);
            if (!k.equals(outletKey) && !k.equals(hostKey)) {
                out.add(name);
            }
        }
        return out.isEmpty() ? all : out;
    }

    private List<String> domByline() {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        int seen = 0;
        List<Element> outer = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (++seen > 20_000) {
                break;
            }
            String cls = ClassHints.name(e);
            if (cls.length() > 2 && mayBeByline(cls) && BYLINE_CLASS.matcher(cls).find()
                    && !NOT_BYLINE_CLASS.matcher(cls).find()) {
                if (hasInnerByline(e)) {
                    outer.add(e); // the inner element names the author; this one also holds roles and labels
                    continue;
                }
                List<String> names = bylineElement(e);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        for (Element e : outer) {
            List<String> names = bylineElement(e);
            if (!names.isEmpty()) {
                return names;
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
            String t = Text.squash(e.ownText().isEmpty() ? "" : e.text());
            if (t.length() < 5 || t.length() > 100) {
                continue;
            }
            Matcher m = BY_TEXT.matcher(t);
            if (m.find()) {
                List<String> names = AuthorNames.cleanOne(m.group(1));
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        List<String> labelled = labelledByline(body);
        return labelled.isEmpty() ? authorPageLink(body) : labelled;
    }

    /** Last resort: the first link to an author's page ("/author/jane-roe/") outside chrome, whose text is a name. */
    private static List<String> authorPageLink(Element body) {
        int seen = 0;
        for (Element a : body.select("a[href]")) {
            if (++seen > 5_000) {
                break;
            }
            if (!AUTHOR_PAGE.matcher(a.attr("href")).find() || inChrome(a)) {
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
            if (e.childrenSize() > 1) {
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
            while (next != null && next.normalName().equals("br")) {
                next = next.nextElementSibling();
            }
            if (next == null || inChrome(e) || e.closest("form") != null) {
                continue;
            }
            List<String> raws = new ArrayList<>();
            Elements items = next.select("li");
            if (items.size() >= 2 && items.size() <= 6) {
                for (Element li : items) {
                    raws.add(Text.squash(li.text()));
                }
            } else {
                String t = Text.squash(next.text());
                if (t.length() >= 2 && t.length() <= 80) {
                    raws.add(t);
                }
            }
            List<String> names = AuthorNames.clean(raws);
            if (!names.isEmpty() && names.size() <= 6) {
                return names;
            }
        }
        return List.of();
    }

    private static List<String> bylineElement(Element e) {
        String t = Text.squash(e.text());
        if (!t.isEmpty() && t.length() <= 120) {
            List<String> names = AuthorNames.cleanOne(t);
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
            String c = ClassHints.name(d);
            if (c.length() > 2 && mayBeByline(c) && BYLINE_CLASS.matcher(c).find() && !NOT_BYLINE_CLASS.matcher(c).find()
                    && !Text.squash(d.text()).isEmpty()) {
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

    private DateChooser dates;

    private DateChooser dates() {
        if (dates == null) {
            dates = new DateChooser(doc, pageUrl, article, ld.page(), meta, sources);
        }
        return dates;
    }

    /** The first publication date; the date logic lives in {@link DateChooser}. */
    OffsetDateTime published(OffsetDateTime modified) {
        return dates().published(modified);
    }

    /**
     * Inside site chrome: a nav, footer or aside, or an element whose class names a sidebar, related links,
     * comments, a footer or a teaser as a word of its own ("related-posts", "sidebar"). The body's and html's
     * classes describe the whole page ("no-sidebar", "woo-related-columns-4") and utility classes hold layout
     * values ("md:[grid-area:sidebar]"), so neither counts.
     */
    private static boolean inChrome(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return false;
            }
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside")) {
                return true;
            }
            String cls = a.attr("class");
            if (!cls.isEmpty() && CHROME_WORD.matcher(cls).find()) {
                for (String token : cls.split("\\s+")) {
                    if (!token.startsWith("no-") && token.indexOf(':') < 0 && CHROME_TOKEN.matcher(token).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A cheap test before the byline pattern, which would otherwise run on every element. */
    private static boolean mayBeByline(String name) {
        return name.contains("by") || name.contains("author") || name.contains("writer")
                || name.contains("contributor") || name.contains("creator");
    }

    OffsetDateTime modified() {
        return dates().modified();
    }

    String description() {
        String v = meta("og:description", "description", "twitter:description", "dc.description", "sailthru.description");
        if (!v.isEmpty()) {
            return found("description", v, Evidence.META);
        }
        v = ldText("description");
        return v.isEmpty() ? "" : found("description", v, Evidence.JSON_LD);
    }

    String language() {
        Element html = doc.selectFirst("html");
        String v = html == null ? "" : html.attr("lang").strip();
        if (!v.isEmpty()) {
            return found("language", normaliseLanguage(v), Evidence.DOM);
        }
        v = meta("content-language", "og:locale", "language", "dc.language", "dcterms.language");
        if (!v.isEmpty()) {
            return found("language", normaliseLanguage(v), Evidence.META);
        }
        v = ldText("inLanguage");
        return v.isEmpty() ? "" : found("language", normaliseLanguage(v), Evidence.JSON_LD);
    }

    String canonicalUrl() {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link != null && !link.absUrl("href").isEmpty()) {
            return found("canonicalUrl", link.absUrl("href"), Evidence.DOM);
        }
        String v = meta("og:url", "twitter:url", "parsely-link");
        if (!v.isEmpty() && absolute(v).startsWith("http")) {
            return found("canonicalUrl", absolute(v), Evidence.META);
        }
        v = ldText("url");
        if (!v.isEmpty() && absolute(v).startsWith("http")) {
            return found("canonicalUrl", absolute(v), Evidence.JSON_LD);
        }
        return pageUrl.isEmpty() ? "" : found("canonicalUrl", pageUrl, Evidence.URL);
    }

    /** The lead image's URL, caption and credit as the metadata states them, or null. */
    String[] image() {
        if (article != null) {
            String[] img = ld.image(article.get("image"));
            if (img == null) {
                img = ld.image(article.get("thumbnailUrl"));
            }
            if (img != null && !img[0].isEmpty()) {
                img[0] = absolute(img[0]);
                sources.put("leadImage", Evidence.JSON_LD);
                return img;
            }
        }
        String v = meta("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src",
                "parsely-image-url", "sailthru.image.full", "thumbnail");
        if (v.isEmpty()) {
            Element link = doc.selectFirst("link[rel=image_src][href]");
            v = link == null ? "" : link.attr("href");
        }
        if (!v.isEmpty()) {
            sources.put("leadImage", Evidence.META);
            return new String[] {absolute(v), "", ""};
        }
        Element photo = doc.selectFirst(".h-entry .u-photo[src], .h-entry .u-featured[src]");
        if (photo != null) {
            sources.put("leadImage", Evidence.MICROFORMATS);
            return new String[] {photo.absUrl("src"), "", ""};
        }
        return null;
    }

    String imageAlt() {
        return meta("og:image:alt", "twitter:image:alt");
    }

    String absolute(String url) {
        String base = doc.location().isEmpty() ? pageUrl : doc.location();
        if (base.isEmpty()) {
            return url.strip();
        }
        String abs = StringUtil.resolve(base, url.strip());
        return abs.isEmpty() ? url.strip() : abs;
    }

    private static List<String> texts(Elements els) {
        List<String> out = new ArrayList<>();
        for (Element e : els) {
            String t = e.hasAttr("content") ? e.attr("content") : e.text();
            if (!t.isBlank() && out.size() < 10) {
                out.add(t);
            }
        }
        return out;
    }

    private <T> T found(String field, T value, Evidence ev) {
        sources.put(field, ev);
        return value;
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return "";
            }
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String normaliseLanguage(String v) {
        String s = v.strip().replace('_', '-');
        int comma = s.indexOf(',');
        return comma > 0 ? s.substring(0, comma).strip() : s;
    }
}
