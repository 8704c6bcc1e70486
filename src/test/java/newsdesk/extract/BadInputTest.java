package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bad pages give a result with what was found and a reason; never an exception or a hang. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BadInputTest {

    @Test
    void emptyAndNullInputGiveAnEmptyResultWithAReason() {
        for (byte[] input : new byte[][] {null, new byte[0]}) {
            ExtractedArticle a = ArticleExtractor.extract(input, "https://x.example/a", null);
            assertThat(a.text()).isEmpty();
            assertThat(a.title()).isEmpty();
            assertThat(a.warnings()).anyMatch(w -> w.contains("empty"));
        }
    }

    @Test
    void binaryInputIsRecognisedAndNotParsed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};

        ExtractedArticle a = ArticleExtractor.extract(png, "https://x.example/image.png", null);

        assertThat(a.text()).isEmpty();
        assertThat(a.outlet()).isEqualTo("x.example");
        assertThat(a.warnings()).anyMatch(w -> w.contains("binary"));
    }

    @Test
    void truncatedPageKeepsWhatArrivedAndSaysItMayBeCut() {
        byte[] whole = Fixtures.bytes("jsonld-graph-with-person-author.html");
        String s = new String(whole, StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, s.indexOf("Regular passengers") + 40);

        ExtractedArticle a = ArticleExtractor.extract(cut, "https://courier.example/news/2024/harbour-ferry-returns", null);

        assertThat(a.title()).isEqualTo("Harbour ferry returns after winter repairs");
        assertThat(a.authors()).containsExactly("Ann Okafor");
        assertThat(a.text()).contains("three months in the dry dock");
        assertThat(a.warnings()).anyMatch(w -> w.contains("truncated"));
    }

    @Test
    void plainTextIsReadAsParagraphsWithAReason() {
        byte[] text = "First paragraph of a plain note.\n\nSecond paragraph, no markup at all.\n"
                .getBytes(StandardCharsets.UTF_8);

        ExtractedArticle a = ArticleExtractor.extract(text, null, "text/plain");

        assertThat(a.blocks()).extracting(TextBlock::text)
                .containsExactly("First paragraph of a plain note.", "Second paragraph, no markup at all.");
        assertThat(a.warnings()).anyMatch(w -> w.contains("no HTML markup"));
    }

    @Test
    void jsonInsteadOfHtmlGivesNoArticleButNoException() {
        byte[] json = "{\"error\": \"not found\", \"status\": 404}".getBytes(StandardCharsets.UTF_8);

        ExtractedArticle a = ArticleExtractor.extract(json, "https://api.example/v1/x", "application/json");

        assertThat(a.title()).isEmpty();
        assertThat(a.warnings()).isNotEmpty();
    }

    @Test
    void twentyMegabytePageIsCutToABoundAndStillGivesTheArticle() {
        StringBuilder b = new StringBuilder(21 * 1024 * 1024);
        b.append("<html><head><title>Big page</title><meta property=\"og:site_name\" content=\"Big Outlet\"></head><body>");
        b.append("<article><h1>Big page</h1><p>This is the opening paragraph of a very large page, long enough to count as text, with commas, too.</p></article>");
        String filler = "<div class=\"item\"><a href=\"/x\">link</a> filler words here and there</div>\n";
        while (b.length() < 20 * 1024 * 1024) {
            b.append(filler);
        }
        b.append("</body></html>");

        ExtractedArticle a = ArticleExtractor.extract(b.toString().getBytes(StandardCharsets.UTF_8), "https://big.example/", null);

        assertThat(a.title()).isEqualTo("Big page");
        assertThat(a.outlet()).isEqualTo("Big Outlet");
        assertThat(a.warnings()).anyMatch(w -> w.contains("only the first"));
    }

    @Test
    void aCaptionOfAHundredThousandDashesIsNoCaption() {
        String page = "<html><head><meta property=\"og:image\" content=\"https://x.example/a.jpg\"></head><body>"
                + "<figure><img src=\"https://x.example/a.jpg\"><figcaption>" + "- ".repeat(100_000) + "x</figcaption></figure>"
                + "<p>One paragraph of text that is long enough to be the article, with commas, and more words.</p></body></html>";

        ExtractedArticle a = ArticleExtractor.extract(page.getBytes(StandardCharsets.UTF_8), "https://x.example/", null);

        assertThat(a.leadImage()).get().extracting(LeadImage::caption).isEqualTo("");
    }

    @Test
    void tenThousandLevelsOfNestingAreFlattenedNotRecursedInto() {
        StringBuilder b = new StringBuilder("<html><head><title>Deep</title></head><body>");
        b.append("<div><span>".repeat(5000));
        b.append("<p>Text at the very bottom of a page nested ten thousand levels deep, which must still come out.</p>");
        b.append("</span></div>".repeat(5000));
        b.append("</body></html>");

        ExtractedArticle a = ArticleExtractor.extract(b.toString().getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(a.title()).isEqualTo("Deep");
        assertThat(a.text()).contains("Text at the very bottom");
        assertThat(a.warnings()).anyMatch(w -> w.contains("nested"));
    }

    @Test
    void gzippedBytesAreUnpacked() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(Fixtures.bytes("share-bar-and-related-links.html"));
        }

        ExtractedArticle a = ArticleExtractor.extract(out.toByteArray(), null, null);

        assertThat(a.title()).isEqualTo("City library extends opening hours");
    }

    @Test
    void brokenJsonLdIsIgnoredAndTheMetaTagsAreUsed() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<meta property=\"og:title\" content=\"Meta headline wins\"></head><body><p>Short.</p></body></html>";

        ExtractedArticle a = ArticleExtractor.extract(page.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(a.title()).isEqualTo("Meta headline wins");
        assertThat(a.sources()).containsEntry("title", Evidence.META);
    }
}
