package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Traps for the main-text heuristics found by helper 3, each rebuilt in our own words from a pattern on real pages. */
class MainTextHelper3Test {

    @Test
    void anIntroInItsOwnBoxBesideAClasslessWrapperJoinsTheText() {
        ExtractedArticle a = Fixtures.extract("review-intro-boxed-beside-a-classless-wrapper.html",
                "https://kitchenlab.example/reviews/best-kettles");

        assertThat(a.text()).contains("We bought eleven electric kettles", "The Brightwater Classic came out on top",
                "boiled a litre of water in just under three minutes", "Every kettle was filled to its maximum line")
                .doesNotContain("Jump to review", "reader-supported");
    }

    @Test
    void teasersOfTheSameClassBesideAClasslessWrapperStayOut() {
        ExtractedArticle a = Fixtures.extract("article-in-classless-wrapper-over-teasers-of-the-same-class.html",
                "https://theloaf.example/baking/acetone-smell");

        assertThat(a.text()).contains("A sharp smell of acetone", "throw the starter away and begin again")
                .doesNotContain("From the archive", "Going away for a fortnight");
    }
}
