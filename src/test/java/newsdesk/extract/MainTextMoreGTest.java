package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Traps for the main-text heuristics found by helper 3, each rebuilt in our own words from a pattern on real pages. */
class MainTextMoreGTest {

    @Test
    void anIntroInItsOwnBoxBesideAClasslessWrapperJoinsTheText() {
        ExtractedArticle a = Fixtures.extract("review-intro-boxed-beside-a-classless-wrapper.html",
                "https://kitchenlab.example/reviews/best-kettles");

        assertThat(a.text()).contains("We bought eleven electric kettles", "The Brightwater Classic came out on top",
                "boiled a litre of water in just under three minutes", "Every kettle was filled to its maximum line")
                .doesNotContain("Jump to review", "reader-supported");
    }

    @Test
    void teasersOfTheSameClassBesideAClasslessWrapperStayOut() {
        ExtractedArticle a = Fixtures.extract("article-in-classless-wrapper-over-teasers-of-the-same-class.html",
                "https://theloaf.example/baking/acetone-smell");

        assertThat(a.text()).contains("A sharp smell of acetone", "throw the starter away and begin again")
                .doesNotContain("From the archive", "Going away for a fortnight");
    }

    @Test
    void callToActionBoxesAmongTheTextGo() {
        ExtractedArticle a = Fixtures.extract("call-to-action-boxes-among-the-text.html",
                "https://shiftwise.example/blog/onboard-seasonal-staff");

        assertThat(a.text()).contains("Every spring, garden centres", "Send new starters their contract",
                "A buddy who has worked a season before", "sit down with each starter",
                "Seasonal staff who feel prepared come back")
                // the demo box with its perks, and the button box named only by hashes
                .doesNotContain("Run your whole season", "Book a demo", "Rotas in minutes", "Pay without spreadsheets",
                        "Ready for your busiest season", "teams of five to five hundred");
    }

    @Test
    void askLinksInsideTheTextsOwnSectionsStay() {
        ExtractedArticle a = Fixtures.extract("ask-links-inside-the-texts-own-sections.html",
                "https://riverside-allotments.example/tenancy/changes");

        // a "contact us" inside a sentence, and a button after a section of prose, leave the section alone
        assertThat(a.text()).contains("How do I give up my plot?", "contact us and we will send you a form",
                "Can I share my plot?", "A co-worker can be added", "Sharing suits tenants who travel",
                "Deposits are returned within six weeks");
    }
}
