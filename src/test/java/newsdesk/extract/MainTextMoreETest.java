package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Traps for the main-text heuristics found by the first helper's review of the dev losses, in our own words. */
class MainTextMoreETest {

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

    @Test
    void aSubheadEndingWithAColonAnnouncesTheLinkedListUnderIt() {
        ExtractedArticle a = Fixtures.extract("supply-list-of-links-under-a-subhead-with-a-colon.html",
                "https://workbench.example/re-cane-a-chair-seat");

        // "What you'll need:" announces the linked supplies: they are the how-to's words
        assertThat(a.blocks()).extracting(TextBlock::text)
                .contains("Natural Cane, Medium", "Wooden Caning Pegs", "Bradawl", "Spray Bottle");
        assertThat(a.text()).contains("Dry cane snaps", "let the seat dry overnight");
        // "More on …:" points to other pages, and one linked item under a subhead is a pointer
        assertThat(a.text()).doesNotContain("Fixing a wobbly chair leg", "Weaving a rush seat",
                "The seven-step caning pattern, free printable");
    }

    @Test
    void aBareDurationIsAReadingTimeOnlyAboveTheTextOrUnderItsLabel() {
        ExtractedArticle recipe = Fixtures.extract("recipe-times-and-a-bare-reading-time.html",
                "https://smallkitchen.example/lentil-soup");

        // a recipe's times below its intro stay; the reading time above the text goes
        assertThat(recipe.blocks()).extracting(TextBlock::text).contains("Prep", "10 mins", "Cook", "25 mins")
                .doesNotContain("6 mins");

        ExtractedArticle post = Fixtures.extract("reading-time-label-over-its-value.html",
                "https://coursewise.example/blog/learning-record-store");

        // a "Reading time" label over its value goes with it, even below a standfirst
        assertThat(post.blocks()).extracting(TextBlock::text).doesNotContain("Reading time", "4 Minutes");
        assertThat(post.text()).contains("Every click a learner makes", "A learning record store keeps statements");
    }

    @Test
    void aParagraphThatIsAnUnrenderedTemplateTagGoes() {
        ExtractedArticle a = Fixtures.extract("unrendered-template-tags-between-paragraphs.html",
                "https://kilnandwheel.example/studio-energy-bill");

        assertThat(a.text()).contains("A half-empty kiln costs nearly as much", "Programmed slow cooling adds hours",
                "Re-coating the brick").doesNotContain("studio-insurance-banner", "mailing_form", "{{", "[mailing");
    }

    @Test
    void templateSyntaxATutorialShowsStays() {
        ExtractedArticle a = Fixtures.extract("template-syntax-taught-in-a-tutorial.html",
                "https://buildnotes.example/first-template");

        // in code, inside a sentence, or a bracketed note without attributes: the article's words
        assertThat(a.blocks()).extracting(TextBlock::text).contains("{{ page.title }}", "[Screenshot omitted]");
        assertThat(a.text()).contains("When the generator meets {{ page.title }} in a layout");
    }
}
