package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import newsdesk.SiteSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The public pages as a reader's browser gets them, over real HTTP, on every database. */
class SitePagesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void frontPageShowsTenPostsNewestFirstUnderDateHeadersWithOlderAndNewerLinks(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      site.importResource("/publish/twelve-posts.json");
      HttpResponse<String> first = site.get("/");
      assertThat(first.statusCode()).isEqualTo(200);
      Document doc = Jsoup.parse(first.body());
      List<String> titles = doc.select(".h-feed .h-entry > .p-name").eachText();
      assertThat(titles).hasSize(10);
      assertThat(titles.get(0)).isEqualTo("Paging post number 12");
      assertThat(titles).doesNotContain("A draft nobody sees", "Scheduled for later");
      assertThat(doc.select(".date-header").eachText())
          .startsWith("Friday, November 13, 2026", "Thursday, November 12, 2026", "Wednesday, November 11, 2026");
      assertThat(doc.select("a.older").attr("href")).isEqualTo("/?page=2");
      assertThat(doc.select("a.newer")).isEmpty();

      Document second = Jsoup.parse(site.get("/?page=2").body());
      assertThat(second.select(".h-entry > .p-name").eachText())
          .containsExactly("Paging post number 10", "Paging post number 11");
      assertThat(second.select("a.newer").attr("href")).isEqualTo("/");
      assertThat(second.select("a.older")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void dateHeadersFollowTheSiteTimeZoneAndLanguage(String kind) {
    try (TestSite site = TestSite.start(kind, dir, s -> new SiteSettings(s.title(), s.description(), s.baseUrl(),
        ZoneId.of("Europe/Berlin"), java.util.Locale.GERMANY, 10, false, 5, java.time.Duration.ofMinutes(10)))) {
      site.importResource("/publish/twelve-posts.json");
      Document doc = Jsoup.parse(site.get("/").body());
      // 2026-11-10T23:30Z is already November 11th in Berlin, so that post moves under the next day's header
      Element day = doc.select("section.day").stream()
          .filter(d -> d.selectFirst(".date-header").text().equals("Mittwoch, 11. November 2026")).findFirst().orElseThrow();
      assertThat(day.select(".h-entry > .p-name").eachText()).contains("Paging post number 03");
      assertThat(doc.select("html").attr("lang")).isEqualTo("de-DE");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void postPageCarriesMicroformatsAttributionAndStructuredData(String kind) throws Exception {
    try (TestSite site = TestSite.start(kind, dir)) {
      site.importResource("/publish/two-posts.json");
      HttpResponse<String> res = site.get("/2026/11/harbour-pilots-walk-out");
      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
      Document doc = Jsoup.parse(res.body());
      Element entry = doc.selectFirst("article.h-entry");
      assertThat(entry.selectFirst("h1.p-name").text()).isEqualTo("Harbour pilots walk out as pay talks stall");
      assertThat(entry.selectFirst(".dt-published").attr("datetime")).isEqualTo("2026-11-20T08:15:00Z");
      assertThat(entry.select(".p-category").eachText()).containsExactly("Europe", "Labour");

      Element figure = entry.selectFirst("figure.lead-image");
      assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Cranes at dusk");
      assertThat(figure.selectFirst("figcaption .caption").text()).isEqualTo("Cranes stand idle at the container terminal on Friday.");
      assertThat(figure.selectFirst("figcaption .credit").text()).isEqualTo("TEST WIRE/Jo Lind");

      Element cite = entry.selectFirst(".e-content .h-cite");
      assertThat(cite.selectFirst(".p-author").text()).isEqualTo("Mara Okafor and Jo Lind");
      assertThat(cite.selectFirst(".p-publication").text()).isEqualTo("The Test Ledger");
      assertThat(cite.selectFirst("a.u-url.p-name").attr("href")).isEqualTo("https://ledger.example.com/2026/11/20/pilots");
      assertThat(cite.selectFirst("blockquote").attr("cite")).isEqualTo("https://ledger.example.com/2026/11/20/pilots");
      assertThat(cite.select("blockquote p").eachText()).containsExactly(
          "The pilots who guide ships into the harbour stopped work at dawn.", "Talks are set to resume <on Monday>.");
      assertThat(cite.selectFirst(".read-more a").text()).startsWith("Read more");
      assertThat(entry.selectFirst(".note").text()).startsWith("Editor:").contains("played it down");
      assertThat(entry.select(".coverage li .p-publication").eachText()).containsExactly("Nordic Test Wire", "Eastern Test Courier");

      String jsonLd = doc.selectFirst("script[type=application/ld+json]").data();
      var ld = new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonLd);
      assertThat(ld.path("@type").asText()).isEqualTo("BlogPosting");
      assertThat(ld.path("image").path("caption").asText()).startsWith("Cranes stand idle");
      assertThat(ld.path("image").path("creditText").asText()).isEqualTo("TEST WIRE/Jo Lind");
      assertThat(ld.path("citation").get(0).path("publisher").path("name").asText()).isEqualTo("The Test Ledger");
      assertThat(doc.select("link[rel=alternate]").eachAttr("type"))
          .contains("application/atom+xml", "application/rss+xml", "application/feed+json");
      assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://news.test/2026/11/harbour-pilots-walk-out");
      assertThat(doc.select("nav.pager a.older").attr("href")).isEqualTo("/2026/11/central-bank-holds-rates");
      assertThat(doc.select("nav.pager a.newer")).isEmpty();
      Document older = Jsoup.parse(site.get("/2026/11/central-bank-holds-rates").body());
      assertThat(older.select("nav.pager a.newer").attr("href")).isEqualTo("/2026/11/harbour-pilots-walk-out");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void labelAndArchivePagesListTheirPostsAndTheSidebarCountsThem(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      site.importResource("/publish/twelve-posts.json");
      Document label = Jsoup.parse(site.get("/label/Odd").body());
      assertThat(label.select(".h-entry > .p-name").eachText()).hasSize(6).allMatch(t -> t.startsWith("Paging post"));
      assertThat(label.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href")).contains("/label/Odd/atom.xml");
      HttpResponse<String> spaced = site.get("/label/All%20Posts?page=2");
      assertThat(spaced.statusCode()).isEqualTo(200);
      assertThat(Jsoup.parse(spaced.body()).select(".h-entry")).hasSize(2);

      Document october = Jsoup.parse(site.get("/archive/2026/10").body());
      assertThat(october.select(".h-entry > .p-name").eachText())
          .containsExactly("Paging post number 10", "Paging post number 11");

      Document front = Jsoup.parse(site.get("/").body());
      assertThat(front.select(".labels li").eachText()).contains("All Posts (12)", "Even (6)", "Odd (6)");
      assertThat(front.select(".archive summary").eachText()).containsExactly("2026 (12)");
      assertThat(front.select(".archive li li").eachText()).containsExactly("November (10)", "October (2)");
      assertThat(front.select(".archive li li a").eachAttr("href")).containsExactly("/archive/2026/11", "/archive/2026/10");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nope", "/?page=0", "/?page=abc", "/?page=99", "/?page=99999999999", "/2026/13/paging-post-01",
      "/20x6/11/paging-post-01", "/2026/11/Not_A_Slug", "/2026/11/no-such-post", "/2026/12/draft-nobody-sees",
      "/2026/12/scheduled-for-later", "/label/NoSuchLabel", "/archive/2026/00", "/archive/1999/01", "/archive/abcd/11",
      "/label/Odd?page=-1", "/static/nothing.css", "/2026/11/paging-post-01/extra/bits"})
  void badOrUnknownAddressesGetTheNotFoundPageNeverAnError(String path) {
    try (TestSite site = TestSite.start("sqlite", dir)) {
      site.importResource("/publish/twelve-posts.json");
      HttpResponse<String> res = site.get(path);
      assertThat(res.statusCode()).isEqualTo(404);
      assertThat(res.body()).contains("Page not found").doesNotContain("Exception", "at newsdesk.");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void aPostUnderTheWrongMonthRedirectsToItsAddress(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      site.importResource("/publish/twelve-posts.json");
      HttpResponse<String> res = site.get("/2025/01/paging-post-01");
      assertThat(res.statusCode()).isEqualTo(301);
      assertThat(res.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/2026/11/paging-post-01"));
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void pagesAnswerConditionalRequestsWith304(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      site.importResource("/publish/two-posts.json");
      for (String path : List.of("/", "/2026/11/harbour-pilots-walk-out", "/label/Markets", "/archive/2026/11")) {
        HttpResponse<String> first = site.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(site.get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
        assertThat(site.get(path, "If-Modified-Since", lastModified).statusCode()).as(path).isEqualTo(304);
        assertThat(site.get(path, "If-None-Match", "\"something-else\"").statusCode()).as(path).isEqualTo(200);
        assertThat(site.get(path, "If-Modified-Since", "Tue, 01 Jan 2019 00:00:00 GMT").statusCode()).as(path).isEqualTo(200);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/2026/11/harbour-pilots-walk-out", "/feeds/atom.xml"})
  void pagesGoOutGzippedToClientsThatTakeItWithTheirOwnValidator(String path) throws Exception {
    try (TestSite site = TestSite.start("sqlite", dir)) {
      site.importResource("/publish/two-posts.json");
      HttpResponse<String> plain = site.get(path);
      var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.url(path))).header("Accept-Encoding", "gzip, br").build();
      var zipped = java.net.http.HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
      assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
      assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
      String unzipped = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body())).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertThat(unzipped).isEqualTo(plain.body());
      String etag = zipped.headers().firstValue("ETag").orElseThrow();
      assertThat(etag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
      assertThat(site.get(path, "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode()).isEqualTo(304);
      assertThat(site.get(path, "Accept-Encoding", "gzip;q=0", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/2026/11/harbour-pilots-walk-out", "/healthz"})
  void headAnswersLikeGetWithoutABody(String path) throws Exception {
    try (TestSite site = TestSite.start("sqlite", dir)) {
      site.importResource("/publish/two-posts.json");
      var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.url(path)))
          .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build();
      var head = java.net.http.HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> get = site.get(path);
      assertThat(head.statusCode()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void anUnexpectedFailureGivesThe500PageWithARequestIdAndNoStackTrace(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      site.importResource("/publish/two-posts.json");
      // A post whose stored body is broken: rendering it fails inside the server.
      site.app().store().jdbi().useHandle(h -> h.execute("UPDATE posts SET blocks = 'not json' WHERE slug = 'central-bank-holds-rates'"));
      HttpResponse<String> res = site.get("/2026/11/central-bank-holds-rates");
      assertThat(res.statusCode()).isEqualTo(500);
      String id = res.headers().firstValue("X-Request-Id").orElseThrow();
      assertThat(res.body()).contains("Server error").contains(id).doesNotContain("Exception", "at newsdesk.");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void healthzReportsTheStore(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      HttpResponse<String> res = site.get("/healthz");
      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.body()).contains("\"status\":\"ok\"").contains("\"kind\":\"" + kind + "\"");
      site.app().store().close();
      HttpResponse<String> down = site.get("/healthz");
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).contains("\"status\":\"unavailable\"");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void anEmptySiteSaysSoInsteadOfFailing(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      HttpResponse<String> res = site.get("/");
      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.body()).contains("No posts yet.");
    }
  }
}
