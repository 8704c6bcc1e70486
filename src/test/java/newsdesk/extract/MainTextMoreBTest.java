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
}
