package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page saved to disk comes without its URL (`newsdesk extract --batch`): it is found in the page itself. */
class SavedPageTest {

    @Test
    void withoutAUrlTheCanonicalLinkResolvesRelativeLinksAndGivesTheDateInThePath() {
        ExtractedArticle a = ArticleExtractor.extract(Fixtures.bytes("saved-page-relative-links-canonical-only.html"), null, null);

        assertThat(a.canonicalUrl()).isEqualTo("https://valleygazette.example/2024/05/14/night-trains-return");
        assertThat(a.leadImage()).hasValueSatisfying(img ->
                assertThat(img.src()).isEqualTo("https://valleygazette.example/media/2024/05/sleeper-carriage.jpg"));
        assertThat(a.published()).hasValueSatisfying(d -> assertThat(d.toLocalDate()).hasToString("2024-05-14"));
        assertThat(a.title()).isEqualTo("Night trains return to the northern line");
    }

    @Test
    void aRelativeCanonicalLinkIsNoAddress() {
        String page = new String(Fixtures.bytes("saved-page-relative-links-canonical-only.html"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("https://valleygazette.example/2024/05/14/night-trains-return", "/2024/05/14/night-trains-return");

        ExtractedArticle a = ArticleExtractor.extract(page.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null);

        assertThat(a.leadImage()).hasValueSatisfying(img -> assertThat(img.src()).doesNotStartWith("https://valleygazette"));
        assertThat(a.text()).contains("sleeper carriages");
    }
}
