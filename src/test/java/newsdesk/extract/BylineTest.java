package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Byline traps: each fixture is a way pages mislead a naive author search. */
class BylineTest {

    @Test
    void theOutletNamedAsAuthorGivesWayToThePersonInTheByline() {
        ExtractedArticle a = Fixtures.extract("byline-outlet-named-as-author.html", "https://harbourgazette.example/ferry");

        assertThat(a.authors()).containsExactly("Ingrid Solheim");
        assertThat(a.sources()).containsEntry("authors", Evidence.DOM);
    }

    @Test
    void aDeskCreditIsTheAuthorWhenNoOneIsNamed() {
        ExtractedArticle a = Fixtures.extract("byline-only-a-desk-credit.html", "https://valleycourier.example/cycle-lanes");

        assertThat(a.authors()).containsExactly("News Desk");
        assertThat(AuthorNames.clean(java.util.List.of("admin"))).isEmpty();
        assertThat(AuthorNames.desks(java.util.List.of("admin", "By Staff"))).containsExactly("Staff");
    }

    @Test
    void aDeskCreditGivesWayToTheWriterInTheByline() {
        ExtractedArticle a = Fixtures.extract("byline-desk-credit-beside-writer.html", "https://valleycourier.example/bakery");

        assertThat(a.authors()).containsExactly("Oona Ferris");
    }

    @Test
    void aPersonalSiteNamedForItsOwnerWhoWritesInTheFirstPersonIsByTheOwner() {
        ExtractedArticle a = Fixtures.extract("byline-personal-site-named-for-owner.html", "https://maritolsby.example/bike-shed");

        assertThat(a.authors()).containsExactly("Marit Olsby");
        assertThat(Bylines.siteOwner(org.jsoup.Jsoup.parse("<title>Notes on rust | Tove Lind's blog</title><p>x</p>"), "",
                "people.example.org", "")).containsExactly("Tove Lind");
        String firstPerson = "<p>I grew my own tomatoes this year and I think my method is worth sharing with you.</p>".repeat(3);
        assertThat(Bylines.siteOwner(org.jsoup.Jsoup.parse("<title>Tomatoes</title><nav><a href=/about>About Edda Rask</a></nav>"
                + firstPerson), "Grow Notes", "eddarask.example", "")).containsExactly("Edda Rask");
        assertThat(Bylines.siteOwner(org.jsoup.Jsoup.parse("<title>Tomatoes</title><nav><a href=/about>About Edda Rask</a></nav>"
                + "<p>We grew tomatoes.</p>"), "Grow Notes", "eddarask.example", "")).isEmpty();
    }

    @Test
    void aMagazineNamedLikeAPersonIsNotItsInterviewsAuthor() {
        // "I" only inside the quotes of the people interviewed: not the site speaking
        String quoted = "<p>“I think my best work is behind me,” she said. “My band taught me everything I know.”</p>".repeat(4);
        assertThat(Bylines.siteOwner(org.jsoup.Jsoup.parse("<title>An interview | Rolling Stone</title>" + quoted),
                "Rolling Stone", "rollingstone.example", "")).isEmpty();
        // the publisher is an organisation by that name, whatever the page's pronouns
        String firstPerson = "<p>I grew my own tomatoes this year and I think my method is worth sharing with you.</p>".repeat(3);
        assertThat(Bylines.siteOwner(org.jsoup.Jsoup.parse("<title>Tomatoes | Edda Rask</title>" + firstPerson),
                "Edda Rask", "eddarask.example", "Edda Rask")).isEmpty();
        assertThat(Bylines.siteOwner(org.jsoup.Jsoup.parse("<title>Tomatoes | Edda Rask</title>" + firstPerson),
                "Edda Rask", "eddarask.example", "")).containsExactly("Edda Rask");
    }

    @Test
    void aCompanyNamedLikeAPersonWritingAsWeIsNoAuthor() {
        ExtractedArticle a = Fixtures.extract("byline-company-named-for-host.html", "https://harlowbrandt.example/heat-pumps");

        assertThat(a.authors()).isEmpty();
    }

