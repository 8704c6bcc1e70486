package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    @Test
    void jsonLdGraphResolvesThePersonAuthorAndPrefersTheArticleNodeOverTheWebPage() {
        ExtractedArticle a = Fixtures.extract("jsonld-graph-with-person-author.html",
                "https://courier.example/news/2024/harbour-ferry-returns?utm_source=x");

        assertThat(a.title()).isEqualTo("Harbour ferry returns after winter repairs");
        assertThat(a.authors()).containsExactly("Ann Okafor");
        assertThat(a.outlet()).isEqualTo("The Quayside Courier");
        assertThat(a.published()).contains(OffsetDateTime.of(2024, 3, 18, 7, 45, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(a.modified()).contains(OffsetDateTime.of(2024, 3, 18, 9, 10, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(a.canonicalUrl()).isEqualTo("https://courier.example/news/2024/harbour-ferry-returns");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.description()).isEqualTo("The blue ferry is back on the water.");
        assertThat(a.sources()).containsEntry("title", Evidence.JSON_LD).containsEntry("authors", Evidence.JSON_LD)
                .containsEntry("published", Evidence.JSON_LD).containsEntry("text", Evidence.DOM);
        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).startsWith("The small blue ferry").contains("\n\nEngineers replaced")
                .doesNotContain("All rights reserved").doesNotContain("Sport");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void reutersCreditIsSplitFromTheLeadCaptionAndOtherCaptionsStayOutOfTheText() {
        ExtractedArticle a = Fixtures.extract("caption-with-reuters-credit.html", "https://ledger.example/energy/wind");

        assertThat(a.title()).isEqualTo("Wind farm approval splits coastal villages");
        assertThat(a.authors()).containsExactly("Tom Lindqvist");
        assertThat(a.outlet()).isEqualTo("Northern Ledger");
        assertThat(a.published()).contains(OffsetDateTime.of(2023, 11, 2, 16, 20, 0, 0, ZoneOffset.UTC));
        assertThat(a.leadImage()).hasValueSatisfying(img -> {
            assertThat(img.src()).isEqualTo("https://ledger.example/images/turbines-1200x800.jpg");
            assertThat(img.alt()).isEqualTo("Turbines off the coast at dusk");
            assertThat(img.caption()).isEqualTo("Turbines stand off the coast near the village of Marrow Point, November 1, 2023.");
            assertThat(img.credit()).isEqualTo("REUTERS/Kari Holm");
        });
        assertThat(a.text()).contains("forty new turbines").contains("fund for the villages")
                .doesNotContain("REUTERS").doesNotContain("public meeting in October");
    }

    @Test
    void shareBarsRelatedLinksNewsletterBoxesCommentsAndMenusAreNotMainText() {
        ExtractedArticle a = Fixtures.extract("share-bar-and-related-links.html", "https://town.example/library");

        assertThat(a.text()).contains("stay open until nine", "quiet space after work", "two hundred thousand");
        assertThat(a.text()).doesNotContain("Share on Facebook", "Sign up for our newsletter", "Museum ticket prices",
                "Great news, finally", "Bridge closed", "Home");
        assertThat(a.blocks()).hasSize(3);
    }

    @Test
    void metaTagsGiveAuthorsDateAndOutletAndTheOutletPrefixLeavesTheTitle() {
        ExtractedArticle a = Fixtures.extract("meta-only-parsely-and-dublin-core.html", "https://valleytimes.example/x");

        assertThat(a.title()).isEqualTo("School buses to switch to electric by 2027");
        assertThat(a.authors()).containsExactly("Maria Gonzalez", "Deepak Rao");
        assertThat(a.outlet()).isEqualTo("Valley Times");
        assertThat(a.published()).contains(OffsetDateTime.of(2022, 9, 14, 5, 30, 0, 0, ZoneOffset.ofHours(-7)));
        assertThat(a.language()).isEqualTo("es-MX");
        assertThat(a.sources()).containsEntry("authors", Evidence.META).containsEntry("published", Evidence.META);
        assertThat(a.text()).startsWith("The school district").contains("longest rural routes");
    }

    @Test
    void microformatsHEntryGivesAuthorDatePhotoAndContent() {
        ExtractedArticle a = Fixtures.extract("h-entry-microformats.html", "https://lucie.example/2021/night-market");

        assertThat(a.title()).isEqualTo("Notes from the night market");
        assertThat(a.authors()).containsExactly("Lucie Marchand");
        assertThat(a.sources()).containsEntry("authors", Evidence.MICROFORMATS)
                .containsEntry("published", Evidence.MICROFORMATS).containsEntry("leadImage", Evidence.MICROFORMATS);
        assertThat(a.published()).contains(OffsetDateTime.of(2021, 6, 5, 21, 15, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(a.leadImage()).map(LeadImage::src).contains("https://lucie.example/photos/lanterns.jpg");
        assertThat(a.text()).contains("night market opened again").doesNotContain("Posted by");
        assertThat(a.language()).isEqualTo("fr");
    }

    @Test
    void domBylineWithTwoNamesAndATextDateWhenThePageHasNoMetadata() {
        ExtractedArticle a = Fixtures.extract("byline-in-dom-with-date.html", "https://midlandwire.example/rail");

        assertThat(a.title()).isEqualTo("Rail strike called off after late talks");
        assertThat(a.authors()).containsExactly("Helen Park", "Omar Siddiqui");
        assertThat(a.published()).map(t -> t.toLocalDate().toString()).contains("2024-03-03");
        assertThat(a.sources()).containsEntry("authors", Evidence.DOM).containsEntry("published", Evidence.DOM);
        assertThat(a.text()).contains("called off").doesNotContain("Helen Park");
    }

    @Test
    void linkedBylineNameWithoutTheRoleBesideItInTheInnermostBylineElement() {
        ExtractedArticle a = Fixtures.extract("byline-name-linked-beside-role.html", "https://hillside.example/allotments");

        assertThat(a.authors()).containsExactly("Rosa Lindqvist");
        assertThat(a.sources()).containsEntry("authors", Evidence.DOM);
    }

    @Test
    void bylineLabelsGluedToTheNameOrNamingTheWorkAreCut() {
        assertThat(AuthorNames.cleanOne("ByTrevor Lund")).containsExactly("Trevor Lund");
        assertThat(AuthorNames.cleanOne("Recipe by Tomas Ek")).containsExactly("Tomas Ek");
        assertThat(AuthorNames.cleanOne("Authored by: Dr. Ana Ruiz")).containsExactly("Dr. Ana Ruiz");
        assertThat(AuthorNames.cleanOne("Byron Hale")).containsExactly("Byron Hale");
        assertThat(AuthorNames.cleanOne("Acme Movers Last update: July 16, 2025")).containsExactly("Acme Movers");
        assertThat(AuthorNames.cleanOne("Updated by Jon Reyes")).isEmpty();
        ExtractedArticle a = Fixtures.extract("byline-glued-to-by-label.html", "https://skyguide.example/december");
        assertThat(a.authors()).containsExactly("Tomas Ek");
    }

    @Test
    void bylineLabelInOneElementAndTheNameInTheNext() {
        ExtractedArticle a = Fixtures.extract("byline-label-and-name-in-separate-elements.html", "https://islands.example/ferry");

        assertThat(a.authors()).containsExactly("Maren Solberg");
        assertThat(a.sources()).containsEntry("authors", Evidence.DOM);
    }

    @Test
    void aLinkToTheAuthorsPageOutsideChromeWhenNothingElseNamesAnAuthor() {
        ExtractedArticle a = Fixtures.extract("byline-only-a-link-to-author-page.html", "https://tyres.example/storage");

        assertThat(a.authors()).containsExactly("Ole Brandt");
        assertThat(AuthorNames.cleanOne("Articles by Ole")).isEmpty();
    }

    @Test
    void headingsListsAndQuotesKeepTheirKind() {
        ExtractedArticle a = Fixtures.extract("structured-headings-lists-quotes.html", "https://garden.example/frost");

        assertThat(a.blocks()).extracting(TextBlock::kind).containsExactly(
                TextBlock.Kind.PARAGRAPH, TextBlock.Kind.HEADING, TextBlock.Kind.PARAGRAPH,
                TextBlock.Kind.LIST_ITEM, TextBlock.Kind.LIST_ITEM, TextBlock.Kind.LIST_ITEM,
                TextBlock.Kind.QUOTE, TextBlock.Kind.PARAGRAPH);
        assertThat(a.blocks().get(1)).isEqualTo(new TextBlock(TextBlock.Kind.HEADING, 2, "Cover the tender plants"));
        assertThat(a.blocks().get(3).level()).isEqualTo(1);
        assertThat(a.authors()).containsExactly("Sam Ortiz");
        assertThat(a.published()).contains(OffsetDateTime.of(2025, 10, 20, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(a.text()).contains("Move pots against a south-facing wall.\n\nLift dahlias");
    }

    @Test
    void creditMarkedInsideTheCaptionIsSplitAndMetaAltFillsAnEmptyAlt() {
        ExtractedArticle a = Fixtures.extract("credit-marked-in-caption-span.html", "https://coast.example/lighthouse");

        assertThat(a.leadImage()).hasValue(new LeadImage("https://coast.example/media/lighthouse.jpg",
                "A white lighthouse on a rock", "The lighthouse was built in 1871 and lit by oil lamps.",
                "Photograph by Ines Duarte"));
    }

    @Test
    void metaImageNamingACropOfThePageImageStillFindsItsCaption() {
        ExtractedArticle a = Fixtures.extract("image-meta-names-a-crop-of-the-page-image.html", "https://harbour.example/ferry");

        assertThat(a.leadImage()).get().extracting(LeadImage::alt, LeadImage::caption)
                .containsExactly("A white ferry at the quay", "The ferry was repaired over the winter at the yard across the bay.");
    }

    @Test
    void wordpressScaledOriginalInMetaMatchesAResizedCopyInThePage() {
        ExtractedArticle a = Fixtures.extract("image-wordpress-scaled-original-named-in-meta.html", "https://school.example/t");

        assertThat(a.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit)
                .containsExactly("Pupils work with a tutor after school.", "Photo: Ana Ruiz");
    }

    @Test
    void theStatedImageIsFoundInThePageHoweverACdnRewroteItsAddress() {
        ExtractedArticle resizer = Fixtures.extract("image-resizer-names-the-file-in-its-query.html", "https://wire.example/a");
        assertThat(resizer.leadImage()).get().extracting(LeadImage::alt, LeadImage::caption, LeadImage::credit).containsExactly(
                "Tenants at a rally", "Tenants of the River Flats rally outside the courthouse on Monday.", "AP Photo/Lena Ford");

        ExtractedArticle sized = Fixtures.extract("image-meta-names-another-size-inside-the-file-name.html", "https://biz.example/a");
        assertThat(sized.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit)
                .containsExactly("Building work at the plant in Mesa in November.", "Ola Reyes | Biz Weekly");

        ExtractedArticle lazy = Fixtures.extract("image-page-copy-in-a-lazy-loaders-attribute.html", "https://homefix.example/a");
        assertThat(lazy.leadImage()).get().extracting(LeadImage::alt, LeadImage::caption)
                .containsExactly("A key turning a radiator valve", "Turn the key a quarter turn until the hissing stops.");
    }

    @Test
    void aCaptionAndCreditInDivsNestedInsideTheFigureAreRead() {
        ExtractedArticle a = Fixtures.extract("caption-and-credit-in-divs-nested-in-the-figure.html", "https://klvr.example/g");

        assertThat(a.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit).containsExactly(
                "Geese crowd a barn near Lakeview in October. Farms in the region have rebuilt most of the flocks lost last"
                        + " winter.", "Anna Berg / KLVR");
    }

    @Test
    void aLicensingLinkAndAnEMailAddressAreNoPartOfTheCredit() {
        ExtractedArticle link = Fixtures.extract("caption-with-a-licensing-link-after-the-credit.html", "https://wirenews.example/n");
        assertThat(link.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit).containsExactly(
                "Strikers gather at the gate of the Cerro Alto smelter near Calama, March 3, 2026.", "REUTERS/Pia Moreno");

        ExtractedArticle mail = Fixtures.extract("credit-followed-by-the-photographers-e-mail.html", "https://valleyobserver.example/t");
        assertThat(mail.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit).containsExactly(
                "The empty lot on River Road where a twelve-storey tower had been proposed.", "Nadia Quist");
    }

    @Test
    void aStatedLogoGivesWayToTheArticlesOwnCaptionedPhotoButStaysWhereThereIsNone() {
        ExtractedArticle a = Fixtures.extract("image-meta-is-the-sites-logo-beside-a-captioned-photo.html",
                "https://pinegazette.example/2025/06/03/moose/");

        assertThat(a.leadImage()).get().extracting(LeadImage::src, LeadImage::caption, LeadImage::credit).containsExactly(
                "https://pinegazette.example/wp-content/uploads/2025/06/moose-square-800x533.jpg",
                "A young moose drinks from the fountain in the town square on Monday morning.", "Photo courtesy of Tom Reed");
        assertThat(a.sources()).containsEntry("leadImage", Evidence.DOM);

        String sponsorOnly = "<html><head><title>Moose</title><meta property=\"og:image\" content=\"https://p.example/logo.png\">"
                + "</head><body><main><h1>Moose</h1><p>" + "A moose walked into the town square on Monday. ".repeat(4)
                + "</p></main><aside><figure><figcaption>Hosting by:</figcaption><img src=\"https://p.example/acme.png\">"
                + "</figure></aside></body></html>";
        assertThat(ArticleExtractor.extract(sponsorOnly.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "https://p.example/moose", null).leadImage()).get().extracting(LeadImage::src).isEqualTo("https://p.example/logo.png");
    }

    @Test
    void withNothingStatedAndNoArticleElementThePhotoPrintedWithItsCaptionBeforeTheTextLeads() {
        ExtractedArticle a = Fixtures.extract("image-unstated-photo-in-a-table-layout-with-its-caption.html",
                "https://lakesideledger.example/news.php?id=101");

        assertThat(a.leadImage()).get().extracting(LeadImage::src, LeadImage::caption, LeadImage::credit).containsExactly(
                "https://lakesideledger.example/photos/2025/0211_marina.jpg",
                "Boats sit in their winter cradles at the town marina on Monday.", "Ledger photo by Paul Odell");
    }

    @Test
    void theFileOfAStatedImageIsReadThroughResizersAndEncodings() {
        assertThat(LeadImageFinder.fileAddress("https://d.example/resize/800x600!/?url=https%3A%2F%2Fs3.example%2Fa%2Fpier.jpg&q=90"))
                .isEqualTo("https://s3.example/a/pier.jpg");
        assertThat(LeadImageFinder.fileAddress("https://d.example/img/pier.jpg?url=https%3A%2F%2Fs3.example%2Fother.jpg"))
                .isEqualTo("https://d.example/img/pier.jpg");
        assertThat(LeadImageFinder.stem(LeadImageFinder.decoded("https://c.example/Jane%2520Doe%20at%20home.jpg.webp")))
                .isEqualTo("Jane Doe at home");
        assertThat(LeadImageFinder.decoded("https://c.example/100%.jpg")).isEqualTo("https://c.example/100%.jpg");
    }

    @Test
    void aCaptionPrintedUnderTheHeaderPastTheAuthorsAvatarBelongsToTheLeadImage() {
        ExtractedArticle a = Fixtures.extract("caption-printed-after-the-header-past-an-avatar.html", "https://school.example/r");

        assertThat(a.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit)
                .containsExactly("", "Eric Lund/Associated Press");
    }

    @Test
    void aStatedCaptionThatIsAPieceOfTheHeadlineIsNoCaption() {
        ExtractedArticle a = Fixtures.extract("lead-image-caption-is-a-piece-of-the-headline.html", "https://spoke.example/rain");

        assertThat(a.leadImage()).get().extracting(LeadImage::src, LeadImage::caption, LeadImage::credit)
                .containsExactly("https://spoke.example/media/rain-jackets.jpg", "", "");
    }

    @Test
    void aCaptionThatIsTheOutletsNameBeforeAPhotographerIsTheCredit() {
        ExtractedArticle a = Fixtures.extract("lead-image-caption-is-the-outlets-credit.html", "https://pantry.example/herbs");

        assertThat(a.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit)
                .containsExactly("", "The Green Pantry / Mira Holt");
    }

    @Test
    void aCmsSlotLabelOrAFileNameIsNoCaption() {
        for (String label : new String[] {"Featured image", "Cover image for \"Top Ferry Routes\"", "harbour-ferry-2026",
                "IMG_0412.jpg", "Image source:", "...", "Ferries Return to the Harbour as Officials in Mali Look On"}) {
            assertThat(checked(label, false)).as(label).isEmpty();
        }
    }

    @Test
    void aStatedCaptionMustNotBeAPieceOfTheHeadlineNorSearchWords() {
        for (String words : new String[] {"fitness man", "best ferry routes", "Ferries Return"}) {
            assertThat(checked(words, true)).as(words).isEmpty();
        }
        // word for word: "Ali" is not a piece of "Officials in Mali"
        assertThat(checked("Ali", true)).isEqualTo("Ali");
    }

    @Test
    void printedCaptionsThatLookLikeLabelsStay() {
        for (String caption : new String[] {"Protesters in Paris.", "Emmanuel Macron", "de Blasio at the podium",
                "bell hooks in 1996", "macOS Sequoia desktop", "COVID-19", "F-35A", "iPhone on a desk",
                "The 1981 cover photo, shot the day before the singer's death.",
                "A New York Post photo of Times Square in darkness, August 2003."}) {
            assertThat(LeadImageFinder.checked(new LeadImage("https://x.example/a.jpg", "", caption, ""),
                    "Emmanuel Macron and protesters in Paris: officials in Mali respond", "Harbour News", false).caption())
                    .as(caption).isEqualTo(caption);
        }
    }

    private static String checked(String caption, boolean stated) {
        return LeadImageFinder.checked(new LeadImage("https://x.example/a.jpg", "", caption, ""),
                "Ferries return to the harbour as officials in Mali look on", "Harbour News", stated).caption();
    }

    @Test
    void aShortLastBlockWithoutAFullStopIsTheCredit() {
        ExtractedArticle a = Fixtures.extract("caption-and-credit-in-two-unmarked-blocks.html", "https://health.example/f");

        assertThat(a.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit)
                .containsExactly("Fasting can have health benefits, but not everyone should try it.",
                        "Thea Moss, The Daily Courier/Redux");
    }

    @Test
    void aCaptionMarkedAsCreditInDataAttributesIsAllCredit() {
        ExtractedArticle a = Fixtures.extract("credit-marked-in-a-data-attribute.html", "https://food.example/beans");

        assertThat(a.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit)
                .containsExactly("", "Tanja Ivo//Studio Nord");
    }

    @Test
    void captionControlsAreNeitherCaptionNorCredit() {
        ExtractedArticle a = Fixtures.extract("caption-with-a-gallery-button.html", "https://news.example/flood");

        assertThat(a.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit)
                .containsExactly("Residents wade through a flooded street in Riverton on Thursday.", "");
    }

    @Test
    void aLinkTaggedWithATopicNamedRightsIsNotTheCredit() {
        ExtractedArticle a = Fixtures.extract("caption-link-with-a-rights-topic-is-not-the-credit.html", "https://news.example/f");

        assertThat(a.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit).containsExactly(
                "Volunteers from Human Rights Watch hand out water in Riverton on Thursday.", "Photo: Jane Roe/Reuters");
    }

    @Test
    void aPullQuotesAttributionAfterTheImageIsNotItsCaption() {
        ExtractedArticle a = Fixtures.extract("pull-quote-attribution-is-not-the-lead-caption.html", "https://news.example/f");

        assertThat(a.leadImage()).get().extracting(LeadImage::caption).isEqualTo("");
    }

    @Test
    void aShareCardIsNotMatchedToAnotherPictureInItsDirectory() {
        ExtractedArticle a = Fixtures.extract("share-card-image-shares-a-directory-with-a-chart.html", "https://news.example/f");

        assertThat(a.leadImage()).get().extracting(LeadImage::alt, LeadImage::caption).containsExactly("", "");
    }

    @Test
    void bracketsAreStrippedOnlyWhenTheyWrapTheWholeCredit() {
        ExtractedArticle a = Fixtures.extract("credit-with-agency-in-brackets.html", "https://news.example/f");

        assertThat(a.leadImage()).get().extracting(LeadImage::credit).isEqualTo("Jane Roe (Reuters)");
        assertThat(LeadImageFinder.unbracketed("(Reuters)")).isEqualTo("Reuters");
        assertThat(LeadImageFinder.unbracketed("Photo Credit: Jo Lee)")).isEqualTo("Photo Credit: Jo Lee");
    }

    @Test
    void aBracketOfNamesClosingTheCaptionIsTheCredit() {
        ExtractedArticle a = Fixtures.extract("caption-credit-in-a-closing-bracket.html", "https://ledger.example/dredging");

        assertThat(a.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit).containsExactly(
                "Councillor Ada Moss (Harbour Ward) speaks before the vote on Monday.", "Rui Sousa/The Harbour Ledger");
    }

    @Test
    void aShortInlineElementClosingTheCaptionAfterItsSentenceIsTheCredit() {
        ExtractedArticle a = Fixtures.extract("caption-credit-in-a-last-inline-element.html", "https://valepost.example/o");

        assertThat(a.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit).containsExactly(
                "Water stands on the meadow beside Birch Lane after the storm on March 2.", "Vale Post file photo");

        ExtractedArticle glued = Fixtures.extract("caption-credit-glued-to-the-sentence-in-an-opaque-span.html",
                "https://lakespress.example/water");

        assertThat(glued.leadImage()).get().extracting(LeadImage::caption, LeadImage::credit).containsExactly(
                "A plumber fits a filter to a drinking fountain at Hill Street School on Friday.", "Ivo Lind, Lakes Press");
    }

    @Test
    void elementsOfACaptionAreNotGluedWhereASentenceEndsButWordsInStyledPiecesStayWhole() {
        String html = "<html><head><title>Boats return</title></head><body><article><h1>Boats return</h1>"
                + "<figure><img src=\"https://x.example/pier.jpg\"><figcaption><span>The pier at dawn.</span><span>Boats"
                + " unload before the market opens at six.</span> <b>O</b>'Brien's boat is last.</figcaption></figure>"
                + "<p>" + "The boats came back to the pier this morning after a week of storms kept them in port. ".repeat(3)
                + "</p></article></body></html>";
        ExtractedArticle a = ArticleExtractor.extract(html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "https://x.example/boats", null);

        assertThat(a.leadImage()).get().extracting(LeadImage::caption).isEqualTo(
                "The pier at dawn. Boats unload before the market opens at six. O'Brien's boat is last.");
    }

    @Test
    void latin1LabelIsReadAsWindows1252SoCurlyQuotesAndEuroSurvive() {
        ExtractedArticle a = Fixtures.extract("windows-1252-mislabeled-latin1.html", "https://kaffee.example/");

        assertThat(a.title()).isEqualTo("München: Café preise steigen");
        assertThat(a.text()).contains("„Der Kaffee kostet jetzt 4 €“").contains("Straßenrand – und");
        assertThat(a.language()).isEqualTo("de");
    }

    @Test
    void byteOrderMarkDecidesTheCharsetWhenNothingIsDeclared() {
        ExtractedArticle a = Fixtures.extract("utf8-bom-no-charset-declared.html", null);

        assertThat(a.text()).contains("„Der Kaffee kostet jetzt 4 €“");
        assertThat(a.canonicalUrl()).isEmpty();
    }

    @Test
    void httpHeaderCharsetIsUsedWhenThePageDeclaresNone() {
        byte[] page = "<html><body><article><p>Ein schöner Tag am See, sagen alle Gäste, die heute früh gekommen sind, um zu schwimmen.</p></article></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        ExtractedArticle a = ArticleExtractor.extract(page, "https://see.example/", "text/html; charset=ISO-8859-1");

        assertThat(a.text()).contains("schöner Tag", "Gäste", "früh");
    }

    @Test
    void aPageThatStatesNoSiteNameIsNamedByItsTitleWhenTheFeedOrTheHostSaysSo() {
        ExtractedArticle a = Fixtures.extract("outlet-only-in-the-title-beside-the-headline.html", "https://kenfixesthings.example.net/fill-valve/");

        assertThat(a.outlet()).isEqualTo("Ken Fixes Things");
        assertThat(a.title()).isEqualTo("How to replace a toilet fill valve in half an hour");
        // no URL: the feed's title and the link home still vouch for it
        assertThat(Fixtures.extract("outlet-only-in-the-title-beside-the-headline.html", null).outlet()).isEqualTo("Ken Fixes Things");
    }

    @Test
    void aBloggingPlatformNamedAsPublisherIsNotTheOutlet() {
        ExtractedArticle a = Fixtures.extract("outlet-blogspot-names-the-platform-as-publisher.html",
                "https://slowtrains.blogspot.com/2023/07/hill-railway.html");

        assertThat(a.outlet()).isEqualTo("Slow Trains South");
        assertThat(a.title()).isEqualTo("Riding the hill railway in the monsoon");
        assertThat(a.authors()).containsExactly("Anand Iyer");
    }
}
