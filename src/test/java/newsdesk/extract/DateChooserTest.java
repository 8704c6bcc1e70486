package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Traps for the publication date, each found on real pages and rebuilt here in our own words. */
class DateChooserTest {

    private static String day(ExtractedArticle a) {
        return a.published().map(t -> t.toLocalDate().toString()).orElse("");
    }

    private static ExtractedArticle page(String html) {
        return ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);
    }

    @Test
    void todaysDateInATopBarDoesNotReplaceTheStatedDate() {
        ExtractedArticle a = Fixtures.extract("date-todays-date-in-a-top-bar-above-headline.html", "https://news.example/2025/05/story");

        assertThat(day(a)).isEqualTo("2025-05-02");
    }

    @Test
    void anEventsDateUnderTheHeadlineDoesNotReplaceTheStatedDate() {
        ExtractedArticle a = Fixtures.extract("date-event-date-under-headline.html", "https://news.example/2025/05/story");

        assertThat(day(a)).isEqualTo("2025-05-02");
    }

    @Test
    void aUrlDayADayOffTheStatedTimeGivesTheDayButKeepsTheMoment() {
        ExtractedArticle a = Fixtures.extract("date-url-day-keeps-the-stated-moment.html", "https://news.example/2025/05/18/story");

        assertThat(day(a)).isEqualTo("2025-05-18");
        assertThat(a.published().orElseThrow().toInstant()).isEqualTo(OffsetDateTime.parse("2025-05-19T03:05:00Z").toInstant());
    }

    @Test
    void aProductsReleaseDateInAFactBoxIsNotThePagesDate() {
        ExtractedArticle a = Fixtures.extract("date-release-date-in-a-fact-box.html", "https://news.example/reviews/camera");

        assertThat(a.published()).isEmpty();
    }

    @Test
    void theDatelineJustAboveTheHeadlineBeatsDatesInAListFurtherDown() {
        ExtractedArticle a = Fixtures.extract("date-dateline-above-headline-list-below.html", "https://bakery.example/starter");

        assertThat(day(a)).isEqualTo("2024-10-14");
        assertThat(a.sources()).containsEntry("published", Evidence.DOM);
    }

    @Test
    void aDateLabelledAsTheOriginalPublicationBeatsAnUpdateDateShownFirst() {
        ExtractedArticle a = Fixtures.extract("date-updated-and-originally-published-shown.html", "https://garage.example/tyres");

        assertThat(day(a)).isEqualTo("2021-10-12");
    }

    @Test
    void anUpdateDateIsThePublicationDateOnlyWhenThePageHoldsNoOtherDate() {
        ExtractedArticle a = Fixtures.extract("date-only-last-updated-shown.html", "https://soups.example/cold-week");

        assertThat(day(a)).isEqualTo("2025-02-11");
    }

    @Test
    void aTimeElementsDatetimeAttributeBeatsItsText() {
        ExtractedArticle a = Fixtures.extract("date-time-attribute-differs-from-text.html", "https://roasters.example/kit");

        assertThat(day(a)).isEqualTo("2024-11-05");
    }

    @Test
    void aTimeElementsTextGivesTheReadersDayWhenTheAttributeIsADayAwayInUtc() {
        ExtractedArticle a = page("<html><body><article><h1>Night ferry crosses in a storm</h1>"
                + "<time datetime=\"2025-03-05T04:30:00Z\">March 4, 2025 11:30 pm</time>"
                + "<p>The night ferry crossed the strait in a force nine gale and arrived four hours late with all aboard safe.</p>"
                + "</article></body></html>");

        assertThat(day(a)).isEqualTo("2025-03-04");
    }

    @Test
    void aTimeLabelledAsAnUpdateIsNotThePublicationDate() {
        ExtractedArticle a = page("<html><body><article><h1>Choosing a telescope for the garden</h1>"
                + "<p>Last updated: <time datetime=\"2026-01-12\">January 12, 2026</time>.</p>"
                + "<p>A small refractor on a sturdy mount shows more than a big mirror on a wobbly one, and it cools down faster.</p>"
                + "<p class=\"post-date\">Posted 16 March 2019</p>"
                + "</article></body></html>");

        assertThat(day(a)).isEqualTo("2019-03-16");
    }

    @Test
    void aDatelineWrittenYearDotMonthDotDay() {
        ExtractedArticle a = page("<html><body><h1>Why small languages fade</h1><p><span>Essay - Published: 2025.12.17 | essays</span></p>"
                + "<p>A language lives as long as people write new code in it, and people follow the libraries and the tools.</p>"
                + "</body></html>");

        assertThat(day(a)).isEqualTo("2025-12-17");
    }

    @Test
    void anUnlabelledDateByTheHeadlineBeatsAnEarlierDayStatedOnlyInTheMetadata() {
        ExtractedArticle a = Fixtures.extract("date-shown-refreshed-later-than-hidden-metadata.html", "https://cycling.example/jackets");

        assertThat(day(a)).isEqualTo("2025-09-30");
        assertThat(a.sources()).containsEntry("published", Evidence.DOM);
        assertThat(a.modified()).contains(OffsetDateTime.of(2025, 9, 30, 10, 0, 0, 0, ZoneOffset.ofHours(-4)));
    }

    @Test
    void aDateLabelledAsAnUpdateByTheHeadlineLeavesTheStatedPublication() {
        String html = new String(Fixtures.bytes("date-shown-refreshed-later-than-hidden-metadata.html"), StandardCharsets.UTF_8)
                .replace("<p class=\"date\">", "<p class=\"date\">Updated ");

        ExtractedArticle a = page(html);

        assertThat(a.published()).contains(OffsetDateTime.of(2021, 4, 2, 8, 0, 0, 0, ZoneOffset.ofHours(-4)));
        assertThat(a.sources()).containsEntry("published", Evidence.JSON_LD);
    }

    @Test
    void aHeaderListingSeveralDaysIsNotTheArticlesDateline() {
        String html = new String(Fixtures.bytes("date-shown-refreshed-later-than-hidden-metadata.html"), StandardCharsets.UTF_8)
                .replace("<p class=\"date\">September 30, 2025</p>", "<ul class=\"latest\"><li>September 30, 2025</li>"
                        + "<li>September 23, 2025</li></ul>");

        assertThat(day(page(html))).isEqualTo("2021-04-02");
    }

    @Test
    void aNumericDatelineThatIsTheStatedDayReadTheOtherWayRoundIsThatDay() {
        ExtractedArticle a = page("<html><head><meta property=\"article:published_time\" content=\"2024-09-10T16:07:00Z\">"
                + "</head><body><article><h1>Planning a kitchen renovation in phases</h1><p class=\"post-date\">09.10.2024</p>"
                + "<p>Start with the plumbing and the wiring, because everything after them is harder to undo.</p>"
                + "</article></body></html>");

        assertThat(day(a)).isEqualTo("2024-09-10");
    }

    @Test
    void aDatelineADayBeforeTheStatedTimeInNoTimeZoneIsAnotherDay() {
        ExtractedArticle a = page("<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\","
                + "\"datePublished\":\"2025-12-19T22:02:58Z\"}</script></head><body><article>"
                + "<h1>A new way to read what a model has learned</h1><div class=\"meta\"><div>Dec 18, 2025</div></div>"
                + "<p>We trained small probes on the activations and read off which features each layer keeps.</p>"
                + "</article></body></html>");

        assertThat(day(a)).isEqualTo("2025-12-18");
    }

    @Test
    void theUrlsDayBeatsAStatedUtcTimeThatFellAfterMidnight() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2025-12-19T03:05:00+00:00\"></head>"
                + "<body><article><h1>Are the evangelists overheating?</h1>"
                + "<p>Every week brings a louder promise, and every month a quieter correction of the last one.</p>"
                + "</article></body></html>";

        ExtractedArticle a = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8),
                "https://collie.example/2025/12/18/evangelists-overheating/", null);

        assertThat(day(a)).isEqualTo("2025-12-18");
        assertThat(a.sources()).containsEntry("published", Evidence.URL);
        ExtractedArticle far = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8),
                "https://collie.example/2025/12/17/evangelists-overheating/", null);
        assertThat(day(far)).isEqualTo("2025-12-17");
    }

    @Test
    void theHeadlineIsTheH1ThatHoldsTheTitleNotTheSitesNameInAnEarlierH1() {
        ExtractedArticle a = Fixtures.extract("date-site-name-h1-above-headline-h1.html", "https://bell.example/1234/features/pond/");

        assertThat(day(a)).isEqualTo("2024-04-22");
    }

    @Test
    void aLabelledLineAtTheFootOfALongPageIsTheDateWhenThePageHasNoOther() {
        ExtractedArticle a = Fixtures.extract("date-only-labelled-line-at-foot-of-long-page.html", "https://parks.example/learn/cams.htm");

        assertThat(day(a)).isEqualTo("2023-03-01");
        String printedOnly = new String(Fixtures.bytes("date-only-labelled-line-at-foot-of-long-page.html"), StandardCharsets.UTF_8)
                .replace("Last reviewed:", "Printed:");
        assertThat(day(page(printedOnly))).isEmpty();
    }

    @Test
    void aPostedLineOfItsOwnBeatsANoteThatTellsWhenThePostWasOriginallyPublished() {
        ExtractedArticle a = Fixtures.extract("date-posted-line-and-originally-published-note.html", "https://journals.example/post/indexing");

        assertThat(day(a)).isEqualTo("2024-03-09");
    }

    @Test
    void aDateOnTheLineAfterTheBylineAtTheFootOfALongArticle() {
        ExtractedArticle a = Fixtures.extract("date-after-written-by-at-foot-of-long-article.html", "https://apps.example/blog/how-apps-are-made");

        assertThat(day(a)).isEqualTo("2024-06-03");
        String noByline = new String(Fixtures.bytes("date-after-written-by-at-foot-of-long-article.html"), StandardCharsets.UTF_8)
                .replace("Written by <a href=\"/blog/author/lea-moss\">Lea Moss</a>", "Share this guide");
        assertThat(day(page(noByline))).isEmpty();
    }

    @Test
    void aMonthAndYearIsNotWhereTheDatelinesDateStandsSoTheUpdateLabelIsRead() {
        ExtractedArticle a = page("<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\","
                + "\"datePublished\":\"2022-03-05T09:00:00Z\"}</script></head><body><article>"
                + "<h1>A year of riding a cargo bike to school</h1>"
                + "<p class=\"note\">Originally published in March 2022. Last updated on December 20, 2024.</p>"
                + "<p>The bike carried two children and a cello up the hill every weekday, rain or shine.</p>"
                + "</article></body></html>");

        assertThat(day(a)).isEqualTo("2022-03-05");
    }

    @Test
    void todaysDateInTheMastheadAboveTheHeadlineIsNotTheArticlesDate() {
        ExtractedArticle a = Fixtures.extract("date-masthead-shows-today-above-headline.html", "https://courier.example/local/night-buses");

        assertThat(day(a)).isEqualTo("2025-03-14");
        assertThat(a.sources()).containsEntry("published", Evidence.META);
        String inStoryHead = new String(Fixtures.bytes("date-masthead-shows-today-above-headline.html"), StandardCharsets.UTF_8)
                .replace("<p class=\"kicker\">", "<p class=\"kicker\">Updated to run daily: <span>Nov 24, 2025</span> ")
                .replace("Updated to run daily: ", "")
                .replace("</title>", "</title><meta property=\"article:modified_time\" content=\"2025-11-24T08:00:00+00:00\">");
        // shown in the story's head, and the page says it changed that day: the outlet re-dated the story
        assertThat(day(page(inStoryHead))).isEqualTo("2025-11-24");
        // with no such change stated, a later day under the headline is some other date (an event's, today's)
        assertThat(day(page(inStoryHead.replaceFirst("<meta property=\"article:modified_time\"[^>]*>", ""))))
                .isEqualTo("2025-03-14");
    }

    @Test
    void aDatelineYearsBeforeTheStatedPublicationIsTheFirstPublication() {
        ExtractedArticle a = Fixtures.extract("date-shown-years-before-republished-metadata.html", "https://garden.example/garlic");

        assertThat(day(a)).isEqualTo("2022-08-25");
        assertThat(a.sources()).containsEntry("published", Evidence.DOM);
    }

    @Test
    void aDatelineADayBeforeTheStatedPublicationIsOnlyAZoneAndTheMetadataStays() {
        ExtractedArticle a = page("<html><head><meta property=\"article:published_time\" content=\"2021-12-10T02:17:00+00:00\">"
                + "</head><body><article><p class=\"meta\">Breads · <time datetime=\"2021-12-09\">December 9, 2021</time></p>"
                + "<h1>One loaf of sourdough</h1><p>Mix the flour and the water an hour before the starter goes in.</p>"
                + "</article></body></html>");

        assertThat(day(a)).isEqualTo("2021-12-10");
        assertThat(a.sources()).containsEntry("published", Evidence.META);
    }

    @Test
    void aDateInASentenceOrATableIsNotADatelineAndTheHeadlinesContainerIsNotChrome() {
        ExtractedArticle a = Fixtures.extract("date-in-sentence-and-table-not-dateline.html", "https://locks.example/fakes");

        assertThat(day(a)).isEqualTo("2025-09-25");
        assertThat(a.sources()).containsEntry("published", Evidence.META);
        ExtractedArticle noMeta = page("<html><body><div class=\"sidebar-fixed--contain\"><article><h1>And finally: a quiet week</h1>"
                + "<time datetime=\"2025-12-19\">19 Dec 2025</time><p>Nothing much happened on the building sites this week, "
                + "and the cranes stood still in the wind.</p></article></div>"
                + "<div class=\"list\"><time datetime=\"2025-12-18\">18 Dec 2025</time></div></body></html>");
        assertThat(day(noMeta)).isEqualTo("2025-12-19");
    }

    @Test
    void aPublishedLineInTheArticlesSidebarCountsButTheSidebarsRelatedDatesDoNot() {
        ExtractedArticle a = Fixtures.extract("date-published-line-in-sidebar-and-article-footer.html", "https://ferries.example/busiest");

        assertThat(day(a)).isEqualTo("2024-03-03");
    }

    @Test
    void aMetaTagNamedForThePublishedDateOutsideTheKnownNames() {
        ExtractedArticle a = Fixtures.extract("date-in-article-footer-and-unlisted-meta.html", "https://boats.example/office");

        assertThat(day(a)).isEqualTo("2023-03-30");
        assertThat(a.sources()).containsEntry("published", Evidence.META);
    }

    @Test
    void theDateInAnArticlesOwnFooterIsNotSiteChrome() {
        String html = new String(Fixtures.bytes("date-in-article-footer-and-unlisted-meta.html"), StandardCharsets.UTF_8)
                .replace("<meta name=\"w-published-date\" content=\"2023-03-30T06:03:43.274Z\">", "");

        assertThat(day(page(html))).isEqualTo("2023-03-30");
    }

    @Test
    void anIsoTimestampInAnElementNamedForThePublicationTime() {
        ExtractedArticle a = page("<html><body><main><h2>Hot summers in the north</h2>"
                + "<p><span class=\"Author_publicationTime__x1\">2022-11-23T08:10+02:00</span></p>"
                + "<p>The northern summers are getting longer, and the forests dry out weeks earlier than they used to.</p>"
                + "</main></body></html>");

        assertThat(a.published()).contains(OffsetDateTime.of(2022, 11, 23, 8, 10, 0, 0, ZoneOffset.ofHours(2)));
    }

    @Test
    void aLongSentenceSayingWhenTheStoryWasOriginallyPublished() {
        ExtractedArticle a = page("<html><body><article><h1>The pros and cons of a tiny house</h1>"
                + "<p>30 Sep 2022, 11:07am</p>"
                + "<p>A tiny house costs less to heat and to clean, but every object you own has to earn its place on the shelf.</p>"
                + "<p>Planning rules differ from one council to the next, so ask before you buy a plot or a trailer.</p>"
                + "<p>This article was originally published on 26 Sep 2019 at 4:12pm and has been updated regularly since then "
                + "to keep the prices and the rules current.</p>"
                + "</article></body></html>");

        assertThat(day(a)).isEqualTo("2019-09-26");
    }

    @Test
    void withoutAnH1TheHeadingThatMatchesTheTitleLeadsToTheDateline() {
        ExtractedArticle a = Fixtures.extract("date-no-h1-headline-in-h2.html", "https://quayside.example/cache");

        assertThat(day(a)).isEqualTo("2025-12-17");
    }

    @Test
    void lastPublishedIsAnUpdateAndTheDateByTheHeadlineIsTheFirstPublication() {
        ExtractedArticle a = page("<html><head><meta property=\"article:published_time\" content=\"2024-08-07T12:01:51Z\"></head>"
                + "<body><article><h1>What my failed shop taught me</h1><p><span>7 min read · Dec 30, 2013</span></p>"
                + "<p>We ran out of money in the second winter, three months before the orders finally started to come in.</p>"
                + "<p>Next time I would sell the idea to ten customers before building anything at all.</p>"
                + "<p><span>Last published Apr 8, 2024</span></p></article></body></html>");

        assertThat(day(a)).isEqualTo("2013-12-30");
    }

    @Test
    void aNumericDatelineReadMonthFirstYieldsToTheUrlThatPutsTheDayFirst() {
        String html = "<html><body><article><h1>How many kinds of cider are there?</h1><p><span class=\"post-time\">03/10/2023</span></p>"
                + "<p>Cider ranges from bone dry to sweet, from still to sparkling, and from pale gold to the colour of tea.</p>"
                + "</article></body></html>";

        ExtractedArticle a = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8),
                "https://cider.example/blog/2023/october/03/how-many-kinds/", null);

        assertThat(day(a)).isEqualTo("2023-10-03");
        assertThat(a.sources()).containsEntry("published", Evidence.URL);
    }
}