    @Test
    void aByHeadingInAMenuIsNoByline() {
        ExtractedArticle a = Fixtures.extract("byline-menu-heading-is-not-author.html", "https://planwell.example/offsite");

        assertThat(a.authors()).isEmpty();
    }

    @Test
    void aDateBeforeTheNameIsCutAndACamelCaseClassNamesTheByline() {
        ExtractedArticle a = Fixtures.extract("byline-date-before-name-in-camel-case-class.html", "https://buildfarm.example/keys");

        assertThat(a.authors()).containsExactly("Pavel Orlov");
        assertThat(AuthorNames.cleanOne("Ruth Maddox 4 August 2010")).containsExactly("Ruth Maddox");
        assertThat(AuthorNames.cleanOne("2025-12-17 · Ruth Maddox")).containsExactly("Ruth Maddox");
    }

    @Test
    void namesLinkedInAWrittenByListAreSeparateNames() {
        ExtractedArticle a = Fixtures.extract("byline-written-by-list-of-linked-names.html", "https://warmhome.example/heat-pump");

        assertThat(a.authors()).containsExactly("Lena Brask", "Tomas Varga");
    }

    @Test
    void aLabelGluedToTheNameByAColonIsCut() {
        assertThat(AuthorNames.cleanOne("Authors:Mara Quist, Ivo Lund")).containsExactly("Mara Quist", "Ivo Lund");
        assertThat(AuthorNames.cleanOne("By:Mara Quist")).containsExactly("Mara Quist");
    }

    @Test
    void aRoleAloneIsNoName() {
        ExtractedArticle a = Fixtures.extract("byline-role-above-name.html", "https://northgateweekly.example/river");

        assertThat(a.authors()).containsExactly("Rhea Moss");
        assertThat(AuthorNames.cleanOne("Expert Reviewer")).isEmpty();
        assertThat(AuthorNames.cleanOne("Acme Staff")).containsExactly("Acme Staff");
        assertThat(AuthorNames.cleanOne("The Team")).containsExactly("The Team");
    }

    @Test
    void aColonAfterByStillMakesAByline() {
        assertThat(Bylines.find(Jsoup.parse("<h1>Tide tables</h1><p>by: Mara Quist, Jan 2, 2025</p>").body()))
                .containsExactly("Mara Quist");
    }

    @Test
    void topicTagsInTheBylineAndInitialsInTheAvatarAreNoNamesNorAreCommentAuthors() {
        ExtractedArticle a = Fixtures.extract("byline-tags-and-avatar-initials-are-not-names.html", "https://ledger.example/tax");

        assertThat(a.authors()).containsExactly("Nadia Bergstrom");
    }

    @Test
    void theNameIsTheTextAfterTheLabelAndCommentsAreNoBylines() {
        ExtractedArticle a = Fixtures.extract("byline-comments-and-label-followed-by-text.html", "https://shelf.example/winter");

        assertThat(a.authors()).containsExactly("Gudrun Vale");
    }

    @Test
    void aReviewerMarkedUpLikeAnAuthorIsNoAuthor() {
        ExtractedArticle a = Fixtures.extract("byline-reviewer-is-not-author.html", "https://stride.example/shoes");

        assertThat(a.authors()).containsExactly("Ines Albrecht");
        assertThat(a.sources()).containsEntry("authors", Evidence.MICRODATA);
    }

    @Test
    void aTitleAfterTheNameIsNoName() {
        ExtractedArticle a = Fixtures.extract("byline-role-runs-on-after-name.html", "https://garage.example/tyres");

        assertThat(a.authors()).containsExactly("Vera Lind");
        assertThat(AuthorNames.cleanOne("This post was written by Lea Moss, Head of Marketing and Community Development"))
                .containsExactly("Lea Moss");
        assertThat(AuthorNames.cleanOne("Ivo Brandt - Product marketer")).containsExactly("Ivo Brandt");
        assertThat(AuthorNames.cleanOne("Acme - Widgets")).containsExactly("Acme - Widgets");
        assertThat(AuthorNames.cleanByline("Tove Ek Staff Writer")).containsExactly("Tove Ek");
    }

