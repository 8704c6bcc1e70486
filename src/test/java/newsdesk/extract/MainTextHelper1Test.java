package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Traps for the main-text heuristics found by the first helper's review of the dev losses, in our own words. */
class MainTextHelper1Test {

    @Test
    void footnoteMarksAndPopupNotesLeaveTheSentenceWhole() {
        ExtractedArticle a = Fixtures.extract("footnote-marks-and-popup-notes-in-sentences.html",
                "https://valleyledger.example/2025/03/water-works");

        // a mark linking to its note, a script's popup mark and a note reference go, and the word before stays whole
        assertThat(a.text()).contains("lower bills and newer pipes to councils short of money",
                "the council clerk of the day talked the members out of it",
                "among the lowest in the county, and the reservoir");
        // the note the script pops up beside the word is not the sentence's
        assertThat(a.text()).doesNotContain("pipes1", "day2", "[3]", "She later wrote a short memoir");
    }

    @Test
    void superscriptsOfUnitsAndOrdinalsAndATooltipsTriggerStay() {
        ExtractedArticle a = Fixtures.extract("superscripts-that-are-part-of-the-text.html",
                "https://pottingshed.example/small-greenhouse-floor");

        assertThat(a.text()).contains("covers 6 m2, which", "14 m2 loses", "on the 1st of May", "by the 20th",
                "warm the roots, not the air");
    }
}
