package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTextMoreHTest {

    @Test
    void aLabelAndItsValueStyledApartWithoutASpaceAreTwoWordsButAWordCutByMarkupStaysOne() {
        ExtractedArticle a = Fixtures.extract("label-and-value-styled-apart-without-a-space.html", null);

        assertThat(a.text()).contains("solid deal management Cons: thin marketing", "good audit trail Cons: dated",
                        "Signature The owner signs", "Export Keep a monthly export", "Prep Time 15 minutes")
                .doesNotContain("managementCons", "trailCons", "SignatureThe", "ExportKeep", "Time15")
                // a drop cap, a number, a subscript, a superscript and a word cut in its small letters stay whole
                .contains("We asked eleven", "about 1,200 calories", "Water is H2O", "12 m2;", "Vibram soles");
    }
}