    @Test
    void labelsWeekdaysLinksAndTemplateKeysAreNoNamesButAnOutletsStaffIs() {
        assertThat(AuthorNames.cleanOne("Insights from")).isEmpty();
        assertThat(AuthorNames.cleanOne("Personal finance")).isEmpty();
        assertThat(AuthorNames.cleanOne("Sat")).isEmpty();
        assertThat(AuthorNames.cleanOne("More About Quill »")).isEmpty();
        assertThat(AuthorNames.cleanOne("page.head.extra.author")).isEmpty();
        assertThat(AuthorNames.cleanOne("Staff")).isEmpty();
        assertThat(AuthorNames.cleanOne("Harbor Staff")).containsExactly("Harbor Staff");
        assertThat(AuthorNames.cleanOne("the Birchwood Team")).containsExactly("the Birchwood Team");
        assertThat(AuthorNames.cleanOne("Anna van der Berg")).containsExactly("Anna van der Berg");
        assertThat(AuthorNames.cleanOne("bell hooks")).containsExactly("bell hooks");
    }

    @Test
    void everyCitationAuthorCountsNotOnlyTheFirstCreator() {
        ExtractedArticle a = Fixtures.extract("byline-citation-authors-meta.html", "https://journal.example/sleep");

        assertThat(a.authors()).containsExactly("Mira Castell", "Jonas Riel", "Petra Ulm");
    }

    @Test
    void theTwitterCardsWrittenByLabelNamesTheAuthor() {
        ExtractedArticle a = Fixtures.extract("byline-only-in-twitter-written-by-label.html", "https://dbnotes.example/indexes");

        assertThat(a.authors()).containsExactly("Sunniva Ravn");
        assertThat(a.sources()).containsEntry("authors", Evidence.META);
    }

    @Test
    void anAuthorLabelInAnAsideInsideTheArticleCountsButNotOneInTheSitesAside() {
        ExtractedArticle a = Fixtures.extract("byline-in-aside-inside-article.html", "https://clinic.example/ai");

        assertThat(a.authors()).containsExactly("Halvard Moe");
    }

    @Test
    void theOutletCreditedBeforeTheWriterAndTeaserCardsAreSkipped() {
        ExtractedArticle a = Fixtures.extract("byline-outlet-credit-before-writer-and-teaser-cards.html",
                "https://lumenlabs.example/stories/small-model");

        assertThat(a.authors()).containsExactly("Signe Dahl");
    }

    @Test
    void anArticleWrittenByHeadingLabelsTheNameAfterIt() {
        ExtractedArticle a = Fixtures.extract("byline-article-written-by-heading.html", "https://obesityclinic.example/medicines");

        assertThat(a.authors()).containsExactly("Rana Holt, MD, FACP");
    }

    @Test
    void theNameElementOfAnAuthorBoxIsAByline() {
        ExtractedArticle a = Fixtures.extract("byline-author-box-name-element.html", "https://careers.example/consulting");

        assertThat(a.authors()).containsExactly("Oda Grieg");
    }

    @Test
    void aLoginInTheMetadataGivesWayToTheFullNameInTheByline() {
        ExtractedArticle a = Fixtures.extract("byline-login-in-metadata-full-name-shown.html", "https://roam.example/car-hire");

        assertThat(a.authors()).containsExactly("Maja Holm");
        assertThat(a.sources()).containsEntry("authors", Evidence.DOM);
    }

    @Test
    void aLinkToATeamMembersPageNamesTheAuthorWhenNothingElseDoes() {
        ExtractedArticle a = Fixtures.extract("byline-only-a-link-to-team-page.html", "https://cellar.example/blog/basics");

        assertThat(a.authors()).containsExactly("Elin Sand");
    }

    @Test
    void anOrganisationAsSoleAuthorIsOneNameEvenWithAnAmpersand() {
        ExtractedArticle a = Fixtures.extract("byline-organisation-name-with-ampersand.html", "https://haleward.example/accident");

        assertThat(a.authors()).containsExactly("Hale & Ward Legal");
        assertThat(a.sources()).containsEntry("authors", Evidence.JSON_LD);
    }

    @Test
    void aFaceClassedAsAnAvatarBesideANameIsTheBylineButACommentersIsNot() {
        ExtractedArticle a = Fixtures.extract("byline-only-an-avatar-beside-the-name.html", "https://crumbnotes.example/acetone");

        assertThat(a.authors()).containsExactly("Petra Lindqvist");
    }

