package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Blog and newsletter templates: the furniture their themes print among and after the post. */
class MainTextBlogsTest {

    @Test
    void aClassicThemesFilingSentenceAndAFramedAdLabelAreNotTheText() {
        ExtractedArticle a = Fixtures.extract("classic-theme-filing-line-and-framed-ad-label.html",
                "https://marginsandmarginalia.example/2013/05/06/review-the-salt-orchard/");

        assertThat(a.text()).endsWith("My rating: 4/5")
                .contains("The writing about weather is the best thing here.")
                .doesNotContain("This entry was posted", "Bookmark the permalink", "Advertisement");
    }

    @Test
    void aPressReleasesEndMarkEndsItsText() {
        ExtractedArticle a = Fixtures.extract("press-release-end-mark-over-agency-boilerplate.html",
                "https://oes.hollowaycounty.example/news/cooling-shelters");

        assertThat(a.text()).endsWith("residents can sign up for heat alerts by text.")
                .doesNotContain("###", "coordinates the county's preparation", "Media contact", "Page last updated");
    }

    @Test
    void hashMarksBetweenAnEssaysSectionsAreABreakNotTheEnd() {
        ExtractedArticle a = Fixtures.extract("hash-marks-as-a-section-break-in-an-essay.html",
                "https://islandnotes.example/two-winters");

        assertThat(a.text()).contains("The second winter was different")
                .endsWith("which I have decided to think of as a feature.");
    }

    @Test
    void aNewslettersReferralBoxAndMailFooterAreNotTheText() {
        ExtractedArticle a = Fixtures.extract("newsletter-referral-box-and-mail-footer.html",
                "https://breaddrawer.example/p/why-your-sourdough-goes-flat");

        assertThat(a.text()).endsWith("I read every one.")
                .doesNotContain("Share The Bread Drawer", "referrals", "copy and paste this link", "unsubscribe");
    }

    @Test
    void aPlatformsHeaderCountsAndALabelWithoutItsValueAreNotTheText() {
        ExtractedArticle a = Fixtures.extract("platform-header-leaves-a-count-and-a-dangling-label.html",
                "https://blog.example/shipping-notes/why-i-stopped-using-feature-flags-for-everything-3b9f");

        assertThat(a.text()).doesNotContain("Published in", "87", "--")
                .contains("For two years every change on our team went out behind a flag.",
                        "Posted in the team channel, that rule caused a week of grumbling");
    }

    @Test
    void anEditorsCalloutAndToggleCardsAreTheTextButABookmarkCardIsNot() {
        ExtractedArticle a = Fixtures.extract("editors-callout-and-toggle-cards-among-the-text.html",
                "https://smallplates.example/every-dumpling-house-on-carver-street-ranked/");

        assertThat(a.blocks().get(0).text()).isEqualTo("All prices are per plate of eight and were checked in March.");
        assertThat(a.text()).contains("Did you pay for everything?", "Yes, every plate, and nobody knew")
                .doesNotContain("📋", "The best noodles downtown", "Our members get every review",
                        "New reviews go out every Thursday");
    }

    @Test
    void aFootnotesBackLinkGlyphIsNotTheNotesWords() {
        ExtractedArticle a = Fixtures.extract("footnote-back-links-after-the-notes.html",
                "https://kitchenledger.example/posts/moving-my-recipes/");

        assertThat(a.text()).contains("Markdown, with the ingredients as a list at the top.")
                .endsWith("About a tenth of the pictures came out sideways.")
                .doesNotContain("↩");
    }

    @Test
    void aMailedNewslettersLayoutTablesHoldParagraphsNotRows() {
        ExtractedArticle a = Fixtures.extract("mailed-newsletter-in-layout-tables.html",
                "https://us9.campaign-archive.com/?u=0a1b2c3d4e5f&id=9f8e7d6c5b");

        assertThat(a.blocks()).filteredOn(b -> b.text().startsWith("The felt on the shed roof finally gave up"))
                .extracting(TextBlock::kind).containsExactly(TextBlock.Kind.PARAGRAPH);
        assertThat(a.blocks()).filteredOn(b -> b.text().startsWith("With best wishes"))
                .extracting(TextBlock::kind).containsExactly(TextBlock.Kind.PARAGRAPH);
        // a table of data among them keeps its rows
        assertThat(a.blocks()).filteredOn(b -> b.text().startsWith("14 April"))
                .extracting(TextBlock::kind).containsExactly(TextBlock.Kind.TABLE_ROW);
    }
}
