package newsdesk.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The clipper's engine: an article's metadata, main text and lead image from the bytes of one HTML page.
 * Pure and offline; never throws on bad input, but says what was wrong in {@link ExtractedArticle#warnings()}.
 */
public final class ArticleExtractor {

    /** Elements nested deeper than this are flattened by the parser, which bounds stack and time. */
    static final int MAX_DEPTH = 400;
    private static final int MIN_TEXT = 250;
    private static final Pattern MARKUP = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9-]*[\\s>/]|!--|!doctype)",
            Pattern.CASE_INSENSITIVE);

    private ArticleExtractor() {
    }

    /**
     * Extracts the article from one page.
     *
     * @param html        the page's bytes as fetched (gzip is undone); null or empty gives an empty result
     * @param pageUrl     the page's URL, used to resolve relative links; may be null
     * @param contentType the HTTP Content-Type header, for its charset; may be null
     * @return what was found, with a warning for each problem; never null
     */
    public static ExtractedArticle extract(byte[] html, String pageUrl, String contentType) {
        Draft d = new Draft(pageUrl == null ? "" : pageUrl.strip());
        try {
            run(html, contentType, d);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            d.warnings.add("extraction stopped early: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        return d.build();
    }

    private static void run(byte[] html, String contentType, Draft d) {
        PageDecoder.Decoded decoded = PageDecoder.decode(html, contentType, d.warnings);
        if (decoded.text() == null) {
            d.outlet = MetadataReader.host(d.pageUrl);
            return;
        }
        String text = decoded.text();
        if (text.isBlank()) {
            d.warnings.add("page holds only whitespace");
            return;
        }
        String head = text.length() > 65536 ? text.substring(0, 65536) : text;
        if (!MARKUP.matcher(head).find()) {
            d.warnings.add("no HTML markup found: read as plain text");
            plainText(text, d);
            return;
        }
        String tail = text.substring(Math.max(0, text.length() - 4096)).toLowerCase(java.util.Locale.ROOT);
        if (!tail.contains("</html") && !tail.contains("</body")) {
            d.warnings.add("page may be truncated: no closing </body> or </html>");
        }
        Document doc = parse(text, d.pageUrl);
        if (d.pageUrl.isEmpty()) {
            d.pageUrl = ownAddress(doc);
            doc.setBaseUri(d.pageUrl);
        }
        if (deepestLevel(doc) >= MAX_DEPTH - 2) {
            d.warnings.add("page is nested more than " + MAX_DEPTH + " levels deep: deeper elements were flattened");
        }
        MetadataReader meta = new MetadataReader(doc, d.pageUrl);
        d.sources = meta.sources;
        d.outlet = meta.outlet();
        d.title = meta.title(d.outlet);
        d.authors = meta.authors(d.outlet);
        d.modified = meta.modified();
        d.published = meta.published(d.modified);
        d.description = meta.description();
        d.language = meta.language();
        d.canonicalUrl = meta.canonicalUrl();
        d.leadImage = LeadImageFinder.find(doc, meta, d.title, d.outlet);
        JsonNode ldArticle = meta.jsonLdArticle();

        // The moments the metadata states (not a date read off the page's text): a header line showing one is a stamp.
        List<OffsetDateTime> stated = new ArrayList<>();
        Evidence publishedFrom = d.sources.get("published");
        if (d.published != null && publishedFrom != null && publishedFrom != Evidence.DOM && publishedFrom != Evidence.URL) {
            stated.add(d.published);
        }
        if (d.modified != null) {
            stated.add(d.modified);
        }
        List<TextBlock> blocks = ContentExtractor.extract(doc.body(), d.title, true, stated);
        Evidence textEvidence = Evidence.DOM;
        if (length(blocks) < MIN_TEXT) {
            List<TextBlock> retry = ContentExtractor.extract(parse(text, d.pageUrl).body(), d.title, false, stated);
            if (length(retry) > length(blocks) * 1.5 + 50) {
                d.warnings.add("main text was short: kept elements whose names looked like boilerplate");
                blocks = retry;
            }
        }
        String articleBody = ldArticle == null ? "" : JsonLdReader.text(ldArticle.get("articleBody"));
        if (length(blocks) < MIN_TEXT && articleBody.length() > length(blocks) * 1.5 + 50) {
            d.warnings.add("main text not found in the page's markup: taken from JSON-LD articleBody");
            blocks = paragraphs(ldArticle.get("articleBody").asText());
            textEvidence = Evidence.JSON_LD;
        }
        if (blocks.isEmpty()) {
            d.warnings.add("no main text found");
        } else {
            d.sources.put("text", textEvidence);
        }
        d.blocks = blocks;
    }

    /**
     * Without a URL from the caller (a saved page), the address the page gives itself: its canonical link,
     * og:url, or base href, when absolute. Relative links, the outlet's host and dates in the path need one.
     */
    private static String ownAddress(Document doc) {
        for (String[] where : new String[][] {{"link[rel~=(?i)^canonical$][href]", "href"},
                {"meta[property=og:url][content]", "content"}, {"base[href]", "href"}}) {
            Element e = doc.selectFirst(where[0]);
            String v = e == null ? "" : e.attr(where[1]).strip();
            if (v.regionMatches(true, 0, "http://", 0, 7) || v.regionMatches(true, 0, "https://", 0, 8)) {
                return v;
            }
        }
        return "";
    }

    static Document parse(String html, String pageUrl) {
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        return parser.parseInput(html, pageUrl);
    }

    private static int deepestLevel(Document doc) {
        int[] max = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                max[0] = Math.max(max[0], depth);
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, doc);
        return max[0];
    }

    private static void plainText(String text, Draft d) {
        d.blocks = paragraphs(text.length() > 500_000 ? text.substring(0, 500_000) : text);
        if (!d.blocks.isEmpty()) {
            d.sources.put("text", Evidence.DOM);
        }
    }

    private static List<TextBlock> paragraphs(String text) {
        List<TextBlock> out = new ArrayList<>();
        for (String para : text.split("\\r?\\n\\s*\\n|\\r?\\n")) {
            String t = Text.squash(para);
            if (!t.isEmpty()) {
                out.add(new TextBlock(TextBlock.Kind.PARAGRAPH, 0, t));
            }
        }
        return out;
    }

    private static int length(List<TextBlock> blocks) {
        int n = 0;
        for (TextBlock b : blocks) {
            n += b.text().length();
        }
        return n;
    }

    /** What has been found so far; built into a result even when extraction stops early. */
    private static final class Draft {
        String pageUrl;
        final List<String> warnings = new ArrayList<>();
        Map<String, Evidence> sources = new LinkedHashMap<>();
        String title = "";
        List<String> authors = List.of();
        String outlet = "";
        String canonicalUrl = "";
        String description = "";
        String language = "";
        OffsetDateTime published;
        OffsetDateTime modified;
        LeadImage leadImage;
        List<TextBlock> blocks = List.of();

        Draft(String pageUrl) {
            this.pageUrl = pageUrl;
            this.canonicalUrl = pageUrl;
        }

        ExtractedArticle build() {
            StringBuilder text = new StringBuilder();
            for (TextBlock b : blocks) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(b.text());
            }
            return new ExtractedArticle(nz(title), authors, nz(outlet), nz(canonicalUrl), nz(description),
                    nz(language), Optional.ofNullable(published), Optional.ofNullable(modified),
                    Optional.ofNullable(leadImage), blocks, text.toString(), sources, warnings);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
