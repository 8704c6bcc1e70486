package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** News pages' own furniture printed as plain paragraphs: notices, asks and header lines around the story. */
class MainTextNewsTest {

    @Test
    void aWireStorysCopyrightCoverageAndStandardsLinesAreNotTheText() {
        ExtractedArticle a = Fixtures.extract("wire-copy-closing-notices-without-classes.html",
                "https://www.lakeshoretribune.com/news/dam-inspection-finds-cracks");

        assertThat(a.text()).contains("State engineers found cracks", "how to share the water.",
                        "Associated Press writer Tom Delancey contributed from Salem.")
                .doesNotContain("All rights reserved", "All Rights Reserved", "may not be published",
                        "Follow AP's coverage", "Our Standards", "Trust Principles");
        // the rule between the story and its notes stays where notes follow it, not left last
        assertThat(a.blocks().get(a.blocks().size() - 1).text())
                .isEqualTo("Associated Press writer Tom Delancey contributed from Salem.");
    }

    @Test
    void anExcerptsCopyrightNoteAndSentencesAboutCoverageOrStandardsStay() {
        ExtractedArticle a = Fixtures.extract("book-excerpt-and-standards-in-sentences.html",
                "https://northwindreview.com/excerpts/river-ran-backward");

        assertThat(a.text()).contains("Our standards: we checked every date",
                "Read more of the author's coverage of the quake's survivors",
                "Excerpted from The River That Ran Backward by Helen Marsh. Copyright © 2024 by Helen Marsh.");
    }

    @Test
    void theOutletsAppealsForMoneyTipsAndLettersAreNotTheText() {
        ExtractedArticle a = Fixtures.extract("reader-appeal-boxes-in-a-news-story.html",
                "https://basinledger.com/2025/04/08/county-buys-flood-prone-homes");

        assertThat(a.text()).contains("Marlow County will buy 23 homes", "Nobody wants to leave a street",
                        "About a dozen owners", "finish demolition by the end of next year",
                        "Nora Ellery covers Marlow County")
                // a donate button's box, a member link in a box's sentence, a tip box under a bold question, a letters
                // box writing to the outlet's own address, a sign-up box whose button says only "Go", and the plain
                // appeal lines
                .doesNotContain("Local news needs you", "paid for by readers", "Donate now", "Reporting like this takes time",
                        "Become a member", "Know something we should", "Send us a tip", "Write to us", "Letters of up to 200",
                        "The morning flood report", "River levels and closures", "stories like this one",
                        "Support local journalism");
    }

    @Test
    void aStoryAboutAFundraiserKeepsItsHowToHelpAndDonateWords() {
        ExtractedArticle a = Fixtures.extract("story-about-a-fundraiser-with-donate-links.html",
                "https://basinledger.com/2025/03/20/church-raises-40000");

        // the box's button opens a charity's site, "donate" inside a sentence is the story's, reported speech stays,
        // and an address under a heading that invites no one to write is a contact
        assertThat(a.text()).contains("How to help", "Gifts can be made through the church's fund",
                "Residents can also donate clothing", "Give what you can, the pastor told the congregation",
                "Media contact", "photos@basinledger.com", "electrical fault in the garage");
    }

    @Test
    void aNewsHeadersStampsAudioLabelAndSeparatorAreNotTheText() {
        ExtractedArticle a = Fixtures.extract("news-header-stamps-above-the-first-paragraph.html",
                "https://www.desertbizweekly.com/news/2025/03/03/chip-plant-expansion-stalls");

        assertThat(a.blocks().get(0).text()).startsWith("A planned expansion of the Corvalis Microdevices plant");
        assertThat(a.text()).doesNotContain("Updated Mar 3, 2025", "Listen to this article", "4 min");
    }

    @Test
    void aDateAndTimeLineOnTheDayTheMetadataStatesIsTheStoriesStamp() {
        ExtractedArticle a = Fixtures.extract("news-time-stamp-on-the-stated-day.html",
                "https://www.tricountyrecord.com/news/hospital-to-close-maternity-unit");

        assertThat(a.blocks().get(0).text()).startsWith("Expectant mothers in Greer County");
        assertThat(a.text()).doesNotContain("12:40 p.m.");
    }

    @Test
    void anEventsDateAndTimeAndANoteAboutThePostStay() {
        ExtractedArticle a = Fixtures.extract("event-time-and-update-note-above-the-text.html",
                "https://eastsidegrowers.com/events/spring-plant-sale");

        // another day than the stated publication, and a sentence that names its date
        assertThat(a.text()).contains("Saturday, April 12, 2025 at 10 a.m.",
                "Originally posted March 2, 2025 at 9:15 a.m. and revised with the parking details.",
                "Our volunteers have raised more than four hundred seedlings");
    }

    @Test
    void aLiveBlogsSummaryBoxAboveItsEntriesIsTheText() {
        ExtractedArticle a = Fixtures.extract("live-blog-with-a-summary-box-above-the-entries.html",
                "https://www.valleycourier.com/news/live-heat-wave");

        assertThat(a.text()).contains("The latest", "Temperatures reached 112 degrees at the airport, a record",
                "Cooling centers at six libraries", "Record broken at the airport", "shade break every two hours");
    }

    @Test
    void aContentsBoxAndARailOfLinkedHeadlinesAboveAStoryAreNot() {
        ExtractedArticle a = Fixtures.extract("contents-and-headline-list-above-a-story.html",
                "https://www.riverpost.com/news/old-bridge");

        assertThat(a.text()).contains("State engineers closed the Water Street bridge", "A replacement had already")
                .doesNotContain("In this story", "How long the detour will last", "Top stories",
                        "School board names interim superintendent");
    }

    @Test
    void aLonePromoCardsKickerGoesWithItsHeadline() {
        ExtractedArticle a = Fixtures.extract("lone-promo-card-with-a-kicker-between-paragraphs.html",
                "https://www.knrd.org/agriculture/2025-05-10/apple-harvest");

        assertThat(a.blocks()).extracting(TextBlock::text).doesNotContain("Agriculture");
        // a label over a link out of the site, and a lead-in to a link inside one line, stay
        assertThat(a.text()).contains("The state agriculture department said", "Website",
                "Learn more about how orchards protect their blossoms", "Quist said she expects");
    }

    @Test
    void aBylineWithTheWritersRoleAboveTheTextIsNotTheText() {
        ExtractedArticle a = Fixtures.extract("byline-with-role-as-the-first-paragraph.html",
                "https://baysentinel.com/2025/11/08/names-added-to-memorial");

        assertThat(a.blocks().get(0).text()).startsWith("When the harbor's veterans memorial was dedicated");
        assertThat(a.text()).doesNotContain("Special to the Bay Sentinel")
                .contains("By Thursday, Staff Sergeant Ruiz said, the last panel will be in place.");
    }
}
