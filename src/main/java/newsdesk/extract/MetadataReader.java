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
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Reads the article's metadata from JSON-LD, meta tags, microdata, microformats and the DOM, best first. */
final class MetadataReader {

    /** Class words of site chrome: related links, comments, sidebars, footers, teasers. */
    /**
     * A layout's name for the wrapper of the content and the sidebar beside it ("content-sidebar-wrap" in Genesis
     * themes, "sidebar-content", "has-sidebar", "with-sidebar"): the article is inside it, not in the sidebar.
     */
    private static final Pattern LAYOUT_TOKEN = Pattern.compile(
            "(?i)content[-_]sidebar|sidebar[-_]content|(?:^|[-_])(?:has|with)[-_]sidebar");
    static final Pattern CHROME_WORD = Pattern.compile("(?i)related|comment|sidebar|footer|teaser");
    private static final Pattern CHROME_TOKEN = Pattern.compile(
            "(?i)(?:^|[-_])(?:related|comments?|sidebar|footer|teaser)(?:$|[-_]|s\\b)");

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
        if (!v.isEmpty() && !PLATFORMS.contains(v.toLowerCase(Locale.ROOT))) {
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
        v = TitleCleaner.siteName(doc.title(), host, this::namesTheSite);
        if (!v.isEmpty()) {
            return found("outlet", v, Evidence.DOM);
        }
        return host.isEmpty() ? "" : found("outlet", host, Evidence.URL);
    }

    /** Blogging platforms that name themselves as every blog's publisher ("Blogger" in Blogspot's JSON-LD). */
    private static final java.util.Set<String> PLATFORMS = java.util.Set.of("blogger", "blogspot", "wordpress",
            "wordpress.com", "wix", "wix.com", "squarespace", "weebly", "tumblr");

