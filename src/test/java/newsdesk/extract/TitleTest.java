package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The headline traps, one fixture page each. */
class TitleTest {

    @Test
    void aJsonLdHeadlineCutShortGivesWayToTheWholeMetaTitle() {
        ExtractedArticle a = Fixtures.extract("title-jsonld-headline-cut-short.html", "https://hillside.example/moving-friday");

        assertThat(a.title()).isEqualTo("Moving House Friday: Three Readers Ask How To Fit A Piano, Two Sofas And A Bicycle "
                + "Into One Small Van (And One Trick That Always Works)");
    }
}
