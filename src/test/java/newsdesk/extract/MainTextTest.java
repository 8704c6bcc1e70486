package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Traps for the main-text and dateline heuristics, each found on real pages and rebuilt here in our own words. */
class MainTextTest {

    @Test
    void anUnclosedAsideThatSwallowedThePageIsNotRemovedAsFurniture() {
        ExtractedArticle a = Fixtures.extract("unclosed-aside-swallows-page.html", null);

        assertThat(a.text()).contains("run through the night", "volunteered for the new shifts");
        assertThat(a.warnings()).noneMatch(w -> w.contains("no main text"));
    }

    @Test
    void anArticleStreamedIntoAHiddenElementIsKeptWhileHiddenMenusGo() {
        ExtractedArticle a = Fixtures.extract("article-streamed-into-hidden-div.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).startsWith("Apple growers").doesNotContain("Loading", "Sections", "Farming");
    }

    @Test
    void anArticleCutIntoManySmallBuilderWidgetsIsTakenWhole() {
        ExtractedArticle a = Fixtures.extract("page-builder-many-small-widgets.html", null);

        assertThat(a.blocks()).extracting(TextBlock::text).containsExactly(
                "Composting turns kitchen scraps and garden waste into dark, crumbly soil, and it takes less effort "
                        + "than most people think once the heap is set up in the right spot.",
                "Choose a place",
                "Pick a level, well-drained spot that gets some sun, close enough to the kitchen that you will "
                        + "actually carry the scraps out in the rain and in winter.",
                "Mix greens and browns",
                "Greens such as peelings and grass bring nitrogen, browns such as cardboard and dry leaves bring "
                        + "carbon; roughly equal amounts keep the heap from turning slimy or dry.",
                "Turn the heap every few weeks with a fork. In six months to a year, the bottom of the bin will "
                        + "hold compost ready to spread on the beds.");
        assertThat(a.text()).doesNotContain("Shop");
    }

    @Test
    void theItemsOfAnOrderedListKeepTheNumbersAReaderSees() {
        ExtractedArticle a = Fixtures.extract("ordered-list-numbers.html", null);

        assertThat(a.blocks()).extracting(TextBlock::text).contains("1. Move the pots together",
                "Grouped against the wall, pots shelter each other from the wind and the wall gives back some of the "
                        + "day's warmth at night.",
                "2. Lift them off the floor. Feet or bricks under each pot let the water run away, so the roots do "
                        + "not sit in ice.",
                "3. Wrap the tender ones in fleece, never in plastic, which traps the damp and rots the leaves.",
                "Herbs can stay out all winter.",
                "2. Unwrap the fleece on a mild, cloudy day.", "1. Water once the soil in the pots has thawed.",
                "1) Check the drainage holes after every storm.", "Keep a bag of grit by the door for icy mornings.",
                "Sweep the snow off before it turns to ice.",
                "Bulbs in pots need no fleece at all.");
    }

    @Test
    void anOrderedListIsNumberedInItsCounterStyleAndNotWhereMostItemsCarryTheirOwnNumber() {
        ExtractedArticle a = Fixtures.extract("ordered-list-counter-styles-and-own-numbers.html", null);

        assertThat(a.blocks()).extracting(TextBlock::text).contains("a. the tenant has been given six months' notice;",
                "b. the landlord means to sell or live in the home.", "i. a right to keep a pet;",
                "iii. a right to challenge a rent rise.", "I. Notice", "IV. Disputes",
                "A. Option one: stay on a rolling contract.", "B. Option two: sign a fixed term.",
                "Tenants in Jerusalem follow different rules.", "Councils will enforce the rules.",
                "1. Fines go to the council that brings the case.",
                "Step 1: Read the notice.", "Step 2: Call the council.", "1988 brought the last big housing act.",
                "The courts filled with claims afterwards.", "2004 saw a partial repeal.",
                "1. Adele – 30, a record of divorce and renewal.", "2. 50 Cent – Street King, his return to form.",
                "3. Lorde – Solar Power, sunny and strange.", "1. Flour, sifted", "2. 3 eggs, beaten", "3. Milk",
                "Read the full bill on the parliament site.");
    }

    @Test
    void aChorusQuotedTwiceStaysInAPageSavedWithADialogOpenWhileItsSummaryForPhonesGoes() {
        ExtractedArticle a = Fixtures.extract("repeat-in-a-page-saved-with-a-dialog-open.html", null);

        String chorus = "And we'll sing until the morning light, we'll sing until the night is done";
        assertThat(a.blocks()).extracting(TextBlock::text).containsSubsequence(chorus,
                "Then the verse tells of a small town and a river that floods every spring, and of the neighbours who "
                        + "carried sandbags through the dark.", chorus);
        assertThat(a.blocks()).extracting(TextBlock::text)
                .filteredOn(t -> t.equals("A folk song about the 1998 flood has become the town's anthem.")).hasSize(1);
    }

    @Test
    void invisibleCharactersInsideAWordDoNotSplitIt() {
        ExtractedArticle a = Fixtures.extract("invisible-characters-inside-words.html", null);

        assertThat(a.text()).startsWith("How the harbour ferry runs").contains("the extra morning boat for schoolchildren")
                .contains("as last year. Timetables are posted");
    }

    @Test
    void aShortSummaryPrintedAgainForPhonesIsReadOnceWhileARepeatedParagraphStays() {
        ExtractedArticle a = Fixtures.extract("summary-printed-for-each-screen.html", null);

        assertThat(a.blocks()).extracting(TextBlock::text).containsExactly(
                "After a year behind fences, the town pool opens again on Saturday with a new roof and heated water.",
                "The repairs cost less than the council had feared, because the old frame of the roof could be kept "
                        + "and only the panels had to be replaced.",
                "Swimmers who held a season ticket when the pool closed get the months they missed added to their "
                        + "next one.",
                "Lessons for children start again the week after the opening. The pool manager said: “We missed the "
                        + "noise.”",
                "Lessons for children start again the week after the opening. The pool manager said: “We missed the "
                        + "noise.”",
                "Opening hours stay as they were, from seven in the morning until nine at night on weekdays.");
    }

    @Test
    void wordsAndNamesCutByInlineMarkupStayWhole() {
        ExtractedArticle a = Fixtures.extract("names-cut-by-inline-markup.html", null);

        assertThat(a.text()).contains("the iPhone maker", "on YouTube and", "OpenAI said", "a McDonald franchise",
                        "H2O is", "rose sharply in", "at Cornell on the 3rd of May. If the", "E=mc2 on")
                .doesNotContain("i Phone", "You Tube", "Open AI", "Mc Donald", "H2 O", "sharply 1");
    }

    @Test
    void aBuildersHtmlAndAlertWidgetsAreNotTextLikeItsTextWidgets() {
        ExtractedArticle a = Fixtures.extract("page-builder-promo-and-alert-widgets.html", null);

        assertThat(a.text()).contains("The central library will open", "Branch libraries keep their hours")
                .doesNotContain("Subscribe now", "We use cookies");
    }

    @Test
    void shortParagraphsInABuildersWidgetsAreTextButItsCaptionsButtonsAndSidebarAreNot() {
        ExtractedArticle a = Fixtures.extract("page-builder-short-paragraphs-in-widgets.html", null);

        assertThat(a.text()).contains("I kept a notebook for two years", "Repot it only when the roots crack the pot",
                "The ZZ plant grows").doesNotContain("bookshelf", "Shop the guide", "Hi, I am Sam", "Watering in winter");
    }

    @Test
    void shortTextWidgetsAfterTheArticlesLastParagraphAreItsPromoLines() {
        ExtractedArticle a = Fixtures.extract("text-builder-promo-lines-after-the-article.html", null);

        assertThat(a.text()).contains("Our orchard has been picked by hand since 1962",
                "We picked the first Bramleys on the twelfth of September").endsWith("who wanted the whole orchard.")
                .doesNotContain("Sign up to our newsletter", "Free local delivery", "Follow us on Instagram");
    }

    @Test
    void anIntroInASiblingNamedLikeTheBodyWithAModifierIsTextButAUtilityStyledBoxIsNot() {
        ExtractedArticle a = Fixtures.extract("intro-in-a-modified-sibling-of-the-body.html", null);

        assertThat(a.text()).startsWith("Work starts in March.").contains("The path links the station to the park.",
                "footbridge over the weir").doesNotContain("weekly digest");
    }

    @Test
    void aBlockSharingOnlyTheTextsGenericWrapperClassIsNotText() {
        ExtractedArticle a = Fixtures.extract("next-story-teaser-in-a-block-like-the-texts.html", null);

        assertThat(a.text()).contains("School lunches in the district", "publish the menus a month ahead")
                .doesNotContain("Warehouse fire", "A fire at a warehouse", "Valley Media");
    }

    @Test
    void aLedeInABlockWrappedLikeTheBodysIsTextButTheLinksColumnBesideItIsNot() {
        ExtractedArticle a = Fixtures.extract("text-split-across-wrapped-blocks.html", null);

        assertThat(a.text()).startsWith("Islanders face a third week").contains("daily updates on its website")
                .doesNotContain("Advertisement", "Harbour wall", "Ferry fares");
    }

    @Test
    void aRankedListDoesNotClimbToAPageShellForAColumnOfSideBoxes() {
        ExtractedArticle a = Fixtures.extract("ranked-list-beside-a-column-of-side-boxes.html", null);

        assertThat(a.text()).contains("The Ridge Two pitched in four minutes", "keep it for sheltered pitches")
                .doesNotContain("Brightline Solar", "affiliate commission", "gear swap", "Pollen count");
    }

    @Test
    void aRankedListThatWinsAloneTakesTheIntroAndMethodAroundItButNotTheLinksBeside() {
        ExtractedArticle a = Fixtures.extract("ranked-list-between-intro-and-method.html", null);

        assertThat(a.text()).startsWith("Winter commuting means riding home in the dark")
                .contains("The Beacon 900 throws a wide", "How we tested", "which ones they would buy")
                .doesNotContain("Best rear lights", "Best panniers");
    }

    @Test
    void subheadsLinkedToTheirOwnPlaceOnThePageStayWhileTheContentsListOfLinksGoes() {
        ExtractedArticle a = Fixtures.extract("headings-linked-to-their-own-anchor.html", null);

        assertThat(a.blocks()).filteredOn(b -> b.kind() == TextBlock.Kind.HEADING).extracting(TextBlock::text)
                .contains("Which bins go out when", "What it costs households");
        assertThat(a.text()).contains("Food caddies go out every Tuesday").doesNotContain("Collections\n");
    }

    @Test
    void aRelatedArticlesHeadingEndsTheTextEvenWithoutAClassName() {
        ExtractedArticle a = Fixtures.extract("related-heading-ends-article.html", null);

        assertThat(a.text()).contains("waiting list is expected to be short")
                .doesNotContain("Related articles", "Library garden club", "fruit trees");
    }

    @Test
    void aRelatedArticlesHeadingWithMoreWordsEndsTheText() {
        ExtractedArticle a = Fixtures.extract("text-related-heading-with-more-words.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).endsWith("the quietest day of the week.").doesNotContain("Related", "Reading groups");
    }

    @Test
    void anUpdateDateShownByTheHeadlineIsTheModifiedDateAndTheStatedPublicationStays() {
        ExtractedArticle a = Fixtures.extract("dateline-shows-update-date.html", "https://helmets.example/guide");

        assertThat(a.published()).contains(OffsetDateTime.of(2023, 2, 10, 9, 0, 0, 0, ZoneOffset.UTC));
        assertThat(a.modified()).contains(OffsetDateTime.of(2025, 6, 3, 14, 30, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(a.sources()).containsEntry("published", Evidence.META);
        assertThat(a.text()).doesNotContain("Updated June 3, 2025").doesNotContain("Posted March 1, 2020");
    }

    @Test
    void withoutMetadataOrHeadlineTheDateOfAnElementNamedLikeADateOutsideChrome() {
        ExtractedArticle a = Fixtures.extract("date-only-in-element-named-date.html", "https://towns.example/repair");

        assertThat(a.published()).map(t -> t.toLocalDate().toString()).contains("2025-07-03");
        assertThat(a.sources()).containsEntry("published", Evidence.DOM);
    }

    @Test
    void aPlainPublishedMetaTagIsAPublicationDate() {
        ExtractedArticle a = Fixtures.extract("date-in-plain-published-meta.html", "https://library.example/sundays");

        assertThat(a.published()).map(t -> t.toLocalDate().toString()).contains("2025-07-17");
        assertThat(a.sources()).containsEntry("published", Evidence.META);
    }

    @Test
    void theModifiedTimeWhenItIsThePagesOnlyDate() {
        ExtractedArticle a = Fixtures.extract("date-only-modified-time-stated.html", "https://outdoors.example/jackets");

        assertThat(a.published()).contains(OffsetDateTime.of(2023, 6, 12, 10, 39, 42, 0, ZoneOffset.UTC));
        assertThat(a.sources()).containsEntry("published", Evidence.META);
    }

    @Test
    void theStatedPublicationDateStaysWhenTheDatelineIsUnrelated() {
        String page = "<html><head><meta property=\"article:published_time\" content=\"2024-05-01T08:00:00Z\"></head>"
                + "<body><article><h1>Harbour market reopens</h1><p>Printed on 7 July 2024</p>"
                + "<p>The covered market by the harbour opened its doors again after a long repair of the roof and the old iron frame.</p>"
                + "</article></body></html>";

        ExtractedArticle a = ArticleExtractor.extract(page.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null);

        assertThat(a.published()).contains(OffsetDateTime.of(2024, 5, 1, 8, 0, 0, 0, ZoneOffset.UTC));
        assertThat(a.sources()).containsEntry("published", Evidence.META);
    }

    @Test
    void disclosuresUpdateLinesBylinesAndTheRepeatedHeadlineAreNotArticleText() {
        String page = "<html><head><title>Ten quiet beaches for a winter walk</title></head><body><article>"
                + "<h1>Ten quiet beaches for a winter walk</h1>"
                + "<p>This post contains affiliate links, and we may earn a commission if you buy through them.</p>"
                + "<p>By Rosa Lindqvist</p><p>Updated on January 9, 2025 at 10:15 am</p>"
                + "<p>Ten quiet beaches for a winter walk</p>"
                + "<p>Winter is the best season for a long walk on the sand: the car parks are empty, the light is low and "
                + "the only company is the birds that gather at the waterline.</p>"
                + "<p>Bring a flask, wear boots that can get wet, and check the tide tables before you set out.</p>"
                + "</article></body></html>";

        ExtractedArticle a = ArticleExtractor.extract(page.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null);

        assertThat(a.blocks()).hasSize(2);
        assertThat(a.text()).startsWith("Winter is the best season").doesNotContain("affiliate", "Rosa", "Updated on");
        assertThat(a.authors()).containsExactly("Rosa Lindqvist");
    }

    @Test
    void anArticlePrintedTwiceForDesktopAndMobileLayoutsIsReadOnce() {
        ExtractedArticle a = Fixtures.extract("responsive-copies-of-the-article.html", null);

        assertThat(a.blocks()).extracting(TextBlock::text).hasSize(4).doesNotHaveDuplicates();
        assertThat(a.blocks().get(0).text()).startsWith("A sourdough starter does not need daily feeding");
    }

    @Test
    void closedAccordionPanelsAreTextButAHiddenDrawerIsNot() {
        ExtractedArticle a = Fixtures.extract("guide-steps-in-closed-accordion-panels.html", null);

        assertThat(a.text()).contains("Dig a trench two spades wide", "stand them in a bucket of water",
                "Set the plants in two rows", "Water the new hedge every week").doesNotContain("gift cards");
    }

    @Test
    void panelsOpenedByADisclosureButtonAreTextThoughHiddenFromScreenReaders() {
        ExtractedArticle a = Fixtures.extract("disclosure-panels-hidden-from-screen-readers.html", null);

        assertThat(a.text()).contains("Three-layer fabrics last longest", "A hood with a stiff peak",
                "Wash and reproof the jacket", "try it on over the warmest layer").doesNotContain("Members save");
    }

    @Test
    void aQuestionWrittenAsALinkToNowhereIsTheFaqsText() {
        ExtractedArticle a = Fixtures.extract("faq-questions-as-links-to-nowhere.html", null);

        // "#", "javascript:" and a link without href set over a panel of text are its toggle: the questions stay;
        // a buy button over a product's features and share buttons are still links
        assertThat(a.text()).contains("Which doorbell cameras have no monthly fees?\n\nModels that record",
                "What do I lose without a plan?\n\nUsually", "Can a thief take the recordings?\n\nA clip stored",
                "Records to a card in the unit")
                .doesNotContain("Back to the top", "Cameras", "See price", "Facebook");
    }

    @Test
    void aSectionsHeaderWithAStepLabelKeepsItsHeadingButATeasersHeaderStillGoes() {
        ExtractedArticle a = Fixtures.extract("section-headers-with-step-labels.html", null);

        // a <header> holding a short label and an unlinked subhead heads its section of the text
        assertThat(a.text()).contains("SETUP STEP #2\n\nBring the desk to your elbows\n\nRaise or lower the desk",
                "Keep the screen an arm's length away")
                // teaser cards' headers (linked titles) and the page's own header are still not the text
                .doesNotContain("The best office chairs we tested", "Standing desks, compared", "March 2, 2025",
                        "Deskwise");
        assertThat(a.blocks()).anySatisfy(b -> {
            assertThat(b.kind()).isEqualTo(TextBlock.Kind.HEADING);
            assertThat(b.text()).isEqualTo("Start with the chair, not the desk");
        });
    }

    @Test
    void aHeaderWhoseLabelIsATimeADateOrByIsNotASectionHeading() {
        // a live blog entry's time and a byline or dateline set as a heading are not labels over a section's subhead
        ExtractedArticle live = Fixtures.extract("liveblog-entry-headers-with-times.html", null);
        ExtractedArticle byline = Fixtures.extract("byline-and-dateline-set-as-headings.html", null);

        assertThat(live.text()).contains("The first gain of the night comes in Northfield")
                .doesNotContain("01:12 GMT", "00:47 GMT", "Sam Patel");
        assertThat(byline.text()).startsWith("For thirty-one years, Malcolm Reid")
                .doesNotContain("Jane Doe", "4 March 2025");
    }

    @Test
    void aSitesPitchOnALineOfItsOwnGoesButTheStorysSentencesAboutANewsletterStay() {
        ExtractedArticle a = Fixtures.extract("promo-lines-between-paragraphs.html", null);

        assertThat(a.text()).startsWith("When the printing press in Alder Creek closed")
                .contains("Join the newsletter's founders at the library", "Within a year the list had 4,000 readers",
                        "Sign up for our newsletter at the town hall desk")
                .doesNotContain("funded by readers", "Continues Below", "Join our newsletter, Alder Weekly",
                        "Follow us", "FREE eBook", "Log in", "PIN FOR LATER", "Want more from Alder Weekly");
    }

    @Test
    void aLinkInsideASentenceStaysWhateverItsClassSays() {
        ExtractedArticle a = Fixtures.extract("link-named-as-recommendation-mid-sentence.html", null);

        assertThat(a.text()).contains("Avoid the urge to overfeed; you'll get lots of leaves",
                "mulch with well-rotted compost so the soil stays cool",
                "said the county's soil adviser Ana Ruiz, who has grown them",
                "Runner beans crop longest. Scarlet Emperor is the old favourite")
                .doesNotContain("Our tomato guide", "Copy quote");
    }

    @Test
    void aRateThisRecipeLinkToNowhereDoesNotEndTheTextBeforeTheRecipe() {
        ExtractedArticle a = Fixtures.extract("recipe-card-after-a-rate-this-recipe-link.html", null);

        assertThat(a.text()).contains("Serves 4.", "250 g red lentils, rinsed", "stir in the juice of the lemon")
                .doesNotContain("Rate this recipe");
    }

    @Test
    void toolLinksToNowhereBetweenParagraphsAreNotText() {
        ExtractedArticle a = Fixtures.extract("article-tool-links-between-paragraphs.html", null);

        assertThat(a.text()).contains("protected bike lanes", "The mayor is expected to sign")
                .doesNotContain("Gift this article", "Save for later", "Print this page", "Comments (14)");
        assertThat(Fixtures.extract("inline-related-link-to-nowhere.html", null).text())
                .contains("The labour minister said").doesNotContain("Related:", "ALSO READ");
    }

    @Test
    void aStoryOrAGuideThatTellsReadersToSignUpKeepsItsWords() {
        assertThat(Fixtures.extract("story-quotes-a-sign-up-instruction.html", null).text()).contains(
                "Join the mailing list, the county's flood manager told", "Get the free checklist from the library",
                "sign up for the newsletter of their neighbourhood association");
        assertThat(Fixtures.extract("how-to-steps-that-say-sign-up.html", null).text()).contains(
                "Sign up for the mailing list of each airline", "Download the free PDF of the passenger rights charter");
    }

    @Test
    void anAdLabelATooltipAndControlsBesideTheWordsStayOut() {
        assertThat(Fixtures.extract("ad-label-between-sentences-in-a-paragraph.html", null).text())
                .contains("run after 10pm. Drivers interviewed").doesNotContain("Advertisement");
        assertThat(Fixtures.extract("author-tooltip-after-a-name-in-a-sentence.html", null).text())
                .contains("led by Dr Amara Osei of Dale University").doesNotContain("Follow her");
        assertThat(Fixtures.extract("footnote-buttons-inside-sentences.html", null).text())
                .contains("of the district's workforce and most of them");
        assertThat(Fixtures.extract("listen-button-after-a-name.html", null).text())
                .contains("Siobhán Ní Dhuibhir who starts in April").doesNotContain("Listen");
    }

    @Test
    void aQuotedPitchIsTheStorysWords() {
        assertThat(Fixtures.extract("story-quotes-scam-messages-that-say-join-my-channel.html", null).text())
                .contains("Join our channel for free daily tips", "Join my channel and double your pension");
    }

    @Test
    void theDisclosureGoesButSentencesAboutAffiliateLinksStay() {
        assertThat(Fixtures.extract("sentences-about-affiliate-links-beside-a-disclosure.html", null).text())
                .startsWith("Most streamers earn from several sources")
                .contains("Affiliate programs: streamers earn a commission", "(both are affiliate links)")
                .doesNotContain("This post contains affiliate links");
    }

    @Test
    void linkedHeadlinesOfOtherStoriesBelowTheArticleAreNotItsItems() {
        assertThat(Fixtures.extract("more-from-the-newsroom-headlines-with-standfirsts.html", null).text())
                .contains("approve a new budget").doesNotContain("School board delays vote on new start times",
                        "Bridge repairs to close Elm Street", "Library names a new director");
    }

    @Test
    void aLinkedContactUsSectionTitleDoesNotEndAHubPage() {
        assertThat(Fixtures.extract("help-hub-with-a-linked-contact-us-section.html", null).text())
                .contains("Sending a parcel", "Returns and refunds", "Lost or damaged parcels",
                        "How to file a claim").doesNotContain("Contact us");
    }

    @Test
    void aStoryAboutAffiliateCommissionsKeepsItsReportingAndTheDisclosureItQuotes() {
        assertThat(Fixtures.extract("story-about-affiliate-commissions-quotes-a-disclosure.html", null).text())
                .contains("Note that most creators earn a commission of between 1 and 10 percent",
                        "Influencers may earn a commission of up to 20 percent", "This story began with a spreadsheet",
                        "Disclosure: I may earn a commission", "Chen's lawyer told her to pin");
    }

    @Test
    void expandButtonsAndInlinePromosInsideSentencesStayOut() {
        assertThat(Fixtures.extract("read-more-buttons-and-inline-promos-in-sentences.html", null).text())
                .contains("restores 12 library positions cut last year and adds",
                        "sign the budget on Friday and it takes effect")
                .doesNotContain("Read More", "Show All", "morning briefing");
    }

    @Test
    void theWritersLinkedNameAfterAListicleIsNotAnItem() {
        assertThat(Fixtures.extract("listicle-ending-with-the-writers-linked-name.html", null).text())
                .contains("PeakRunner 7", "Mudlark 3", "How we tested").doesNotContain("Sam has run 14 ultramarathons");
    }

    @Test
    void datedHeadlinesUnderABriefAreOtherStories() {
        assertThat(Fixtures.extract("brief-over-a-rail-of-dated-headlines.html", null).text())
                .contains("Ferry fares across the bay will rise").doesNotContain("Bridge tolls frozen for a third year");
    }

    @Test
    void reportedPitchesInAScamStoryAreItsEvidence() {
        assertThat(Fixtures.extract("scam-story-reports-pitches-without-quotes.html", null).text())
                .contains("Join our channel and double your savings in a week, one", "Subscribe to my channel for daily tips");
    }

    @Test
    void aClosedTranscriptInAVideoEmbedIsNotAnOpenedPanel() {
        ExtractedArticle a = Fixtures.extract("closed-transcript-in-a-video-embed.html", null);

        assertThat(a.text()).contains("Ferry fares across the harbour", "a new boat ordered last year")
                .doesNotContain("Heavy rain swept through downtown");
    }

    @Test
    void anAgeLineAndAReadingTimeAreNotArticleText() {
        ExtractedArticle a = Fixtures.extract("age-and-reading-time-lines.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).startsWith("Night buses will run again").doesNotContain("hours ago", "min read");
    }

    @Test
    void viewCountsPageNumbersAndReadingTimesBesideADateAreNotText() {
        ExtractedArticle a = Fixtures.extract("text-counters-and-dates-around-the-story.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).startsWith("Forty new allotment plots").endsWith("worth every one of those visits.")
                .doesNotContain("Tuesday", "min read", "views", "Page 2", "Visited", "Last reviewed");
    }

    @Test
    void weekdayDatesBetweenTheProseOrInAListAreTheStorysDaysNotItsDateLine() {
        ExtractedArticle a = Fixtures.extract("text-kept-diary-day-lines.html", null);

        assertThat(a.text()).contains("Monday, 1 December 2025", "Tuesday, 2 December 2025", "Thursday, 7 May 2026",
                "Friday, 8 May 2026").doesNotContain("Tuesday, 9 December", "Wednesday, 10 December");
    }

    @Test
    void aLoneWeekdayDateUnderTheStandfirstIsTheDateLine() {
        ExtractedArticle a = Fixtures.extract("text-date-line-under-a-standfirst.html", null);

        assertThat(a.text()).contains("Two branch libraries will shut", "Councillors voted").doesNotContain("Tuesday, 2 December");
    }

    @Test
    void scriptPlaceholdersAndButtonLabelsAreNotText() {
        ExtractedArticle a = Fixtures.extract("text-script-placeholders-and-button-labels.html", null);

        assertThat(a.blocks()).hasSize(4);
        assertThat(a.text()).doesNotContain("Loading spec", "Loading prices", "Show Caption", "copied!")
                .endsWith("Loading the scooter into a car boot is the hard part: at twenty-two kilos it is heavy to lift.");
    }

    @Test
    void streamedSegmentsTakeThePlaceOfTheirLoadingPlaceholders() {
        ExtractedArticle a = Fixtures.extract("streamed-segments-after-loading-placeholders.html", null);

        assertThat(a.blocks()).extracting(TextBlock::text).hasSize(4).noneMatch(t -> t.startsWith("Loading"));
        assertThat(a.blocks().get(0).text()).startsWith("A heat pump moves warmth");
        assertThat(a.blocks().get(1).text()).startsWith("The running cost depends");
        assertThat(a.blocks().get(2).text()).startsWith("Divide the price");
        assertThat(a.blocks().get(3).text()).startsWith("Short answer");
    }

    @Test
    void commentsInsideCodeAreCodeNotAReadersCommentSection() {
        ExtractedArticle a = Fixtures.extract("code-comments-marked-by-a-highlighter.html", null);

        assertThat(a.text()).contains("# list the branches already merged", "# delete one of them locally",
                "git branch -d old-feature").doesNotContain("forty stale branches");
    }

    @Test
    void aLongDisclaimerInThePageFooterDoesNotBeatAShortArticle() {
        ExtractedArticle a = Fixtures.extract("long-disclaimer-in-page-footer.html", null);

        assertThat(a.text()).startsWith("Renting a van for a house move").contains("return it with a full tank")
                .doesNotContain("general information only");
    }

    @Test
    void anAuthorBoxInsideTheArticleBodyIsNotArticleText() {
        ExtractedArticle a = Fixtures.extract("author-box-after-the-article.html", null);

        assertThat(a.blocks()).hasSize(2);
        assertThat(a.text()).contains("marked stretch near the old mill").doesNotContain("science reporter");
    }

    @Test
    void aBoxHiddenByAUtilityClassGoesButTextHiddenOnlyOnSmallScreensStays() {
        ExtractedArticle a = Fixtures.extract("box-hidden-by-a-utility-class.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).contains("A small refractor on a sturdy mount").doesNotContain("Members save");
    }

    @Test
    void aWritersBioBoxNamedForTheAuthorIsNotArticleText() {
        ExtractedArticle a = Fixtures.extract("text-writer-bio-box-named-for-the-author.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).contains("draw a thin curtain").doesNotContain("windowsills and a balcony");
    }

    @Test
    void theAuthorDescribedAsASchemaPersonIsNotArticleText() {
        ExtractedArticle a = Fixtures.extract("text-author-described-as-schema-person.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).contains("reseat the tyre with your thumbs").doesNotContain("Ilse Marren");
    }

    @Test
    void sectionHeadingsInAPageBuildersHeadingWidgetsStay() {
        ExtractedArticle a = Fixtures.extract("text-section-headings-in-heading-widgets.html", null);

        assertThat(a.blocks()).extracting(TextBlock::kind).containsExactly(TextBlock.Kind.PARAGRAPH,
                TextBlock.Kind.HEADING, TextBlock.Kind.PARAGRAPH, TextBlock.Kind.HEADING, TextBlock.Kind.PARAGRAPH);
        assertThat(a.text()).contains("Bleed the radiators", "Turn the thermostat down one degree");
    }

    @Test
    void aSectionHeadingInItsOwnHeaderElementStays() {
        ExtractedArticle a = Fixtures.extract("text-section-heading-in-its-own-header.html", null);

        assertThat(a.text()).contains("Myth: they only help in snow", "Myth: two are enough", "spin under braking")
                .doesNotContain("What the tests show");
    }

    @Test
    void aNewsletterBoxNamedOnlyInADataAttributeGoes() {
        ExtractedArticle a = Fixtures.extract("text-newsletter-box-named-only-in-data-attribute.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).contains("sell out within a day").doesNotContain("islands briefing", "signing up");
    }

    @Test
    void aHeadingWhoseIdOrClassHoldsABoilerplateWordStays() {
        ExtractedArticle a = Fixtures.extract("text-heading-anchor-id-holds-a-boilerplate-word.html", null);

        assertThat(a.blocks()).hasSize(7);
        assertThat(a.text()).contains("What does sharing cost?", "Social and related costs",
                "How have prices changed in recent years?");
    }

    @Test
    void aCallToActionBoxInsideTheArticleGoes() {
        ExtractedArticle a = Fixtures.extract("text-call-to-action-box-mid-article.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).contains("one size larger").doesNotContain("free trial");
    }

    @Test
    void disclaimerAndFeedbackBoxesAfterTheArticleGo() {
        ExtractedArticle a = Fixtures.extract("text-disclaimer-and-feedback-boxes-after-article.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).contains("during the term").doesNotContain("financial advice", "Was this article useful");
    }

    @Test
    void aWritersBioAndALegalNoticeAfterTheArticleGo() {
        ExtractedArticle a = Fixtures.extract("text-writer-bio-and-legal-notice-after-article.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).contains("Milky Way").doesNotContain("Noor Halvorsen", "Reproduction");
    }

    @Test
    void aMoreFromTheOutletHeadingEndsTheText() {
        ExtractedArticle a = Fixtures.extract("text-more-from-outlet-heading-ends-article.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).contains("forty crates").doesNotContain("More from", "Our reporters");
    }

    @Test
    void aPluginBoxNamedAsAfterTheContentGoes() {
        ExtractedArticle a = Fixtures.extract("text-plugin-box-below-the-content.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).contains("cleaner than they return the books").doesNotContain("small favour");
    }

    @Test
    void textWhoseSourceHoldsUtf8ReadAsWindows1252IsRepaired() {
        ExtractedArticle a = Fixtures.extract("text-utf8-doubly-encoded-in-the-source.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).contains("The caf\u00e9 on the morning ferry", "the operator\u2019s new contract",
                "\u201cwithin weeks\u201d").doesNotContain("\u00c3", "\u00e2\u20ac");
    }

    @Test
    void anEmbeddedSocialPostIsNotArticleText() {
        ExtractedArticle a = Fixtures.extract("text-embedded-social-post-in-article.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).contains("inspect the sea wall").doesNotContain("hill route", "@countyroads");
    }

    @Test
    void labelledBylinesAboveTheTextGoButSentencesStartingWithByStay() {
        ExtractedArticle a = Fixtures.extract("text-labelled-bylines-above-the-text.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).startsWith("By the time most of the street wakes up").contains("By Christmas she hopes")
                .doesNotContain("Written by", "Reviewed by", "Dec 17");
    }

    @Test
    void moreFromAndSubscribeToAsTheArticlesOwnSubheadsDoNotEndTheText() {
        ExtractedArticle a = Fixtures.extract("text-more-from-and-subscribe-to-as-real-subheads.html", "https://news.example/a");

        assertThat(a.text()).contains("More from the interview").contains("Subscribe to what?");
        ExtractedArticle steps = Fixtures.extract("text-how-to-steps-that-start-with-subscribe-to.html", "https://news.example/b");
        assertThat(steps.text()).contains("Subscribe to a paid plan").contains("Confirm the purchase");
    }

    @Test
    void aQuotesSpeakerAndAClickToTweetQuoteAreTheArticlesWords() {
        ExtractedArticle a = Fixtures.extract("text-pull-quote-author-and-click-to-tweet.html", "https://news.example/c");

        assertThat(a.text()).contains("Maria Lopez, transportation director")
                .contains("Tom Becker, owner of Becker Hardware")
                .contains("put it bluntly: “Nobody moves to a city for its parking.”");
    }

    @Test
    void headingsAndListItemsThatSayWrittenByAreNotBylines() {
        ExtractedArticle a = Fixtures.extract("text-headings-and-list-items-written-by.html", "https://news.example/d");

        assertThat(a.text()).contains("Written By Women, For Women").contains("Written by Ama Owusu and directed by Lee Chan")
                .contains("By December 2025");
    }

    @Test
    void wordsThatAlsoNameStoryPartsRemoveListsButNotProse() {
        ExtractedArticle a = Fixtures.extract("text-latest-update-box-and-follow-up-section.html", "https://news.example/e");

        assertThat(a.text()).contains("Update, 5:10 p.m.: After this story was published")
                .contains("The plan now goes to the regional transit board");
        String list = "<html><body><article><h1>Council approves transit plan</h1>"
                + "<p>The council voted 7-2 on Tuesday night to approve the new transit plan after a four-hour public hearing.</p>"
                + "<p>Supporters said the plan would cut commute times for workers on the east side of the city.</p>"
                + "<div class=\"latest\"><ul><li><a href=\"/a\">Bridge repairs start in June</a></li>"
                + "<li><a href=\"/b\">School board names new head</a></li></ul></div></article></body></html>";
        assertThat(ArticleExtractor.extract(list.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null).text())
                .doesNotContain("Bridge repairs");
    }

    @Test
    void pictureCreditsAndTheTitleOfTheTableOfContentsAreNotText() {
        ExtractedArticle a = Fixtures.extract("text-photo-credits-and-contents-title.html", null);

        assertThat(a.text()).startsWith("The towpath along the old canal").contains("volunteers help boat crews")
                .doesNotContain("Contents", "Photo credit", "Getty Images");
    }

    @Test
    void aWriterBioClosingTheTextGoes() {
        ExtractedArticle a = Fixtures.extract("text-writer-bio-below-the-text.html", null);

        assertThat(a.blocks()).hasSize(4);
        assertThat(a.text()).endsWith("meet in the church room instead.").doesNotContain("Odile Marchetti");
    }

    @Test
    void thePagesOneMainElementHoldingMostOfTheChosenContainerIsTheText() {
        ExtractedArticle a = Fixtures.extract("text-main-beside-an-about-me-column.html", null);

        assertThat(a.blocks()).hasSize(4);
        assertThat(a.text()).startsWith("Every kitchen has one drawer").endsWith("find a working pen.")
                .doesNotContain("Hello, I am Wren", "patient husband");
    }

    @Test
    void anElementWithTheMainRoleCountsAsThePagesMainElement() {
        ExtractedArticle a = Fixtures.extract("text-role-main-beside-an-about-me-column.html", null);

        assertThat(a.blocks()).hasSize(4);
        assertThat(a.text()).startsWith("Every kitchen has one drawer").doesNotContain("Hello, I am Wren");
    }

    @Test
    void shortLinesAboveTheHeadlineInTheContainerAreNotText() {
        ExtractedArticle a = Fixtures.extract("text-kicker-above-the-headline.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).startsWith("The first hard frost arrived").doesNotContain("Outdoors", "week 41");
    }

    @Test
    void aJobTitleLineBelowThePostOpensTheWritersBox() {
        ExtractedArticle a = Fixtures.extract("text-writer-box-under-a-job-title.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).endsWith("earliest crossing.").doesNotContain("Contributing Writer", "Mara Quist");
    }

    @Test
    void aFiledUnderLineBelowThePostEndsTheText() {
        ExtractedArticle a = Fixtures.extract("text-filed-under-line-after-the-post.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).endsWith("later in the month.").doesNotContain("Filed under", "reader questions");
    }

    @Test
    void aLatestPostsByLineWithALongNameStillEndsTheText() {
        ExtractedArticle a = Fixtures.extract("text-latest-posts-by-long-name-ends-article.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).endsWith("over the season.").doesNotContain("Latest posts", "Walking meditation");
    }

    @Test
    void aSalesQuestionBelowThePostEndsTheText() {
        ExtractedArticle a = Fixtures.extract("text-sales-question-below-the-post.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).endsWith("can still lift.").doesNotContain("Still have questions", "free quote");
    }

    @Test
    void aContactHeadingBelowThePostEndsTheText() {
        ExtractedArticle a = Fixtures.extract("text-contact-heading-below-the-post.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).endsWith("can still lift.").doesNotContain("Get in touch", "free quote");
    }

    @Test
    void aWasThisHelpfulLineBelowThePostEndsTheText() {
        ExtractedArticle a = Fixtures.extract("text-was-this-helpful-below-the-post.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).endsWith("on the gauge.").doesNotContain("Was this article helpful", "Tell us what");
    }

    @Test
    void theFeedFooterOfACopiedPostIsNotText() {
        ExtractedArticle a = Fixtures.extract("text-feed-footer-after-the-post.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).endsWith("on the gauge.").doesNotContain("appeared first on");
    }

    @Test
    void cardsLinkingToOtherStoriesAfterThePostAreNotText() {
        ExtractedArticle a = Fixtures.extract("text-teaser-cards-after-the-post.html", null);

        assertThat(a.blocks()).hasSize(10);
        assertThat(a.text()).endsWith("carry bicycles, which the current one cannot.")
                .doesNotContain("Inspectors will climb", "Stallholders voted", "two pumps on the meadows");
    }

    @Test
    void cardsNamedSoUnderAHeadingAfterThePostAreNotText() {
        ExtractedArticle a = Fixtures.extract("text-teaser-cards-under-a-heading-after-the-post.html", null);

        assertThat(a.text()).endsWith("taken away on a lorry.").doesNotContain("Buses will stop", "Councillors delayed");
    }

    @Test
    void threeLongCaptionsWithCreditsInANewsStoryAreNotText() {
        ExtractedArticle a = Fixtures.extract("text-news-story-with-three-long-captions.html", null);

        assertThat(a.text()).contains("The alarm was raised just after nine", "buses will follow a diversion")
                .doesNotContain("Photograph:", "Smoke over Northgate", "outside the gates on Wednesday");
    }

    @Test
    void promoPanelsBehindALoneToggleStayClosedAndAnAccordionsPanelsOpen() {
        ExtractedArticle a = Fixtures.extract("text-promo-panels-behind-lone-toggles.html", null);

        assertThat(a.text()).contains("The books will move to the central library", "Only by a new vote of the full council")
                .doesNotContain("Every weekday at 7am", "owned by a charitable trust", "Members save", "Gift a year");
    }

    @Test
    void aCaptionOutsideAFigcaptionIsNotText() {
        ExtractedArticle a = Fixtures.extract("text-caption-outside-figcaption.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).doesNotContain("new ovens arrived", "Regulars waiting");
    }

    @Test
    void aTemplatesPlaceholderTextAndItsLabelsAreNotText() {
        ExtractedArticle a = Fixtures.extract("text-template-placeholder-widget.html", null);

        assertThat(a.blocks()).hasSize(3);
        assertThat(a.text()).startsWith("Mooring fees").endsWith("before the summer season.")
                .doesNotContain("Lorem", "Heading Line", "Head Line", "Featured Video");
    }

    /**
     * Ordinary story text that reads like furniture ("Filed in federal court…", "Need help paying for college?", a
     * lede above a repeated headline, a story's statement in a figure, a roundup's linked items, one boxed link to
     * another story, a story body whose class mentions captions, filler text quoted as an example): none of it may be
     * cut or dropped.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            text-kept-filed.html | Filed in federal court in San Francisco on Monday, the complaint seeks
            text-kept-posted.html | Posted in March, the video has since been viewed more than four millio
            text-kept-needhelp.html | Need help paying for college?
            text-kept-notsure.html | Not sure which firmness is right for you?
            text-kept-contact.html | Get in touch with your landlord first
            text-kept-schedule.html | Schedule a call with your bank's fraud department right away
            text-kept-scam.html | Contact us immediately to avoid license suspension
            text-kept-masthead.html | Managing Editor
            text-kept-awards.html | Category: Best Feature
            text-kept-code2.html | Tags: v1.* v2.*
            text-kept-embed5.html | The city council met on Tuesday evening to debate the proposed budget
            text-kept-bio.html | Maria Lopez is the new director of the city's parks department
            text-kept-getty.html | Getty Images declined to comment on the lawsuit on Tuesday.
            text-kept-credit.html | Credit: Good to excellent (670 or higher)
            text-kept-feedpost.html | The post by the senator appeared first on X, formerly Twitter
            text-kept-kicker.html | The vote was 7 to 2 after a marathon session
            text-kept-roundup.html | The Tidewalker costs half as much as the others
            text-kept-onecard.html | More than a thousand people answered the council's questions
            text-kept-captioned-body.html | The librarian said the pictures would hang in the reading room
            text-kept-lorem-quote.html | Lorem ipsum dolor sit amet, consectetur adipiscing elit
            text-kept-lorem-quote.html | The classic version opens like this:
            text-kept-interested.html | Councillors will discuss the findings at their meeting next Thursday.
            text-kept-counter-facts.html | 1,200,000 views per hour at its peak
            text-kept-counter-facts.html | 4.5m likes on TikTok alone
            text-kept-counter-facts.html | 10 times the crossing nearly ended
            text-kept-counter-facts.html | 3 times national champion
            text-kept-reviewed.html | Reviewed by an independent panel in 2023, which found 14 failings
            text-kept-reviewed.html | Reviewed again in 2025, the unit was rated inadequate.
            text-kept-reviewed.html | Last reviewed in 2019, the staffing plan is now out of date
            text-kept-interested-in-story.html | The loft fund, which covers insulation in full for pensioners
            text-kept-interested-in-story.html | Applications close at the end of March or when the money runs out
            text-kept-related-subhead.html | The test also found a half brother neither knew existed.
            text-kept-related-subhead.html | They have booked a week away together in the autumn
            text-kept-loading-sentence.html | Loading the last lorry…
            text-kept-loading-line-in-code.html | Loading data...
            text-kept-timeline-day-headings.html | Monday, 1 December 2025
            text-kept-timeline-day-headings.html | 15 Dec, 2025
            text-kept-lorem-article.html | Lorem ipsum is a scrambled passage from a book by Cicero
            text-kept-lorem-article.html | Why designers still use it
            text-kept-lorem-article.html | Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod
            text-kept-photo-essay-captions.html | She walks at the back of the flock with her two dogs
            text-kept-photo-essay-captions.html | He spends the winters studying to be a vet in the city
            text-kept-caption-passage.html | Three hours later we were standing on top, alone
            text-kept-linked-sections.html | Figures released under freedom of information show the smaller sites
            text-kept-linked-sections.html | Worth reading for how they did it
            text-kept-linked-sections-under-a-subhead.html | Work stopped after six weeks when the contractor said
            text-kept-liveblog-entries.html | The ferry operator said no crossings would run until the swell drops
            text-kept-liveblog-entries.html | Head teachers in the north of the county said their schools would stay closed
            """)
    void storyTextThatLooksLikeFurnitureIsKept(String page, String sentence) {
        ExtractedArticle a = Fixtures.extract(page, "https://news.example/2025/05/story");

        assertThat(a.text()).contains(sentence);
    }

    @Test
    void anArticleQuotingMojibakeOnPurposeKeepsIt() {
        ExtractedArticle a = Fixtures.extract("text-article-quoting-mojibake-on-purpose.html", "https://news.example/f");

        assertThat(a.text()).contains("an apostrophe turns into â€™ and an e with an acute accent turns into Ã©")
                .contains("São Paulo and Ângela’s café");
    }
    @Test
    void aHubPageKeepsItsLinkedHeadingsOverTheirDescriptions() {
        ExtractedArticle a = Fixtures.extract("linked-item-headings-over-their-descriptions.html", "https://hive.example/guides");

        assertThat(a.blocks()).extracting(TextBlock::text).containsSubsequence("Choosing a hive",
                "How the common hive designs differ, and which one suits a small garden.", "Buying your first bees",
                "Your first inspection", "Getting through winter");
        assertThat(a.text()).doesNotContain("Start guide");
    }

    @Test
    void aListicleKeepsItsItemsWrittenAsOneLinkListsOverTheirParagraphs() {
        ExtractedArticle a = Fixtures.extract("listicle-items-as-linked-list-entries.html", "https://workshop.example/five");

        assertThat(a.blocks()).extracting(TextBlock::text).containsSubsequence("Spoon Rack",
                "A rack of offcuts that hangs by the stove and keeps the wooden spoons dry. Two evenings' work with a drill "
                        + "and a saw.", "Bread Board", "Step Stool", "Bird Box", "Tool Tote");
    }

    @Test
    void linkedTitlesDoNotBringBackContentsPointersTeasersLinkRunsOrTags() {
        ExtractedArticle a = Fixtures.extract("linked-titles-beside-contents-pointers-and-tags.html",
                "https://garden.example/2025/05/shade");

        assertThat(a.blocks()).extracting(TextBlock::text).contains("Hart's-tongue fern", "Hosta 'June'", "Wood anemone");
        assertThat(a.blocks()).filteredOn(b -> b.kind() == TextBlock.Kind.LIST_ITEM).isEmpty(); // contents, links, tags
        assertThat(a.text()).contains("Water deeply once a week").doesNotContain("Jump to",
                "How to make leaf mould in a year", "Keeping slugs off hostas", "Ferns on a north wall",
                "Letting the lawn go to moss", "Pots for a shady step");
    }
    @Test
    void aListicleKeepsItemTitlesSetAloneInTheirBlocksHeaders() {
        ExtractedArticle a = Fixtures.extract("listicle-titles-in-block-headers.html", "https://city.example/2025/05/paths");

        assertThat(a.blocks()).extracting(TextBlock::text).containsSubsequence("Quay Loop", "Mill Path",
                "North Bank Greenway", "Estuary Run");
        assertThat(a.text()).doesNotContain("City Weekly", "Council votes on new bike lanes", "Bike thefts fall");
    }
}
