package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** More traps for the main-text heuristics, each found on real pages and rebuilt here in our own words. */
class MainTextMoreBTest {

    @Test
    void textInsideABareAnchorIsTheArticlesWhileLinksAndScriptButtonsStayLinks() {
        ExtractedArticle a = Fixtures.extract("bare-anchor-around-text.html", null);

        assertThat(a.blocks()).extracting(TextBlock::text).contains("THE UPPER VALLEY", "THE LOWER VALLEY",
                "Black rye, baked slowly in a covered tin for most of a day, keeps for two weeks wrapped in a linen "
                        + "cloth and is sliced very thin and eaten with butter and coarse salt.");
        assertThat(a.text()).contains("Caraway rolls", "poppy seed")
                .doesNotContain("See price at the shop", "How to feed a sourdough starter", "Ten easy loaves");
    }

    @Test
    void aMailedNewsletterReadOnTheWebLosesItsLinesAboutItselfButNotASentenceAboutAMail() {
        ExtractedArticle a = Fixtures.extract("mailed-newsletter-web-copy.html", null);

        assertThat(a.text()).contains("The first hard frost arrived", "was this email forwarded to you by the committee",
                        "parsnips taste sweeter")
                .doesNotContain("not displaying correctly", "View it in your browser", "Was this newsletter forwarded");
    }

    @Test
    void theLabelOverButtonsThatSendThePageToAChatbotGoesButASentenceAskingForASummaryStays() {
        ExtractedArticle a = Fixtures.extract("chatbot-summary-buttons.html", null);

        assertThat(a.blocks()).extracting(TextBlock::text).doesNotContain("Summarize this article with:")
                .contains("Summarize this article with your group, then compare your summary with the headline and "
                        + "decide whether the headline was fair.");
        assertThat(a.text()).startsWith("Our town's weekly paper");
    }

    @Test
    void aPaywallsWallEndsTheFreePartWhileASentenceAboutPaywallsStays() {
        ExtractedArticle a = Fixtures.extract("paywall-wall-after-free-part.html", null);

        assertThat(a.text()).contains("ask readers to unlock this article with a single payment",
                        "earn the second visit rather than the click.")
                .doesNotContain("Become a paid subscriber", "Which three offers", "What is included", "monthly data letter");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            paywall-quoted-in-a-news-story.html | Unlock this article — plus a year | The Herald said it would keep obituaries
            paywall-prompts-shown-as-examples.html | Prompts longer than two lines also underperformed | Then test it against the default for a month
            free-post-with-a-plain-upgrade-line.html | The new shops that have opened in the city | A bookshop that sells candles is still a bookshop
            news-story-about-a-paid-newsletter.html | Her old editor, who asked not to be named | Nair said she planned to hire a part-time researcher
            newsletter-how-to-showing-the-mails-own-lines.html | View this email in your browser | Was this newsletter forwarded to you? Sign up here.
            newsletter-help-questions-and-answers.html | Was this newsletter forwarded to you? | Use the unsubscribe link at the bottom of any issue
            review-of-an-ai-summary-feature.html | Summarize with AI | Use the comparison tool freely
            """)
    void aStoryAboutPaywallsNewslettersAndSummariesKeepsTheLinesItShowsAndAllThatFollows(String page, String shown,
            String last) {
        // quoted, shown as an example or followed by more of the text: a wall's, a mail's or a button's words are
        // the story's, and nothing after them is cut
        ExtractedArticle a = Fixtures.extract(page, null);

        assertThat(a.text()).contains(shown, last);
    }

    @Test
    void bareAnchorsInARunOrWrappingAFooterAreStillLinks() {
        // a toolbar of a script's buttons and an old page's footer set in an <a name> are not the text
        ExtractedArticle toolbar = Fixtures.extract("toolbar-of-bare-id-anchors.html", null);
        ExtractedArticle footer = Fixtures.extract("old-page-footer-wrapped-in-a-named-anchor.html", null);

        assertThat(toolbar.text()).contains("Board president Linda Ochoa said")
                .doesNotContain("Print this article", "Email to a friend");
        assertThat(footer.text()).contains("glass-plate photographs").doesNotContain("Site updated January 2009");
    }
}
