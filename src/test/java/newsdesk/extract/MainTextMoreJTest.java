package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTextMoreJTest {

    @Test
    void anInvitationToFollowTheSiteOnSocialNetworksIsNotTheText() {
        ExtractedArticle a = Fixtures.extract("social-follow-lines-after-a-travel-story.html", null);

        assertThat(a.text()).contains("The ferry from Oban takes forty-five minutes", "Day two: the west coast",
                        "bring a waterproof and a flask")
                .doesNotContain("Follow me on Instagram", "daily moment of travel inspiration", "Follow on social media",
                        "Follow The Slow Road", "Join me on TikTok", "@theslowroad", "Facebook | Instagram");
    }

    @Test
    void networksNamedInTheTextOrAHowTosStepStay() {
        ExtractedArticle a = Fixtures.extract("social-networks-named-in-a-marketing-how-to.html", null);

        assertThat(a.text()).contains("Instagram | TikTok | Pinterest", "YouTube, TikTok, X",
                "Follow Industry Leaders on LinkedIn", "Follow brands on Instagram and save the posts you like.",
                "Follow us on TikTok", "You can follow us on Instagram, where we post",
                "Connect with Elizabeth on Instagram");
    }

    @Test
    void aTableOfContentsToggleAndJumpButtonsAreNotTheText() {
        ExtractedArticle a = Fixtures.extract("contents-toggle-and-jump-buttons-on-a-review.html", null);

        assertThat(a.text()).contains("Our top pick: the Stagg EKG", "For a first kettle it is hard to beat.",
                        "How we tested")
                .doesNotContain("Table of Contents Show", "Jump to Review");
    }

    @Test
    void contentsAndJumpingWrittenAboutInSentencesStay() {
        ExtractedArticle a = Fixtures.extract("jump-and-contents-words-in-a-how-to.html", null);

        assertThat(a.text()).contains("Click Table of Contents, then Show to display it",
                "Readers can jump to the review of last year's figures",
                "Jump to the review section first if your manager only reads the summary.");
    }

    @Test
    void theLeadPicturesCreditAndAStockLicenceNoteAtTheFootAreNotTheText() {
        ExtractedArticle a = Fixtures.extract("featured-image-credit-at-the-foot-of-a-post.html", null);

        assertThat(a.text()).contains("A sharp, solvent smell from your starter", "Two or three feeds twelve hours apart")
                .doesNotContain("Featured image from Northfield Mill", "Image used under license from Shutterstock");
    }

    @Test
    void sentencesAboutFeaturedImagesAndLicencesStay() {
        ExtractedArticle a = Fixtures.extract("image-words-in-a-photography-how-to.html", null);

        assertThat(a.text()).contains("Featured image from your own camera roll is usually more honest",
                "An image used under a licence from a stock library may still need a credit line");
    }
}