    @Test
    void aPhotoWhoseAltNamesTheWriterOverTheSameNameIsTheByline() {
        ExtractedArticle a = Fixtures.extract("byline-photo-named-in-alt-over-the-name.html", "https://learn.example/cloud-day");

        assertThat(a.authors()).containsExactly("Ines Moreau");
    }

    @Test
    void aWrittenByLabelReachesTheNamePastTheAvatarBetween() {
        ExtractedArticle a = Fixtures.extract("byline-label-then-avatar-then-name.html", "https://scholars.example/tutors");

        assertThat(a.authors()).containsExactly("Rosa Brandt");
    }

    @Test
    void picturesOfThingsCustomersAndCaptionedPeopleNameNoWriter() {
        ExtractedArticle a = Fixtures.extract("byline-pictures-of-other-people-are-no-byline.html", "https://routers.example/mesh");

        assertThat(a.authors()).isEmpty();
    }

    /** A review's pages: faces that are not the writer's, where the page names no one else. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"byline-face-interviewee-photo-atop-an-interview.html",
        "byline-face-founders-in-listicle-cards.html", "byline-face-of-the-deceased-on-an-obituary.html",
        "byline-face-podcast-guest-beside-the-episode.html", "byline-face-customers-on-a-wall-of-love.html",
        "byline-face-listing-agent-on-a-home-for-sale.html", "byline-face-columnists-in-an-opinion-rail.html",
        "byline-face-readers-photos-under-a-recipe.html", "byline-face-trust-badges-on-a-product-page.html",
        "byline-face-equipment-pictures-in-a-recipe-card.html", "byline-face-book-author-after-an-author-field.html",
        "byline-face-keynote-speaker-under-the-headline.html"})
    void facesOfOtherPeopleAndThingsNameNoWriter(String page) {
        assertThat(Fixtures.extract(page, "https://site.example/post").authors()).isEmpty();
    }

    /** A review's pages: the writer's face where bylines stand, or said to be the writer's. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"byline-face-avatar-under-the-headline.html, Ollie Brandt",
        "byline-face-alt-named-photo-under-the-headline.html, Dana Whitlock",
        "byline-face-written-by-label-then-avatar.html, Kate Lindqvist", "byline-face-author-headshot-class.html, Mira Osei",
        "byline-face-docs-blog-author-block.html, Henrik Larsen"})
    void theWritersFaceNamesTheWriter(String page, String writer) {
        assertThat(Fixtures.extract(page, "https://site.example/post").authors()).containsExactly(writer);
    }

    @Test
    void aLayoutWrapperNamedForContentAndSidebarIsNotTheSidebar() {
        ExtractedArticle a = Fixtures.extract("byline-in-a-content-sidebar-layout-wrapper.html", "https://sillandsoil.example/basil");

        assertThat(a.authors()).containsExactly("Greta Holm");
        assertThat(MetadataReader.inChrome(org.jsoup.Jsoup.parse("<div class=sidebar-widget><p id=x>x</p></div>")
                .getElementById("x"))).isTrue();
    }

    /** Classes that say "author" inside other people's words: a guestbook, webmentions, an embedded tweet. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"byline-class-on-a-guestbook-tribute.html",
        "byline-class-on-webmention-authors.html", "byline-class-in-an-embedded-tweet.html"})
    void authorClassesInsideOtherPeoplesWordsNameNoWriter(String page) {
        assertThat(Fixtures.extract(page, "https://site.example/post").authors()).isEmpty();
    }

    @Test
    void aWordThatHoldsTributeIsNotAGuestbook() {
        String page = "<html><head><title>Pricing a yoga class</title></head><body><h1>Pricing a yoga class</h1>"
                + "<div class=header__attributed><div class=text__author>Shauna Marsh</div></div>"
                + "<p>Teachers set their prices by looking at what studios nearby charge, and then by what they need to live on.</p>"
                + "</body></html>";

        assertThat(ArticleExtractor.extract(page.getBytes(java.nio.charset.StandardCharsets.UTF_8), "https://site.example/p", null)
                .authors()).containsExactly("Shauna Marsh");
    }

    @Test
    void aGuestWritersFaceUnderTheHeadlineNamesTheWriter() {
        String page = "<html><head><title>Moving the bus depot</title></head><body><h1>Moving the bus depot</h1>"
                + "<div class=who><img class=avatar src=/a.jpg alt=''><div><p>Amara Lind</p><p>Guest writer</p></div></div>"
                + "<p>The town moved its bus depot off the floodplain in 2019, and the cleanup bills that used to follow every spring stopped coming.</p>"
                + "</body></html>";

        assertThat(ArticleExtractor.extract(page.getBytes(java.nio.charset.StandardCharsets.UTF_8), "https://site.example/p", null)
                .authors()).containsExactly("Amara Lind");
    }

    @Test
    void particlesInsideANameAreWholeWords() {
        assertThat(Fixtures.extract("byline-name-with-particles-van-der.html", "https://harbourtimes.example.com/world/farmers")
                .authors()).containsExactly("Sophie Van der Berg");
        // particles do not count toward a name's length
        String ld = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Abren centro\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"María José Ibarra de la Cruz\"}}</script></head><body><h1>Abren centro</h1>"
                + "<p>El centro abrió el sábado por la mañana con una fila que daba la vuelta a la manzana, según los organizadores.</p></body></html>";
        assertThat(ArticleExtractor.extract(ld.getBytes(java.nio.charset.StandardCharsets.UTF_8), "https://vozdelvalle.example.com/a", null)
                .authors()).containsExactly("María José Ibarra de la Cruz");
    }

    @Test
    void aMetadataNameThatRunsOnIntoTheOutletAndAJobTitleIsTheName() {
        assertThat(Fixtures.extract("byline-meta-name-runs-on-into-outlet-and-title.html", "https://millbrookcourier.example.com/news/armory")
                .authors()).containsExactly("Kyle Brennan");
        // one role word after two words may be a pen name's
        assertThat(AuthorNames.withoutTitle("Luxury Travel Expert", w -> false)).isEqualTo("Luxury Travel Expert");
        assertThat(AuthorNames.withoutTitle("Jane Roe Senior Editor", w -> false)).isEqualTo("Jane Roe");
    }

    @Test
    void aLoginInTheThemesBylineGivesWayToTheByLineOverTheText() {
        assertThat(Fixtures.extract("byline-login-in-theme-byline-name-in-text.html", "https://lakeshore.example.com/memorial")
                .authors()).containsExactly("Marcy Holt");
    }

    @Test
    void shoutedNamesAreSetInTheCaseAReaderWritesThem() {
        assertThat(AuthorNames.unshouted("ANITA SNOW")).isEqualTo("Anita Snow");
        assertThat(AuthorNames.unshouted("SEAN O'NEIL-PARK III")).isEqualTo("Sean O'Neil-Park III");
        assertThat(AuthorNames.unshouted("Anita SNOW")).isEqualTo("Anita SNOW");
        assertThat(AuthorNames.clean(java.util.List.of("By JOANNE KESSLER"))).containsExactly("Joanne Kessler");
    }

    @Test
    void staffReportsAreADeskCredit() {
        assertThat(AuthorNames.clean(java.util.List.of("From staff reports"))).isEmpty();
        assertThat(AuthorNames.desks(java.util.List.of("From staff reports"))).containsExactly("Staff reports");
    }

    @Test
    void aCommentsMicrodataAuthorIsAReaderNotAWriter() {
        assertThat(Fixtures.extract("byline-microdata-author-of-a-comment.html", "https://beanratio.example.com/grinders/")
                .authors()).containsExactly("Tomasz Wierzbicki");
    }

    @Test
    void aWritersAffiliationAfterTheNameIsNoSecondAuthor() {
        assertThat(AuthorNames.clean(java.util.List.of("By Priya Natarajan, College of Engineering"))).containsExactly("Priya Natarajan");
        assertThat(AuthorNames.clean(java.util.List.of("Jo Park, Office of Communications"))).containsExactly("Jo Park");
        assertThat(AuthorNames.clean(java.util.List.of("Jo Park, Collegeview Smith"))).containsExactly("Jo Park", "Collegeview Smith");
    }
}
