package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The headline traps, one fixture page each. */
class TitleTest {

    @Test
    void aJsonLdHeadlineCutShortGivesWayToTheWholeMetaTitle() {
        ExtractedArticle a = Fixtures.extract("title-jsonld-headline-cut-short.html", "https://hillside.example/moving-friday");

        assertThat(a.title()).isEqualTo("Moving House Friday: Three Readers Ask How To Fit A Piano, Two Sofas And A Bicycle "
                + "Into One Small Van (And One Trick That Always Works)");
    }

    @Test
    void aSectionNameAfterAPipeInTheVisibleH1IsNotPartOfTheHeadline() {
        ExtractedArticle a = Fixtures.extract("title-h1-ends-with-section-name.html", "https://coastalpost.example/opinion/walls");

        assertThat(a.title()).isEqualTo("Harbour walls must be raised before the winter storms");
    }

    @Test
    void sectionAndSiteNamesAfterPipesGoEvenWhenTheSiteIsNotKnown() {
        ExtractedArticle a = Fixtures.extract("title-section-and-site-after-pipes.html", "https://crier-online.example/n/1");

        assertThat(a.title()).isEqualTo("Night buses return to the valley routes");
    }

    @Test
    void aDateElementInsideTheH1IsNotPartOfTheHeadline() {
        ExtractedArticle a = Fixtures.extract("title-h1-holds-a-date-element.html", "https://miriam.example/notes/organ.html");

        assertThat(a.title()).isEqualTo("Tuning the old church organ");
    }

    @Test
    void aSectionLabelElementBeforeTheH1TextIsNotPartOfTheHeadline() {
        ExtractedArticle a = Fixtures.extract("title-h1-starts-with-section-label.html", "https://trailhead.example/guides/camps");

        assertThat(a.title()).isEqualTo("Seven quiet campsites within an hour of the city (tried and rated)");
    }

    @Test
    void anH1ThatIsWhatTheTitleElementAddsToTheHeadlineIsTheSiteName() {
        ExtractedArticle a = Fixtures.extract("title-h1-is-blog-name-in-title.html", "https://stones.example/2024/tide-clock");

        assertThat(a.title()).isEqualTo("Why the tide clock runs backwards");
    }

    @Test
    void aWidgetsH1LosesToTheArticlesH1EvenWhenItEchoesTheMetaTitleMore() {
        ExtractedArticle a = Fixtures.extract("title-h1-in-widget-beside-article-h1.html", "https://riverweekly.example/picnics");

        assertThat(a.title()).isEqualTo("The best picnic spots along the river");
    }

    @Test
    void utf8ThatWasDecodedTwiceIsRepairedInTheHeadline() {
        ExtractedArticle a = Fixtures.extract("title-double-encoded-utf8.html", "https://towncrier.example/market-hall");

        assertThat(a.title()).isEqualTo("Café owners welcome the new market hall’s late opening");
    }

    @Test
    void textThatIsNotDoubleEncodedIsLeftAlone() {
        assertThat(Text.repairMojibake("Ångström’s café in São Paulo — Â« Âme Â»")).isEqualTo(
                "Ångström’s café in São Paulo — Â« Âme Â»");
    }

    @Test
    void anH1ThatLostCharactersToItsEncodingGivesWayToTheStatedTitle() {
        ExtractedArticle a = Fixtures.extract("title-h1-lost-apostrophe.html", "https://breadlab.example/starters");

        assertThat(a.title()).isEqualTo("Sourdough Starters: A Beginner’s Guide");
    }

    @Test
    void theDomainNameBeforeTheHeadlineInTheTitleElementIsTheSiteName() {
        ExtractedArticle a = Fixtures.extract("title-domain-name-before-headline.html", "https://quietlane.example/2024/cane.html");

        assertThat(a.title()).isEqualTo("Repairing a cane chair seat");
    }

    @Test
    void anH1ThatAgreesWithOgTitleIsTheHeadlineThoughTheJsonLdHeadlineDiffers() {
        ExtractedArticle a = Fixtures.extract("title-h1-agrees-with-og-not-jsonld.html", "https://gymnotes.example/rowing");

        assertThat(a.title()).isEqualTo("I Rowed Every Morning for a Month — Here Is What Changed");
    }

    @Test
    void h1SectionHeadingsInsideThePostTextAreNotTheHeadline() {
        ExtractedArticle a = Fixtures.extract("title-h1-section-headings-in-post.html", "https://lanternlog.example/2024/05/boats.html");

        assertThat(a.title()).isEqualTo("Small boats on big lakes");
    }

