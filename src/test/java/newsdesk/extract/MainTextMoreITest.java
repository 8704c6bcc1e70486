package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Traps for the main-text recall found by helper 1, each rebuilt in our own words from a pattern on real pages. */
class MainTextMoreITest {

    @Test
    void anFaqModuleBesideTheArticleModuleJoinsTheText() {
        ExtractedArticle a = Fixtures.extract("faq-module-beside-the-article-module.html",
                "https://greenway.example/blog/garden-pond-cost");

        assertThat(a.text()).contains("A garden pond is one of the most rewarding", "Running costs",
                        "clearing leaves and cutting back the marginal plants")
                .contains("Garden pond FAQs", "Do I need planning permission for a garden pond?",
                        "A pond in a private garden is normally permitted development",
                        "When is the best time to build a pond?", "before the first winter")
                .doesNotContain("Registered in England");
        // after the article, in its order
        assertThat(a.text().indexOf("Garden pond FAQs")).isGreaterThan(a.text().indexOf("Running costs"));
    }

    @Test
    void anFaqBoxOfLinksToHelpPagesAfterTheArticleStaysOut() {
        ExtractedArticle a = Fixtures.extract("faq-of-help-centre-links-after-the-article.html",
                "https://greenway.example/blog/garden-pond-cost");

        assertThat(a.text()).contains("A garden pond is one of the most rewarding",
                        "clearing leaves and cutting back the marginal plants")
                .doesNotContain("Help centre FAQs", "in our help centre", "explained", "Aftercare plans");
    }

    @Test
    void aTableRowOfALinkedNameBesideItsFigureIsTextButARowOfLinksIsNot() {
        ExtractedArticle a = Fixtures.extract("table-of-linked-names-beside-figures.html",
                "https://harbourledger.example/shipping/largest-ferry-operators");

        assertThat(a.text()).contains("Nordline Ferries AB €2.1bn", "Island Hopper Maritime Ltd €310m",
                        "fewer empty sailings in the winter")
                // a blank label cell is no value, and a row of links is a menu
                .doesNotContain("ferries-2025.csv", "All our data", "Shipping data");
    }

    @Test
    void aNumberedHeadingWhoseNameLinksToTheThingIsTheItemsTitle() {
        ExtractedArticle a = Fixtures.extract("ranked-picks-with-numbered-linked-headings.html",
                "https://countertoplab.example/reviews/best-electric-kettles");

        assertThat(a.text()).contains("1. Brightwater Classic Kettle", "2. Lowland Mini Travel Kettle",
                "3. Harbour Steel Gooseneck", "Capacity: 0.8 litres", "How we tested");
    }

    @Test
    void headingsWhollyLinkedWithTheirNumbersInsideAreLinksAway() {
        ExtractedArticle a = Fixtures.extract("numbered-links-to-other-guides-wholly-linked.html",
                "https://countertoplab.example/reviews/best-electric-kettles");

        assertThat(a.text()).contains("Brightwater Classic Kettle", "fill, pour and descale")
                .doesNotContain("descale a kettle with citric acid", "Where the water is hardest", "The best toasters");
    }
}
