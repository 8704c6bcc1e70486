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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            stories-you-might-like-announced-by-a-sentence.html | The levy will appear on property tax bills | Downtown bridge to close for three weeks
            social-profiles-announced-by-a-sentence.html | The levy will appear on property tax bills | Twitter: @examplenews
            sponsors-listed-after-a-sentence.html | The levy will appear on property tax bills | First Community Bank
            share-and-follow-labels-over-nested-links.html | YouTube TV | Twitter
            """)
    void aSentenceOrLabelAnnouncingLinksAwayDoesNotKeepThem(String page, String kept, String dropped) {
        // other stories, the site's profiles, sponsors and share buttons after a colon end an article; only a list
        // with more of the text after it is the text's own
        ExtractedArticle a = Fixtures.extract(page, null);

        assertThat(a.text()).contains(kept).doesNotContain(dropped);
    }

    @Test
    void aTableOfContentsAnnouncedByASentenceIsNotKept() {
        ExtractedArticle a = Fixtures.extract("contents-announced-by-a-sentence.html", null);

        // each subhead once, as the heading it is, not also as an entry of the contents list
        assertThat(a.blocks()).filteredOn(b -> b.text().equals("Scanning images for unused files")).hasSize(1);
    }

    @Test
    void aTooltipsTriggerWordsStayInTheSentence() {
        ExtractedArticle a = Fixtures.extract("tooltips-on-the-sentences-own-words.html", null);

        assertThat(a.text()).contains("the twelve members of the Federal Open Market Committee",
                "benchmark ten-year Treasury note issued by the government", "before the end of the year, down from three")
                .doesNotContain("Based on the median");
    }

    @Test
    void anEmptyAnchorInsideAJapaneseNameDoesNotSplitIt() {
        ExtractedArticle a = Fixtures.extract("empty-anchor-inside-a-japanese-name.html", null);

        assertThat(a.text()).contains("東京タワー");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            own-coverage-list-announced-mid-story.html | Residents who need help can call the county's flood hotline | Evacuation orders issued for low-lying Harlan neighborhoods
            podcast-apps-announced-by-a-sentence.html | Strahan said the cause was under investigation | Apple Podcasts
            roundup-ending-with-more-guides-and-a-disclosure.html | the Ninja and Oster got surprisingly close | The best air fryers
            podcast-listicle-with-the-sites-own-show.html | Our own weekly podcast about what our editors are cooking | Listen to The Simmer Show
            newsletter-module-header-beside-a-fact-box.html | By the numbers | Start your day with the Metro Briefing
            old-page-copyright-in-a-named-anchor.html | Farmers will be able to deliver grain | Copyright 2026 Hartsville Herald
            tooltip-boxes-around-glossary-terms.html | your CTR, which tells you | Click-through rate is the share
            """)
    void furnitureInTheShapesOfTheDaysRulesStillGoes(String page, String kept, String dropped) {
        // the outlet's own stories and podcast apps after a colon, a run's promo for the site's show, a newsletter
        // box's labelled header, a footer in a bare anchor and a tooltip's note
        ExtractedArticle a = Fixtures.extract(page, null);

        assertThat(a.text()).contains(kept).doesNotContain(dropped);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            soft-paywall-line-over-short-paragraphs.html | We apologise for the distress caused | Jodie said she would be asking for her taxi fares back too.
            paywall-wording-shown-in-a-how-to.html | Subscribe to unlock this post and get every issue in your inbox | That is it. Your paywall is live.
            word-bookmarks-inside-numbers.html | $1.2 million | He must report to prison by Feb. 1.
            tooltip-note-in-a-data-attribute.html | no more than two inches wider than the old one | Do not fertilize for at least a month.
            tooltip-hooks-on-a-paragraph-and-a-section.html | What the figures mean for you | The statistics office will publish a revised estimate
            tooltip-host-clause-without-a-title.html | That is still three weeks longer than the national target set in 2019, officials said | which together account for most of the improvement
            tooltip-toggle-attribute-on-a-clause.html | That is still three weeks longer than the national target set in 2019, officials said | which together account for most of the improvement
            tooltipped-clause-with-an-aria-label.html | That is still three weeks longer than the national target set in 2019, officials said | which together account for most of the improvement
            game-guide-subhead-that-says-unlock.html | Unlock this story chapter early | She joins after a short talk.
            how-to-subhead-that-says-unlock-this-post.html | Unlock this post for everyone again | The password is removed at once.
            liveblog-labels-and-a-key-events-subhead.html | Key events | Our politics editor will summarise the key events
            """)
    void theArticlesOwnWordsInTheShapesOfTheDaysRulesStay(String page, String shown, String later) {
        // a soft paywall's story in short paragraphs, a how-to showing a wall's wording, numbers with a bookmark
        // inside, a tooltip's trigger or the text it is hooked to, a subhead that says "unlock", a live blog's
        // "Key events" subhead
        ExtractedArticle a = Fixtures.extract(page, null);

        assertThat(a.text()).contains(shown, later);
    }
}
