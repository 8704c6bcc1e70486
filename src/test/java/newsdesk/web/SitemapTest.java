package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** /sitemap.xml and /robots.txt, through real HTTP. */
class SitemapTest {
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  @TempDir Path dir;

  private TestSite site(String kind) {
    return TestSite.start(kind, dir).with(TestSite.FEED_FIXTURES);
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void listsTheFrontPagePublicPostsLabelsAndArchiveMonthsEachWithWhenItLastChanged(String kind) throws Exception {
    try (TestSite site = site(kind)) {
      HttpResponse<String> res = site.get("/sitemap.xml");

      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
      assertThat(urls(res.body())).containsExactlyInAnyOrderEntriesOf(Map.of(
          "http://news.test/", "2026-11-22T09:00:00Z",
          "http://news.test/2026/11/markets-rally-after-the-vote", "2026-11-22T09:00:00Z",
          "http://news.test/2026/11/harbour-pilots-walk-out", "2026-11-20T08:15:00Z",
          "http://news.test/2026/11/central-bank-holds-rates", "2026-11-19T15:40:00Z",
          "http://news.test/label/Labour", "2026-11-20T08:15:00Z",
          "http://news.test/label/Europe", "2026-11-20T08:15:00Z",
          "http://news.test/label/Markets", "2026-11-22T09:00:00Z",
          "http://news.test/label/Middle%20East", "2026-11-22T09:00:00Z",
          "http://news.test/archive/2026/11", "2026-11-22T09:00:00Z"));
      // every listed page exists
      for (String loc : urls(res.body()).keySet()) {
        assertThat(site.get(loc.substring("http://news.test".length())).statusCode()).as(loc).isEqualTo(200);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void anEmptySiteListsOnlyItsFrontPage(String kind) throws Exception {
    try (TestSite site = TestSite.start(kind, dir)) {
      assertThat(urls(site.get("/sitemap.xml").body())).containsOnlyKeys("http://news.test/");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void theSitemapAnswersIfNoneMatchWith304(String kind) {
    try (TestSite site = site(kind)) {
      HttpResponse<String> first = site.get("/sitemap.xml");
      String etag = first.headers().firstValue("ETag").orElseThrow();
      assertThat(first.headers().firstValue("Last-Modified")).hasValue("Sun, 22 Nov 2026 09:00:00 GMT");

      assertThat(site.get("/sitemap.xml", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void robotsTxtNamesTheSitemapAndKeepsCrawlersOutOfTheDesk(String kind) {
    try (TestSite site = TestSite.start(kind, dir)) {
      HttpResponse<String> res = site.get("/robots.txt");

      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.body()).contains("Sitemap: http://news.test/sitemap.xml", "Disallow: /desk/");
    }
  }

  /** loc → lastmod of a sitemap, checking its shape on the way. */
  private static Map<String, String> urls(String body) throws Exception {
    Element urlset = FeedsTest.xml(body).getDocumentElement();
    assertThat(urlset.getNamespaceURI()).isEqualTo(NS);
    assertThat(urlset.getLocalName()).isEqualTo("urlset");
    Map<String, String> out = new LinkedHashMap<>();
    for (Node n = urlset.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element url) {
        assertThat(url.getNamespaceURI()).isEqualTo(NS);
        assertThat(url.getLocalName()).isEqualTo("url");
        String loc = url.getElementsByTagNameNS(NS, "loc").item(0).getTextContent();
        String lastmod = url.getElementsByTagNameNS(NS, "lastmod").item(0).getTextContent();
        assertThat(out.put(loc, lastmod)).as("listed once: " + loc).isNull();
      }
    }
    return out;
  }
}