    /** Whether the page calls itself by the name elsewhere: the link home's words or title, its logo's alt, a feed's title. */
    private boolean namesTheSite(String name) {
        String k = Text.key(name);
        if (k.length() < 3) {
            return false;
        }
        for (Element link : doc.select("link[rel~=(?i)alternate][title]")) {
            String t = Text.key(link.attr("title"));
            if (t.startsWith(k) && link.attr("type").toLowerCase(Locale.ROOT).matches(".*(?:rss|atom).*")) {
                return true;
            }
        }
        Element body = doc.body();
        if (body == null) {
            return false;
        }
        int seen = 0;
        for (Element a : body.select("a[href]")) {
            if (++seen > 80) {
                break;
            }
            String href = a.attr("href").strip();
            if (!href.equals("/") && !href.equals("./") && !href.matches("(?i)https?://[^/]+/?")) {
                continue;
            }
            Element logo = a.selectFirst("img[alt]");
            if (Text.key(a.text()).equals(k) || Text.key(a.attr("title")).equals(k)
                    || logo != null && Text.key(logo.attr("alt")).equals(k)) {
                return true;
            }
        }
        return false;
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
        List<Supplier<Named>> sourcesInOrder = List.of(
                () -> {
                    if (article == null) {
                        return Named.NONE;
                    }
                    Named a = people(ld.people(article.get("author")), outlet);
                    if (!a.names().isEmpty()) {
                        return a;
                    }
                    Named c = people(ld.people(article.get("creator")), outlet);
                    return new Named(c.names(), a.desks().isEmpty() ? c.desks() : a.desks());
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
        List<String> desks = List.of();
        Evidence deskEvidence = null;
        for (int i = 0; i < sourcesInOrder.size(); i++) {
            Named named = sourcesInOrder.get(i).get();
            List<String> names = named.names();
            if (deskEvidence == null && !named.desks().isEmpty()) {
                desks = named.desks();
                deskEvidence = evidence.get(i);
            }
            if (names.isEmpty()) {
                continue;
            }
            if (!namesOnlyOutlet(names, outlet)) {
                if (i < sourcesInOrder.size() - 1 && names.stream().noneMatch(n -> n.contains(" "))) {
                    // A login ("KatieS", "jroe") is the CMS account that posted the page; a full name in the
                    // byline the reader sees is the writer.
                    // The theme's byline may show the login too: pass over it to a "By Jane Roe" line in the text.
                    List<String> shown = people(Bylines.find(doc.body(), n -> isOutlet(n, outlet) || looksLikeLogin(n)), outlet).names();
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
            // One organisation is one name: "Hale & Ward" is not two people to split at the ampersand.
            List<String> names = ld.organisations(article.get("author")).stream().map(Text::squash)
                    .filter(n -> !n.isEmpty() && n.length() <= 120).distinct().toList();
            if (!names.isEmpty()) {
                return found("authors", names, Evidence.JSON_LD);
            }
        }
        // "News Desk", "Staff": what the page credits, when it names no one
        if (deskEvidence != null) {
            return found("authors", desks, deskEvidence);
        }
        List<String> owner = Bylines.siteOwner(doc, outlet, host(pageUrl), organisationPublisher());
        return owner.isEmpty() ? List.of() : found("authors", owner, Evidence.DOM);
    }

    /** A source's cleaned names, and the desk credits ("Staff") it gave when it named no one. */
    private record Named(List<String> names, List<String> desks) {
        static final Named NONE = new Named(List.of(), List.of());
    }

    private static final java.util.Set<String> ORGANISATION_TYPES = java.util.Set.of("organization",
            "newsmediaorganization", "corporation", "onlinebusiness", "localbusiness", "ngo", "educationalorganization");

    /** The name of the article's publisher when the JSON-LD says it is an organisation (Rolling Stone), else "". */
    private String organisationPublisher() {
        JsonNode pub = article == null ? null : ld.resolve(article.get("publisher"));
        if (pub != null && pub.isArray() && !pub.isEmpty()) {
            pub = ld.resolve(pub.get(0));
        }
        return pub != null && pub.isObject() && JsonLdReader.hasType(pub, ORGANISATION_TYPES) ? JsonLdReader.text(pub) : "";
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

    /** Without the elements that name a reviewer or an editor rather than the writer, or a commenter. */
    private static Elements writers(Elements els) {
        Elements out = new Elements();
        for (Element e : els) {
            Element marked = e.hasAttr("itemprop") && !e.attr("itemprop").equals("author") ? e.closest("[itemprop=author]") : e;
            if (!Bylines.otherRole(marked == null ? e : marked) && !Bylines.aboutOtherContent(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Cleaned names; the outlet itself, which pages name beside people, only when it is the sole author. */
    private Named people(List<String> raws, String outlet) {
        List<String> all = AuthorNames.clean(raws);
        all.replaceAll(n -> AuthorNames.withoutTitle(n, w -> outletWord(w, outlet)));
        if (all.isEmpty()) {
            return new Named(all, AuthorNames.desks(raws));
        }
        List<String> out = new ArrayList<>();
        for (String name : all) {
            if (!isOutlet(name, outlet)) {
                out.add(name);
            }
        }
        return new Named(out.isEmpty() ? all : out, List.of());
    }

    /** An account's name, not one a person signs with: "sentineladmin", "jroe", "user_42" (but "Mazi" is a pen name). */
    private static boolean looksLikeLogin(String name) {
        return !name.contains(" ") && (name.chars().noneMatch(Character::isUpperCase) || name.chars().anyMatch(Character::isDigit)
                || name.contains("_") || name.toLowerCase(Locale.ROOT).contains("admin"));
    }

    /** A word of the outlet's name or of its host's ("Courier" of the Millbrook Daily Courier, "Clarion-Record"). */
    private boolean outletWord(String word, String outlet) {
        String k = Text.key(word);
        return k.length() >= 4 && (Text.key(outlet).contains(k) || Text.key(host(pageUrl)).contains(k));
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
        String hostKey = Text.key(Text.withoutSuffix(host));
        if (k.equals(Text.key(outlet)) || k.equals(hostKey) || k.equals(Text.key(host))) {
            return true;
        }
        // The host's last label before the suffix: "healthacme" for health.acme.org is "acme".
        String site = Text.withoutSuffix(host);
        site = site.substring(site.lastIndexOf('.') + 1);
        return k.length() >= 4 && k.equals(Text.key(site));
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
    static boolean inChrome(Element e) {
        return inChrome(e, false);
    }

    /** The same, where a {@code <footer>} inside an {@code <article>} is the article's own (dates sit there). */
    static boolean inChrome(Element e, boolean articleFooterIsArticle) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return false;
            }
            if (tag.equals("nav") || tag.equals("aside")
                    || tag.equals("footer") && !(articleFooterIsArticle && insideArticle(a))) {
                return true;
            }
            String cls = a.attr("class");
            if (!cls.isEmpty() && CHROME_WORD.matcher(cls).find()) {
                for (String token : cls.split("\\s+")) {
                    if (!token.startsWith("no-") && token.indexOf(':') < 0 && CHROME_TOKEN.matcher(token).find()
                            && !LAYOUT_TOKEN.matcher(token).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean insideArticle(Element footer) {
        Element p = footer.parent();
        return p != null && p.closest("article") != null;
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
