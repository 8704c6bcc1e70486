package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** More traps for the main text, each found on real pages and rebuilt here in our own words. */
class MainTextMoreATest {

    @Test
    void anEmptySpanThatDrawsALineBreakSetsItsWordsApart() {
        ExtractedArticle a = Fixtures.extract("line-break-drawn-by-an-empty-span.html", null);

        assertThat(a.text()).contains("Calmer digestion Walking keeps", "after a late or heavy dinner. Less screen",
                "Less screen time Every twenty minutes")
                // a word cut by markup that holds letters, or where it may wrap, stays one word
                .contains("McDonald's run", "fewer YouTube clips", "nightly screentime fell")
                .doesNotContain("digestionWalking", "timeEvery");
    }

    @Test
    void linksListedUnderAnItemsLabelAreItsContentButNotUnderAPointerOrInAContentsList() {
        ExtractedArticle a = Fixtures.extract("links-listed-under-an-items-label.html", null);

        assertThat(a.blocks()).extracting(TextBlock::text).contains("Where to buy:", "Hardware Barn (Fiskars)",
                "Green Thumb Supply (Spear & Jackson)");
        assertThat(a.text()).doesNotContain("The best wheelbarrows", "How to sharpen", "Digging tools", "Cutting tools");
    }

    @Test
    void aListOfLinksThatASentenceAnnouncesWithAColonIsTheText() {
        ExtractedArticle a = Fixtures.extract("list-of-links-announced-by-a-sentence.html", null);

        assertThat(a.blocks()).extracting(TextBlock::text).contains(
                "Three patches were sent upstream for review this month:", "Add support for packed structs in the code generator", "Fix alignment of thread-local variables",
                "Emit debug info for closures");
        assertThat(a.blocks()).extracting(TextBlock::text).contains(
                "How packed structs broke our debugger by the Other Compiler team",
                "A field guide to thread-local alignment from Third Systems");
        // links no sentence announces, or one that points to other pages, are still a run of links; one linked line
        // after a sentence's colon is a button or a download
        assertThat(a.text()).doesNotContain("February progress report", "Why we are writing", "sponsors",
                "Backend timeline chart");
    }

    @Test
    void aTooltipsNoteOnAWordIsNotTheTextButAnIconsShortLabelIs() {
        ExtractedArticle a = Fixtures.extract("tooltip-note-on-a-word.html", null);

        assertThat(a.text()).contains("Organic traffic and keyword rankings tell less than they did")
                .doesNotContain("A keyword is what people type", "Learn more");
        assertThat(a.text()).contains("Made in the UK", "Gives back");
    }
}