    @Test
    void anH1SetInCapitalsTakesTheStatedTitlesCase() {
        ExtractedArticle a = Fixtures.extract("title-h1-in-capitals.html", "https://greencorner.example/rain-gardens");

        assertThat(a.title()).isEqualTo("Rain gardens for small yards");
    }

    @Test
    void anH1InCapitalsThatShortensTheStatedTitleGivesWayToIt() {
        ExtractedArticle a = Fixtures.extract("title-h1-in-capitals-shortened.html", "https://orchardnotes.example/pruning");

        assertThat(a.title()).isEqualTo("Pruning apple trees in winter: a step-by-step guide");
    }

    @Test
    void anH1ThatAddsWordsToTheSitesNameIsThePagesHeadlineNotTheLogo() {
        ExtractedArticle a = Fixtures.extract("title-h1-holds-site-name-and-more.html", "https://lindenhardware.example/catalog");

        assertThat(a.title()).isEqualTo("Linden Hardware Spring Catalog");
    }

    @Test
    void withoutAUrlALogoH1ThatRepeatsTheTitlesTailIsTheSiteNotTheHeadline() {
        ExtractedArticle a = Fixtures.extract("title-logo-h1-repeats-title-tail-no-url.html", null);

        assertThat(a.title()).isEqualTo("Restoring a tide mill, stone by stone");
    }

    @Test
    void withoutAUrlADomainNameAfterASeparatorIsTheSite() {
        ExtractedArticle a = Fixtures.extract("title-domain-name-after-pipe-no-url.html", null);

        assertThat(a.title()).isEqualTo("SPRING SALE");
    }

    @Test
    void aHeadlineInCapitalsThatTheDocumentTitleGoesOnFromIsKeptOverARewrittenOgTitle() {
        ExtractedArticle a = Fixtures.extract("title-headline-in-capitals-beside-a-rewritten-og-title.html",
                "https://gazette.example/fire");

        assertThat(a.title()).isEqualTo("FIRE DESTROYS DOWNTOWN WAREHOUSE");
    }

    @Test
    void withoutAUrlTheDomainNameOfALogoH1IsTheSiteBeforeTheHeadline() {
        ExtractedArticle a = Fixtures.extract("title-logo-h1-domain-before-headline-no-url.html", null);

        assertThat(a.title()).isEqualTo("Repairing a cane chair seat");
    }

    @Test
    void aTwoWordSectionBeforeAPipeIsNotTheHeadline() {
        // "Opinion | ..." and "Live Updates | ..." put the section first: a two-word part before the pipe is not
        // taken for the headline, so the story's words after it stay.
        assertThat(TitleCleaner.clean("Live Updates | Storm hits the coast", "", "")).contains("Storm hits the coast");
    }

    @Test
    void aSectionAfterTheSitesNameInFrontGoesWithIt() {
        assertThat(TitleCleaner.clean("The Clarion-Record :: News :: Hog barn permit draws crowd to zoning hearing", "",
                "clarionrecord.example")).isEqualTo("Hog barn permit draws crowd to zoning hearing");
        // without the site in front, a short first part may be the story's own words
        assertThat(TitleCleaner.clean("Budget 2026 :: What the council cut and why", "", "clarionrecord.example"))
                .isEqualTo("Budget 2026 :: What the council cut and why");
    }

    @Test
    void theSitesNameBesideTheHeadlineIsOneTheHostSpellsOrThePageConfirms() {
        assertThat(TitleCleaner.siteName("Best grinders – Bean Ratio", "beanratio.example", n -> false)).isEqualTo("Bean Ratio");
        assertThat(TitleCleaner.siteName("Insurance basics | BCBSOK", "connect.bcbsok.com", n -> false)).isEqualTo("BCBSOK");
        assertThat(TitleCleaner.siteName("Sleep better tonight | Moxie", "withmoxie.com", n -> false)).isEqualTo("Moxie");
        // one word of the host is not its name, unless the page says so
        assertThat(TitleCleaner.siteName("Why we moved | Blog", "myblog.com", n -> false)).isEmpty();
        assertThat(TitleCleaner.siteName("Stitch by Stitch: The quilt, finished", "", n -> n.equals("Stitch by Stitch")))
                .isEqualTo("Stitch by Stitch");
    }
}
