package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages a review wrote against the rules of 2026-12-03 (call-to-action boxes, boxed intros, cut excerpts, linked
 * items of reading lists, bare "By" lines, footnote marks, subheads announcing lists, reading times, template tags):
 * each holds the shape a rule first misfired on, and what a reader needs kept or gone there.
 */
class MainTextMoreDTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            charity-how-to-help-section-ending-in-sign-up.html | How you can help
            short-brief-ending-in-a-tip-line-and-contact-us.html | Trent Bridge on the B5006 will close
            press-release-sections-with-media-enquiries.html | Media enquiries
            tutorial-steps-with-sign-up-buttons.html | Step 1: Create your account
            council-how-to-sections-each-with-a-button.html | Apply online
            short-post-whose-last-section-is-a-sign-up-card.html | For the last six months we have been building
            event-page-with-a-sign-up-button.html | Saturday 17 May 2025, 10:00
            how-to-steps-one-ending-in-sign-up-free.html | Create a Dropbox account
            weekly-digest-of-summaries-cut-with-ellipses.html | with the largest cut falling on summer programs
            story-quoting-truncated-message-previews.html | Jason (1:14 AM)
            category-archive-of-cut-excerpts.html | My grandmother made this rhubarb cake
            newsletter-stories-each-under-a-by-line.html | Neighbors rally to repair historic bandstand
            letters-to-the-editor-signed-by.html | Dennis Carver, Millbrook
            poetry-column-with-a-poem-under-by.html | First Warm Morning
            exponents-linked-to-a-glossary.html | 800 W/m2 at noon
            callout-box-and-inline-note-with-role-tooltip.html | Tip: Lenders must give you at least seven days
            itinerary-with-step-durations-and-a-reading-time.html | about 20 min
            exam-guide-with-reading-and-working-times.html | Reading time
            shortcode-tutorial-showing-examples.html | [contact-form-7 id="1234" title="Contact form 1"]
            """)
    void theTextsOwnPartsThatLookLikeFurnitureStay(String page, String kept) {
        // a section ending in a button, a series of steps, a brief that is all the text, a digest's own summaries,
        // letters each under "By:", a power linked to a glossary, a callout given a tooltip's role, a step's
        // duration, a shortcode a tutorial shows after "like this:"
        assertThat(Fixtures.extract(page, null).text()).contains(kept);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            top-stories-shelf-reusing-the-text-class.html | Top stories
            partner-disclosure-before-a-classless-wrapper.html | Partner content
            most-read-rail-reusing-the-text-class.html | Most read
            saas-post-with-a-book-a-demo-box.html | Centralize your training with Trainly
            what-we-know-list-with-a-topic-link.html | Valley water coverage
            if-you-go-list-with-social-and-section-links.html | Facebook event
            further-reading-subhead-over-links-mid-story.html | Survey finds Riverside library foundations shifting
            in-other-news-subhead-over-links.html | Bus route 12 to be cut from June
            shop-the-story-and-more-from-the-site-subheads.html | Uniqlo Premium Linen Shirt
            itinerary-with-step-durations-and-a-reading-time.html | 8 mins
            callout-box-and-inline-note-with-role-tooltip.html | The annual percentage rate, which includes
            pandoc-footnote-marks.html | strike.1
            """)
    void furnitureBesideTheTextGoes(String page, String gone) {
        // a shelf or a rail of other stories using the text's class, a partner's box, a demo box, a topic's or a
        // social network's link among plain items, link lists under pointing subheads, a reading time under the
        // standfirst, a note popped up beside a word, a footnote's mark
        assertThat(Fixtures.extract(page, null).text()).doesNotContain(gone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            names-highlighted-in-parts-by-search-marks.html | PowerShell | Power Shell
            names-highlighted-in-parts-by-search-marks.html | JavaScript | Java Script
            press-release-with-wordmarks-styled-in-parts.html | DataBridge | Data Bridge
            press-release-with-wordmarks-styled-in-parts.html | LinkedIn | Linked In
            german-compounds-styled-in-parts.html | BahnCard | Bahn Card
            column-with-names-styled-in-parts.html | VanderMeer | Vander Meer
            phone-review-with-spec-labels-and-values-styled-apart.html | updates Cons: | updatesCons:
            phone-review-with-spec-labels-and-values-styled-apart.html | Verdict The | VerdictThe
            recipe-card-with-labels-and-values-styled-apart.html | Prep Time 10 | Time10
            recipe-card-with-labels-and-values-styled-apart.html | onion Chopped | onionChopped
            """)
    void aLabelAndItsValueStyledApartAreTwoWordsButANameStyledInPartsIsOne(String page, String written, String not) {
        // a label's edge between two elements, or after a sentence, or before a colon, draws a gap; a part of a name
        // highlighted or styled inside a word ("<mark>Power</mark>Shell", "Bahn<span>Card</span>") does not
        assertThat(Fixtures.extract(page, null).text()).contains(written).doesNotContain(not);
    }
}
