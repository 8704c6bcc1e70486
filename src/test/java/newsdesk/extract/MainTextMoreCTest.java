package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** More traps for the main-text heuristics, each rebuilt in our own words from a pattern seen on real pages. */
class MainTextMoreCTest {

    @Test
    void aFooterOfLegalProseDoesNotPullTheTextUpToTheWholePage() {
        ExtractedArticle a = Fixtures.extract("text-in-blocks-over-a-footer-of-legal-prose.html",
                "https://greenleaf.example/garden/balcony-herbs");

        // the text's three blocks are still taken together
        assertThat(a.text()).contains("A balcony of a few square metres", "Mint spreads by runners",
                "Pick often and from the top");
        // the footer's notices are not
        assertThat(a.text()).doesNotContain("trading name", "general information only", "You are leaving this website",
                "All rights reserved");
    }

    @Test
    void aSourcesLineSetInAHeadingEndsTheTextWhileABareTrailingHeadingGoes() {
        ExtractedArticle a = Fixtures.extract("sources-line-set-in-a-heading.html", "https://eyes.example/reading-glasses");

        assertThat(a.blocks()).last().extracting(TextBlock::text).asString().startsWith("Sources: Presbyopia");
        assertThat(a.text()).doesNotContain("More eye care guides");
    }

    @Test
    void cardsForTheSitesServicesAfterAShortReportAreNotItsText() {
        ExtractedArticle a = Fixtures.extract("short-report-over-service-cards.html",
                "https://advisers.example/reports/packaging-spring-2025");

        assertThat(a.text()).contains("Deal volume in packaging rose", "several family-owned carton makers")
                .doesNotContain("Independent advice on buying", "Valuations for financial reporting",
                        "Help for lenders and boards");
    }

    @Test
    void aShortListingMadeOfLinkedCardsKeepsTheCards() {
        ExtractedArticle a = Fixtures.extract("listing-page-of-linked-course-cards.html",
                "https://library.example/evening-courses");

        assertThat(a.text()).contains("Eight sessions on washes", "Ten sessions of speaking practice",
                "Six sessions on fixing punctures");
    }

    @Test
    void aListiclesLinkedTitlesOverTwoRatingLinesAreItsWords() {
        ExtractedArticle a = Fixtures.extract("listicle-titles-over-rating-lines.html",
                "https://city.example/guides/piano-teachers");

        assertThat(a.blocks()).extracting(TextBlock::text)
                .contains("1. Harmony Keys Studio", "2. Ivory Lane Music", "3. Northern Piano School")
                .doesNotContain("Buying a first piano", "Practice plans for busy adults");
    }

    @Test
    void aListiclesLinkedTitleOverALeadInToItsListIsItsTitle() {
        ExtractedArticle a = Fixtures.extract("listicle-items-opening-with-a-lead-in-to-a-list.html",
                "https://reviews.example/sewing-machines");

        assertThat(a.blocks()).extracting(TextBlock::text)
                .contains("1. Stitchwell 100", "2. Homeline S2", "3. Tailor Mini")
                .doesNotContain("Stitchwell 100 deals", "Homeline S2 deals", "Tailor Mini deals");
    }

    @Test
    void aListiclesLinkedTitlesOverItemsLaidOutInTablesAreItsTitles() {
        ExtractedArticle a = Fixtures.extract("listicle-items-described-in-tables.html",
                "https://garden.example/north-wall-climbers");

        assertThat(a.blocks()).extracting(TextBlock::text)
                .contains("1. CLIMBING HYDRANGEA", "2. WINTER JASMINE", "3. BOSTON IVY")
                .doesNotContain("Climbing hydrangea plugs", "Winter jasmine in a 2 litre pot", "Boston ivy in a 3 litre pot");
    }

    @Test
    void whollyLinkedTitlesInARunOfPartlyLinkedItemsAreTitlesWhereverTheyStand() {
        ExtractedArticle a = Fixtures.extract("listicle-titles-partly-and-wholly-linked.html",
                "https://food.example/cooking-podcasts");

        assertThat(a.blocks()).extracting(TextBlock::text).contains("Salt Hour Weekly", "Street Eats Radio", "Pantry Notes");
    }

    @Test
    void teasersAfterAStoryWithOneLinkedSubheadAreNotItsItems() {
        ExtractedArticle a = Fixtures.extract("subheads-with-a-link-over-teasers-after-the-story.html",
                "https://news.example/stories/volunteer-buses");

        assertThat(a.blocks()).extracting(TextBlock::text).contains("How the council helped", "Who drives")
                .doesNotContain("The island that bought its ferry", "Saving the last village shop",
                        "The repair café with a waiting list");
    }

    @Test
    void aShortReleasePostKeepsItsFeatureCardsWhenNothingNamesThemTeasers() {
        ExtractedArticle a = Fixtures.extract("release-post-over-linked-feature-cards.html", null);

        assertThat(a.text()).contains("Set a schedule once and Ledgerly sends polite reminders",
                "Hold and report balances in up to twelve currencies");
    }

    @Test
    void relatedHeadlinesOverADateAndABylineAreNotAListiclesItems() {
        ExtractedArticle a = Fixtures.extract("brief-over-related-headlines-with-dates-and-bylines.html", null);

        assertThat(a.text()).doesNotContain("School board delays vote on later start times",
                "University plans 900 new student rooms near the station");
    }

    @Test
    void aLongSignUpPitchSetAsTheLastHeadingStillGoes() {
        ExtractedArticle a = Fixtures.extract("long-sign-up-pitch-set-as-a-heading.html", null);

        assertThat(a.text()).endsWith("can be used until the end of next month.").doesNotContain("Want more stories like this?");
    }

    @Test
    void theSitesOwnSeriesAfterPartlyLinkedSectionsIsNotOneOfTheirItems() {
        ExtractedArticle a = Fixtures.extract("partly-linked-sections-then-the-sites-series.html", null);

        assertThat(a.text()).doesNotContain("Can buses save the market town?", "The libraries that became town halls");
    }
}
