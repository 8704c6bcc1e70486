package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Helper 2's traps for the main-text heuristics, each rebuilt in our own words from a pattern seen on real pages. */
class MainTextMoreFTest {

    @Test
    void aStripOfExcerptsCutShortAfterAShortReleaseIsNotItsText() {
        ExtractedArticle a = Fixtures.extract("short-release-over-cut-teaser-excerpts.html",
                "https://gazette.example/front-page/2025/12/19/library-winter-reading-club/");

        assertThat(a.text()).contains("has opened registration for its winter reading club",
                "places are limited to twenty-five readers");
        assertThat(a.text()).doesNotContain("reduced timetable over the holidays", "REPAIRS TO THE ROOF",
                "won the annual harbour cup", "Front Page");
    }

    @Test
    void aColumnsLinesTrailingOffBetweenWholeSentencesStay() {
        ExtractedArticle a = Fixtures.extract("column-with-trailing-off-lines.html",
                "https://plotnotes.example/2025/03/seed-trays");

        assertThat(a.text()).contains("why it took me so long…", "went straight into the ground with the seedlings…",
                "did better than the ones in bought trays…", "a cracked tray too many");
    }

    @Test
    void aChecklistsItemsLinkedToReviewsStayBesideItsPlainItems() {
        ExtractedArticle a = Fixtures.extract("checklist-with-some-items-linked-to-reviews.html",
                "https://trailnotes.example/guides/day-hike-packing-list");

        assertThat(a.blocks()).extracting(TextBlock::text)
                .contains("Daypack", "Water bottle", "Compass", "Headlamp", "Foil blanket", "Rain cover for the pack",
                        "Blister plasters")
                .doesNotContain("Ten ridge walks for a first summer", "How to choose walking boots", "Home", "Gear");
    }

    @Test
    void buttonsAndPageNumbersInAListOfPlainItemsStillGo() {
        ExtractedArticle a = Fixtures.extract("reading-list-of-plain-items-beside-buttons.html",
                "https://readinglamp.example/slow-novels");

        assertThat(a.blocks()).extracting(TextBlock::text)
                .contains("Pages: 412", "Published by Harbour Press", "Published by Fenwick Books")
                .doesNotContain("Add to my reading list →", "Buy the paperback", "Go to the publisher", "2", "3");
    }

    @Test
    void aBareByLineBelowTheTextOpensTheWritersBox() {
        ExtractedArticle a = Fixtures.extract("post-ending-in-a-writers-box-with-a-linked-name.html",
                "https://eventsweekly.example/guides/community-swap-shop");

        assertThat(a.text()).contains("A swap shop asks very little", "people start asking when the next one is")
                .doesNotContain("Nora has written for Events Weekly");
        assertThat(a.blocks()).extracting(TextBlock::text).doesNotContain("By");
    }

    @Test
    void aCataloguesByFieldsAreItsEntries() {
        ExtractedArticle a = Fixtures.extract("catalogue-entries-with-by-fields.html",
                "https://languagecommons.example/welsh/open-materials");

        assertThat(a.blocks()).extracting(TextBlock::text)
                .contains("By:", "Eleri Morgan, Huw Jenkins", "Siân Price", "License: CC-BY-SA");
        assertThat(a.text()).contains("New entries are added every term");
    }
}
