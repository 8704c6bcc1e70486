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
import java.util.function.Supplier;
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
    private static final Pattern DATELINE = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d"
            + "|\\d\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}\\b");

    private static final Pattern CHROME_WORD = Pattern.compile("(?i)related|comment|sidebar|footer|teaser");
    private static final Pattern CHROME_TOKEN = Pattern.compile(
            "(?i)(?:^|[-_])(?:related|comments?|sidebar|footer|teaser)(?:$|[-_]|s\\b)");
    private static final Pattern DATE_CLASS = Pattern.compile("(?i)date|publish|posted|pubtime|publicationtime|timestamp");

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

    /** The headline: the article's visible h1, else the stated titles cleaned of the site's name (see TitleChooser). */
    String title(String outlet) {
        TitleChooser.Choice c = TitleChooser.choose(doc, outlet, host(pageUrl), ldText("headline"),
                meta("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "dcterms.title", "title",
                        "headline"),
                doc.title());
        return c.title().isEmpty() ? "" : found("title", c.title(), c.evidence());
    }

    /**
     * Person authors from the best source that names any; an organisation only when no source names a person.
     * A source that names only the outlet itself ("Acme News" as the author of every page) is a fallback:
     * the byline further down the page usually names the writer.
     */
    List<String> authors(String outlet) {
        List<Supplier<List<String>>> sourcesInOrder = List.of(
                () -> {
                    if (article == null) {
                        return List.of();
                    }
                    List<String> n = people(ld.people(article.get("author")), outlet);
                    return n.isEmpty() ? people(ld.people(article.get("creator")), outlet) : n;
                },
                () -> people(metaAll("author", "article:author", "parsely-author", "sailthru.author",
                        "dc.creator", "dcterms.creator", "byl", "citation_author", "og:article:author",
                        "cxenseparse:author", "citation_authors"), outlet),
                () -> people(labelledMeta(), outlet),
                () -> people(texts(writers(doc.select("[itemprop=author] [itemprop=name], [itemprop=author]:not(:has([itemprop=name]))"))), outlet),
                () -> people(texts(doc.select(".h-entry .p-author")), outlet),
                () -> people(texts(writers(doc.select("a[rel=author], [rel=author]"))), outlet),
                () -> people(Bylines.find(doc.body(), n -> isOutlet(n, outlet)), outlet));
        List<Evidence> evidence = List.of(Evidence.JSON_LD, Evidence.META, Evidence.META, Evidence.MICRODATA,
                Evidence.MICROFORMATS, Evidence.DOM, Evidence.DOM);
        List<String> outletOnly = List.of();
        Evidence outletEvidence = null;
        for (int i = 0; i < sourcesInOrder.size(); i++) {
            List<String> names = sourcesInOrder.get(i).get();
            if (names.isEmpty()) {
                continue;
            }
            if (!namesOnlyOutlet(names, outlet)) {
                if (i < sourcesInOrder.size() - 1 && names.stream().noneMatch(n -> n.contains(" "))) {
                    // A login ("KatieS", "jroe") is the CMS account that posted the page; a full name in the
                    // byline the reader sees is the writer.
                    List<String> shown = sourcesInOrder.get(sourcesInOrder.size() - 1).get();
                    if (!shown.isEmpty() && shown.stream().allMatch(n -> n.contains(" ") && !isOutlet(n, outlet))) {
                        return found("authors", shown, Evidence.DOM);
                    }
                }
                return found("authors", names, evidence.get(i));
            }
            if (outletEvidence == null) {
                outletOnly = names;
                outletEvidence = evidence.get(i);
            }
        }
        if (outletEvidence != null) {
            return found("authors", outletOnly, outletEvidence);
        }
        if (article != null) {
            List<String> names = AuthorNames.clean(ld.organisations(article.get("author")));
            if (!names.isEmpty()) {
                return found("authors", names, Evidence.JSON_LD);
            }
        }
        return List.of();
    }

    /** The twitter:dataN value whose twitter:labelN says "Written by" (the card's byline, as many CMSs write it). */
    private List<String> labelledMeta() {
        for (int n = 1; n <= 4; n++) {
            String label = meta("twitter:label" + n).toLowerCase(Locale.ROOT);
            if (label.equals("written by") || label.equals("author") || label.equals("by")) {
                String v = meta("twitter:data" + n);
                return v.isEmpty() ? List.of() : List.of(v);
            }
        }
        return List.of();
    }

    /** Without the elements that name a reviewer or an editor rather than the writer. */
    private static Elements writers(Elements els) {
        Elements out = new Elements();
        for (Element e : els) {
            Element marked = e.hasAttr("itemprop") && !e.attr("itemprop").equals("author") ? e.closest("[itemprop=author]") : e;
            if (!Bylines.otherRole(marked == null ? e : marked)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Cleaned names; the outlet itself, which pages name beside people, only when it is the sole author. */
    private List<String> people(List<String> raws, String outlet) {
        List<String> all = AuthorNames.clean(raws);
        List<String> out = new ArrayList<>();
        for (String name : all) {
            if (!isOutlet(name, outlet)) {
                out.add(name);
            }
        }
        return out.isEmpty() ? all : out;
    }

    private boolean namesOnlyOutlet(List<String> names, String outlet) {
        for (String n : names) {
            if (!isOutlet(n, outlet)) {
                return false;
            }
        }
        return true;
    }

    /** The outlet's name or its host name ("Acme News", "acmenews.com", "Acme" on health.acme.org). */
    private boolean isOutlet(String name, String outlet) {
        String k = Text.key(name);
        if (k.isEmpty()) {
            return false;
        }
        String host = host(pageUrl);
        String hostKey = Text.key(host.replaceFirst("\\.[a-z]{2,6}(\\.[a-z]{2})?$", ""));
        if (k.equals(Text.key(outlet)) || k.equals(hostKey) || k.equals(Text.key(host))) {
            return true;
        }
        // The host's last label before the suffix: "healthacme" for health.acme.org is "acme".
        String site = host.replaceFirst("\\.[a-z]{2,6}(\\.[a-z]{2})?$", "");
        site = site.substring(site.lastIndexOf('.') + 1);
        return k.length() >= 4 && k.equals(Text.key(site));
    }

    /**
     * The article's date as the page presents it: the dateline a reader sees by the headline when the
     * page's metadata corroborates it (often an "Updated ..." date), else the stated publication date.
     */
    OffsetDateTime published(OffsetDateTime modified) {
        Evidence statedEvidence = null;
        OffsetDateTime stated = statedPublished();
        if (stated != null) {
            statedEvidence = sources.get("published");
        }
        OffsetDateTime shown = visibleDate();
        if (shown == null) {
            if (stated == null) {
                // No metadata and no dateline by a headline: a date the page marks as one anywhere in its
                // body (a <time>, an element named like a date), else the modified time, the page's only date.
                OffsetDateTime marked = markedDate();
                if (marked != null) {
                    return found("published", marked, Evidence.DOM);
                }
                if (modified != null) {
                    return found("published", modified, sources.getOrDefault("modified", Evidence.META));
                }
            }
            return stated;
        }
        boolean corroborated = modified != null && sameDay(shown, modified);
        if (stated == null || corroborated) {
            // Keep the metadata's time and zone when it is the same day; the dateline often has no clock.
            OffsetDateTime best = corroborated ? modified : shown;
            return found("published", best, Evidence.DOM);
        }
        sources.put("published", statedEvidence);
        return stated;
    }

    /** The first date in a {@code <time>} or an element whose class names a date, outside site chrome. */
    private OffsetDateTime markedDate() {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        int seen = 0;
        for (Element e : body.getAllElements()) {
            if (++seen > 20_000) {
                break;
            }
            boolean isTime = e.normalName().equals("time");
            if (!isTime) {
                String cls = ClassHints.name(e);
                if (cls.length() < 4 || !DATE_CLASS.matcher(cls).find()) {
                    continue;
                }
            }
            String t = Text.squash(e.text());
            if (t.length() < 6 || t.length() > 60 || !DATELINE.matcher(t).find()) {
                continue;
            }
            if (inChrome(e)) {
                continue;
            }
            OffsetDateTime d = DateParser.parse(t);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * Inside site chrome: a nav, footer or aside, or an element whose class names a sidebar, related links,
     * comments, a footer or a teaser as a word of its own ("related-posts", "sidebar"). The body's and html's
     * classes describe the whole page ("no-sidebar", "woo-related-columns-4") and utility classes hold layout
     * values ("md:[grid-area:sidebar]"), so neither counts.
     */
    static boolean inChrome(Element e) {
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

    private static boolean sameDay(OffsetDateTime a, OffsetDateTime b) {
        return a.toLocalDate().equals(b.toLocalDate());
    }

    /** The dateline: the first date shown just before or after the headline, outside site chrome. */
    private OffsetDateTime visibleDate() {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        Elements all = body.getAllElements();
        int h1 = -1;
        for (int i = 0; i < all.size() && i < 50_000; i++) {
            if (all.get(i).normalName().equals("h1") && all.get(i).text().length() > 5) {
                h1 = i;
                break;
            }
        }
        if (h1 < 0) {
            return null;
        }
        int from = Math.max(0, h1 - 80);
        int to = Math.min(all.size(), h1 + 300);
        // After the headline first, then before it (some pages put the dateline above).
        OffsetDateTime after = datelineIn(all, h1, to);
        return after != null ? after : datelineIn(all, from, h1);
    }

    private static OffsetDateTime datelineIn(Elements all, int from, int to) {
        for (int i = from; i < to; i++) {
            Element e = all.get(i);
            boolean isTime = e.normalName().equals("time");
            String t = Text.squash(isTime ? e.text() : e.ownText());
            if (!isTime && (t.length() < 6 || t.length() > 100)) {
                continue;
            }
            if (!isTime && !DATELINE.matcher(t).find()) {
                continue;
            }
            if (e.closest("nav, footer, aside, [class~=(?i)related|comment|sidebar|footer|teaser]") != null) {
                continue;
            }
            OffsetDateTime d = DateParser.parse(t);
            if (d == null && isTime) {
                d = DateParser.parse(e.attr("datetime"));
            }
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private OffsetDateTime statedPublished() {
        OffsetDateTime t = firstDate("published", Evidence.JSON_LD, ldText("datePublished"), ldText("dateCreated"),
                pageText("datePublished"));
        if (t != null) {
            return t;
        }
        t = firstDate("published", Evidence.META, metaAll("article:published_time", "og:article:published_time",
                "article:published", "published_time", "parsely-pub-date", "sailthru.date", "dc.date.issued",
                "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "date", "pubdate",
                "publishdate", "publish-date", "publish_date", "article.published", "og:published_time",
                "citation_publication_date", "citation_date", "cxenseparse:recs:publishtime", "datepublished",
                "article_date_original", "original-publish-date", "release_date", "timestamp", "published", "published-date",
                "published_date", "publication-date", "publication_date", "date_published", "date-published").toArray(String[]::new));
        if (t != null) {
            return t;
        }
        t = firstDate("published", Evidence.MICRODATA, attrs(doc.select("[itemprop=datePublished]")).toArray(String[]::new));
        if (t != null) {
            return t;
        }
        t = firstDate("published", Evidence.MICROFORMATS, attrs(doc.select(".h-entry .dt-published")).toArray(String[]::new));
        if (t != null) {
            return t;
        }
        Elements times = doc.select("article time[datetime], main time[datetime], time[pubdate], time[datetime]");
        t = firstDate("published", Evidence.DOM, attrs(times.size() > 3 ? new Elements(times.subList(0, 3)) : times)
                .toArray(String[]::new));
        if (t != null) {
            return t;
        }
        t = urlDate();
        return t == null ? null : found("published", t, Evidence.URL);
    }

    OffsetDateTime modified() {
        OffsetDateTime t = firstDate("modified", Evidence.JSON_LD, ldText("dateModified"), pageText("dateModified"));
        if (t != null) {
            return t;
        }
        t = firstDate("modified", Evidence.META, metaAll("article:modified_time", "og:updated_time",
                "article:modified", "modified_time", "dcterms.modified", "dc.date.modified", "last-modified",
                "lastmod", "sailthru.lastmodified", "datemodified").toArray(String[]::new));
        if (t != null) {
            return t;
        }
        t = firstDate("modified", Evidence.MICRODATA, attrs(doc.select("[itemprop=dateModified]")).toArray(String[]::new));
        if (t != null) {
            return t;
        }
        return firstDate("modified", Evidence.MICROFORMATS, attrs(doc.select(".h-entry .dt-updated")).toArray(String[]::new));
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

    private String pageText(String field) {
        JsonNode page = ld.page();
        return page == null ? "" : JsonLdReader.text(page.get(field));
    }

    private OffsetDateTime urlDate() {
        String path = pageUrl;
        try {
            path = URI.create(pageUrl.strip()).getPath();
        } catch (RuntimeException e) {
            // keep the raw string; the pattern only needs the slashes
        }
        if (path == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(path);
        if (!m.find()) {
            m = URL_DATE_COMPACT.matcher(path);
            if (!m.find()) {
                return null;
            }
        }
        return DateParser.parse(String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
    }

    private OffsetDateTime firstDate(String field, Evidence ev, String... raws) {
        for (String raw : raws) {
            OffsetDateTime t = DateParser.parse(raw);
            if (t != null) {
                return found(field, t, ev);
            }
        }
        return null;
    }

    private static List<String> attrs(Elements els) {
        List<String> out = new ArrayList<>();
        for (Element e : els) {
            for (String a : List.of("datetime", "content", "title")) {
                if (e.hasAttr(a)) {
                    out.add(e.attr(a));
                }
            }
            out.add(e.text());
        }
        return out;
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
