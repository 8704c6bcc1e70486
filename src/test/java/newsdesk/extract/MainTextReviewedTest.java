package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A review's pages for the rules of 2026-12-03 (an FAQ box after the text, data rows of tables, numbered linked
 * headings, follow lines, jump buttons, featured-image credits): each holds one line that the rule, before its
 * narrowing, added or dropped wrongly (expected as before) or rightly (a gain that must stay).
 */
class MainTextReviewedTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "reviewed-faq-divi-sidebar-widget-faq.html | faq-01b-divi-sidebar-widget-faq | Lawn treatment FAQs | false",
        "reviewed-faq-pricing-faq-after-saas-blog-post.html | faq-02-pricing-faq-after-saas-blog-post | Pricing FAQs | false",
        "reviewed-faq-shop-faq-band-before-footer.html | faq-03-shop-faq-band-before-footer | Frequently Asked Questions | false",
        "reviewed-faq-clinic-location-box-faq-heading.html | faq-08b-clinic-location-box-faq-heading | Questions? Read our FAQ or visit us | false",
        "reviewed-tab-archive-table-inside-storytext.html | tab-02b-archive-table-inside-storytext | Route 9 bridge weight limit lowered to 15 tons Nov. 12, 2024 | false",
        "reviewed-tab-browse-by-state-table-after-legal-article.html | tab-05-browse-by-state-table-after-legal-article | Intestacy rules by state | false",
        "reviewed-soc-accounts-to-follow-listicle.html | soc-01-accounts-to-follow-listicle | Follow on Instagram: @houseplantjournal | true",
        "reviewed-soc-cta-examples-in-marketing-guide.html | soc-04-cta-examples-in-marketing-guide | Follow us on Instagram for a 60-second recipe every weekday | true",
        "reviewed-jmp-recipe-plugin-docs-button-labels.html | jmp-02-recipe-plugin-docs-button-labels | Jump to Recipe | true",
        "reviewed-cred-gallery-news-top-photos-subheads.html | cred-02-gallery-news-top-photos-subheads | Top photos from Galway, where the promenade took the worst of the damage | true",
        "reviewed-cred-featured-image-credit-gain.html | cred-01-featured-image-credit-gain | Featured image from Unsplash | false",
        "reviewed-soc-travel-story-follow-me-gain.html | soc-03-travel-story-follow-me-gain | Follow me on Instagram, YouTube and TikTok for more slow travel guides from Portugal and Spain! | false",
        "reviewed-tab-streaming-chart-long-linked-titles-gain.html | tab-07-streaming-chart-long-linked-titles-gain | Espresso — Sabrina Carpenter 1.9B | true",
        "reviewed-num-affiliate-ranked-picks-gain.html | num-03-affiliate-ranked-picks-gain | 1. Hario V60 Ceramic Dripper | true",
        "reviewed-jmp-recipe-jump-and-toc-gain.html | jmp-01-recipe-jump-and-toc-gain | Jump to Comments | false"
    })
    void theLineIsInTheTextOrNotAsTheReviewFound(String page, String slug, String line, boolean present) {
        String text = Fixtures.extract(page, "https://www.example.com/" + slug + "/").text();

        assertThat(text.contains(line)).as(line).isEqualTo(present);
    }
}
