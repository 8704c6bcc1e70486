package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import newsdesk.publish.NoteBlock;
import newsdesk.publish.Post;
import newsdesk.publish.PostStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Feeds out, through real HTTP: Atom 1.0, RSS 2.0 and JSON Feed 1.1, site-wide and per label. */
class FeedsTest {
  private static final String RSS_NS_ATOM = "http://www.w3.org/2005/Atom";
  private static final String HARBOUR = "http://news.test/2026/11/harbour-pilots-walk-out";
  private static final String MARKETS = "http://news.test/2026/11/markets-rally-after-the-vote";
  private static final String RATES = "http://news.test/2026/11/central-bank-holds-rates";
  private static final String MARKETS_TITLE = "Markets <rally> & \"recover\" after the vote 📈";
  private static final List<String> FEEDS = List.of("/feeds/atom.xml", "/feeds/rss.xml", "/feeds/feed.json");

  @TempDir Path dir;

  private TestSite site(String kind) {
    return TestSite.start(kind, dir).with(TestSite.FEED_FIXTURES);
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void atomFeedKeepsTheRulesOfRfc4287AndListsPublicPostsNewestFirst(String kind) throws Exception {
    try (TestSite site = site(kind)) {
      HttpResponse<String> res = site.get("/feeds/atom.xml");

      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.headers().firstValue("Content-Type")).hasValue("application/atom+xml; charset=utf-8");
      Document doc = xml(res.body());
      assertThat(AtomRules.check(doc)).isEmpty();
      var feed = doc.getDocumentElement();
      assertThat(atom(feed, "id")).isEqualTo("http://news.test/feeds/atom.xml");
      assertThat(atom(feed, "title")).isEqualTo("newsdesk");
      assertThat(atom(feed, "updated")).isEqualTo("2026-11-22T09:00:00Z");
      assertThat(atom(feed, "generator")).isEqualTo("newsdesk");
      assertThat(atom(AtomRules.children(feed, "author").get(0), "name")).isEqualTo("newsdesk");
      assertThat(links(feed)).containsExactlyInAnyOrder(
          "self application/atom+xml http://news.test/feeds/atom.xml",
          "alternate text/html http://news.test/");

      var entries = AtomRules.children(feed, "entry");
      assertThat(entries).extracting(e -> atom(e, "id")).containsExactly(MARKETS, HARBOUR, RATES);
      var harbour = entries.get(1);
      assertThat(atom(harbour, "title")).isEqualTo("Harbour pilots walk out as pay talks stall");
      assertThat(atom(harbour, "published")).isEqualTo("2026-11-20T08:15:00Z");
      assertThat(atom(harbour, "updated")).isEqualTo("2026-11-20T08:15:00Z");
      assertThat(links(harbour)).containsExactly("alternate text/html " + HARBOUR);
      assertThat(AtomRules.children(harbour, "category")).extracting(c -> c.getAttribute("term"))
          .containsExactlyInAnyOrder("Labour", "Europe");
      assertThat(AtomRules.children(harbour, "content").get(0).getAttribute("type")).isEqualTo("html");
      assertThat(atom(entries.get(0), "updated")).isEqualTo("2026-11-22T09:00:00Z");
      assertThat(res.body()).doesNotContain("Draft on the port strike", "Scheduled for next week");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void rssFeedHasTheChannelAndItemElementsOfRss2(String kind) throws Exception {
    try (TestSite site = site(kind)) {
      HttpResponse<String> res = site.get("/feeds/rss.xml");

      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
      var rss = xml(res.body()).getDocumentElement();
      assertThat(rss.getTagName()).isEqualTo("rss");
      assertThat(rss.getAttribute("version")).isEqualTo("2.0");
      var channel = child(rss, "channel");
      assertThat(text(channel, "title")).isEqualTo("newsdesk");
      assertThat(text(channel, "link")).isEqualTo("http://news.test/");
      assertThat(text(channel, "description")).isNotBlank();
      assertThat(text(channel, "lastBuildDate")).isEqualTo("Sun, 22 Nov 2026 09:00:00 GMT");
      assertThat(text(channel, "generator")).startsWith("newsdesk");
      var self = channel.getElementsByTagNameNS(RSS_NS_ATOM, "link");
      assertThat(self.getLength()).isEqualTo(1);
      assertThat(((org.w3c.dom.Element) self.item(0)).getAttribute("href")).isEqualTo("http://news.test/feeds/rss.xml");
      assertThat(((org.w3c.dom.Element) self.item(0)).getAttribute("rel")).isEqualTo("self");

      var items = children(channel, "item");
      assertThat(items).extracting(i -> text(i, "link")).containsExactly(MARKETS, HARBOUR, RATES);
      for (var item : items) {
        assertThat(text(item, "title")).isNotBlank();
        assertThat(text(item, "guid")).isEqualTo(text(item, "link"));
        assertThat(child(item, "guid").getAttribute("isPermaLink")).isEqualTo("true");
        ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
      }
      assertThat(text(items.get(1), "pubDate")).isEqualTo("Fri, 20 Nov 2026 08:15:00 GMT");
      assertThat(children(items.get(1), "category")).extracting(org.w3c.dom.Element::getTextContent)
          .containsExactlyInAnyOrder("Labour", "Europe");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void jsonFeedHasTheMembersOfVersion11(String kind) throws Exception {
    try (TestSite site = site(kind)) {
      HttpResponse<String> res = site.get("/feeds/feed.json");

      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.headers().firstValue("Content-Type")).hasValue("application/feed+json; charset=utf-8");
      JsonNode feed = new ObjectMapper().readTree(res.body());
      assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
      assertThat(feed.path("title").asText()).isEqualTo("newsdesk");
      assertThat(feed.path("home_page_url").asText()).isEqualTo("http://news.test/");
      assertThat(feed.path("feed_url").asText()).isEqualTo("http://news.test/feeds/feed.json");
      assertThat(feed.path("authors").get(0).path("name").asText()).isEqualTo("newsdesk");
      JsonNode items = feed.path("items");
      assertThat(items.isArray()).isTrue();
      List<String> ids = new ArrayList<>();
      for (JsonNode item : items) {
        ids.add(item.path("id").asText());
        assertThat(item.path("url").asText()).isEqualTo(item.path("id").asText());
        assertThat(item.path("title").asText()).isNotBlank();
        assertThat(item.path("content_html").asText()).isNotBlank();
        assertThat(item.path("date_published").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");
      }
      assertThat(ids).containsExactly(MARKETS, HARBOUR, RATES);
      JsonNode harbour = items.get(1);
      assertThat(harbour.path("date_published").asText()).isEqualTo("2026-11-20T08:15:00Z");
      assertThat(harbour.path("image").asText()).isEqualTo("http://news.test/media/demo/test.jpg");
      assertThat(harbour.path("tags")).extracting(JsonNode::asText).containsExactlyInAnyOrder("Labour", "Europe");
      assertThat(items.get(0).path("date_modified").asText()).isEqualTo("2026-11-22T09:00:00Z");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void everyFormatCarriesTheAttributionLeadImageAndReadMoreInTheEntryContent(String kind) throws Exception {
    try (TestSite site = site(kind)) {
      for (String feed : FEEDS) {
        String body = site.get(feed).body();
        var harbour = Jsoup.parseBodyFragment(contents(feed, body).get(HARBOUR)).body();

        Element figure = harbour.child(0);
        assertThat(figure.tagName()).as(feed).isEqualTo("figure");
        assertThat(figure.selectFirst("img").attr("src")).as(feed).isEqualTo("http://news.test/media/demo/test.jpg");
        assertThat(figure.selectFirst("img").attr("alt")).as(feed).isEqualTo("Cranes at dusk");
        assertThat(figure.selectFirst("figcaption").text()).as(feed)
            .isEqualTo("Cranes stand idle at the container terminal on Friday. TEST WIRE/Jo Lind");
        Element attribution = harbour.selectFirst(".excerpt .attribution");
        assertThat(attribution.text()).as(feed)
            .isEqualTo("Mara Okafor and Jo Lind, The Test Ledger: Pilots down tools at the port");
        assertThat(attribution.selectFirst("a").attr("href")).as(feed).isEqualTo("https://ledger.example.com/2026/11/20/pilots");
        assertThat(harbour.select(".excerpt blockquote p").eachText()).as(feed).containsExactly(
            "The pilots who guide ships into the harbour stopped work at dawn.", "Talks are set to resume <on Monday>.");
        Element readMore = harbour.selectFirst(".read-more a");
        assertThat(readMore.text()).as(feed).startsWith("Read more");
        assertThat(readMore.attr("href")).as(feed).isEqualTo("https://ledger.example.com/2026/11/20/pilots");
        assertThat(harbour.select(".coverage li").eachText()).as(feed).containsExactly(
            "Port strike enters second day (Nordic Test Wire)", "Shippers count the cost (Eastern Test Courier)");
        assertThat(harbour.selectFirst(".note").text()).as(feed).contains("Editor:", "played it down");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void linksAndImagesOfThisSiteAreMadeAbsoluteInEveryFormat(String kind) throws Exception {
    try (TestSite site = site(kind)) {
      for (String feed : FEEDS) {
        Map<String, String> contents = contents(feed, site.get(feed).body());
        var markets = Jsoup.parseBodyFragment(contents.get(MARKETS)).body();

        assertThat(markets.select("img").eachAttr("src")).as(feed)
            .containsExactly("http://news.test/media/demo/exchange.jpg", "http://news.test/media/demo/chart.png");
        assertThat(markets.select(".text a").eachAttr("href")).as(feed).containsExactly("http://news.test/archive/2026/11");
        assertThat(markets.selectFirst(".attribution a").attr("href")).as(feed)
            .isEqualTo("https://gazette.example.com/markets?id=7&lang=en");
        for (String html : contents.values()) {
          var body = Jsoup.parseBodyFragment(html).body();
          assertThat(body.select("[src]").eachAttr("src")).as(feed).allMatch(u -> u.startsWith("http"));
          assertThat(body.select("[href]").eachAttr("href")).as(feed).allMatch(u -> u.startsWith("http"));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void titlesWithMarkupAmpersandsEmojiAndControlCharactersComeOutIntactInEveryFormat(String kind) throws Exception {
    try (TestSite site = site(kind)) {
      String atom = site.get("/feeds/atom.xml").body();
      String rss = site.get("/feeds/rss.xml").body();
      String json = site.get("/feeds/feed.json").body();

      assertThat(atom).contains("Markets &lt;rally&gt; &amp; \"recover\" after the vote 📈").doesNotContain("\u0007", "\u0001");
      assertThat(rss).doesNotContain("\u0007", "\u0001", "<rally>");
      var entry = AtomRules.children(xml(atom).getDocumentElement(), "entry").get(0);
      assertThat(atom(entry, "title")).isEqualTo(MARKETS_TITLE);
      var item = children(child(xml(rss).getDocumentElement(), "channel"), "item").get(0);
      assertThat(text(item, "title")).isEqualTo(MARKETS_TITLE);
      assertThat(new ObjectMapper().readTree(json).path("items").get(0).path("title").asText()).isEqualTo(MARKETS_TITLE);

      var content = Jsoup.parseBodyFragment(atom(entry, "content")).body();
      assertThat(content.selectFirst(".attribution").text())
          .isEqualTo("Rana Aziz, The Test Gazette & Post: Shares climb as <vote> settles nerves");
      assertThat(content.selectFirst("blockquote p").text()).isEqualTo("Shares rose on Monday as the vote result calmed traders 🙂.");
      assertThat(content.selectFirst("figcaption").text()).isEqualTo("Screens at the exchange <live>. TEST WIRE/Sami Haddad");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void aLabelFeedHoldsOnlyThatLabelsPublicPosts(String kind) throws Exception {
    try (TestSite site = site(kind)) {
      Document markets = xml(site.get("/label/Markets/atom.xml").body());
      assertThat(AtomRules.check(markets)).isEmpty();
      assertThat(AtomRules.children(markets.getDocumentElement(), "entry")).extracting(e -> atom(e, "id"))
          .containsExactly(MARKETS, RATES);
      assertThat(atom(markets.getDocumentElement(), "id")).isEqualTo("http://news.test/label/Markets/atom.xml");
      assertThat(links(markets.getDocumentElement())).containsExactlyInAnyOrder(
          "self application/atom+xml http://news.test/label/Markets/atom.xml",
          "alternate text/html http://news.test/label/Markets");

      HttpResponse<String> middleEast = site.get("/label/Middle%20East/rss.xml");
      assertThat(middleEast.statusCode()).isEqualTo(200);
      var channel = child(xml(middleEast.body()).getDocumentElement(), "channel");
      assertThat(text(channel, "link")).isEqualTo("http://news.test/label/Middle%20East");
      assertThat(children(channel, "item")).extracting(i -> text(i, "link")).containsExactly(MARKETS);

      // the label matched without regard to case; the feed names it as first written
      HttpResponse<String> labour = site.get("/label/labour/feed.json");
      assertThat(labour.headers().firstValue("Content-Type")).hasValue("application/feed+json; charset=utf-8");
      JsonNode json = new ObjectMapper().readTree(labour.body());
      assertThat(json.path("feed_url").asText()).isEqualTo("http://news.test/label/Labour/feed.json");
      assertThat(json.path("home_page_url").asText()).isEqualTo("http://news.test/label/Labour");
      assertThat(json.path("items")).extracting(i -> i.path("id").asText()).containsExactly(HARBOUR);
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void theFeedOfAnUnknownLabelOrOfOneOnlyUnpublishedPostsCarryIsNotFound(String kind) {
    try (TestSite site = site(kind)) {
      for (String file : List.of("atom.xml", "rss.xml", "feed.json")) {
        for (String label : List.of("Nowhere", "Embargoed")) {
          HttpResponse<String> res = site.get("/label/" + label + "/" + file);
          assertThat(res.statusCode()).as(label + "/" + file).isEqualTo(404);
          assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
          assertThat(res.body()).contains("Page not found");
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void feedsSendValidatorsAndAnswerConditionalRequestsWith304UntilAPostIsPublished(String kind) {
    try (TestSite site = site(kind)) {
      for (String feed : List.of("/feeds/atom.xml", "/feeds/rss.xml", "/feeds/feed.json", "/label/Markets/atom.xml")) {
        HttpResponse<String> first = site.get(feed);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(lastModified).isEqualTo("Sun, 22 Nov 2026 09:00:00 GMT");

        HttpResponse<String> again = site.get(feed, "If-None-Match", etag);
        assertThat(again.statusCode()).as(feed).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(site.get(feed, "If-Modified-Since", lastModified).statusCode()).as(feed).isEqualTo(304);
        assertThat(site.get(feed, "If-None-Match", "\"something-else\"").statusCode()).as(feed).isEqualTo(200);
      }
      String etag = site.get("/feeds/atom.xml").headers().firstValue("ETag").orElseThrow();

      site.app().posts().create(post("fresh-news", "Fresh news", Instant.parse("2026-11-24T07:00:00Z")));

      HttpResponse<String> after = site.get("/feeds/atom.xml", "If-None-Match", etag);
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(after.body()).contains("http://news.test/2026/11/fresh-news");
      assertThat(after.headers().firstValue("Last-Modified")).hasValue("Tue, 24 Nov 2026 07:00:00 GMT");
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void aFeedHoldsTheNewest25Posts(String kind) throws Exception {
    try (TestSite site = TestSite.start(kind, dir)) {
      List<Post> posts = new ArrayList<>();
      for (int i = 1; i <= 30; i++) {
        posts.add(post("post-" + i, "Post " + i, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(3600L * i)));
      }
      site.app().posts().importAll(posts);

      var entries = AtomRules.children(xml(site.get("/feeds/atom.xml").body()).getDocumentElement(), "entry");
      assertThat(entries).hasSize(25);
      assertThat(atom(entries.get(0), "title")).isEqualTo("Post 30");
      assertThat(atom(entries.get(24), "title")).isEqualTo("Post 6");
      assertThat(children(child(xml(site.get("/feeds/rss.xml").body()).getDocumentElement(), "channel"), "item")).hasSize(25);
      assertThat(new ObjectMapper().readTree(site.get("/feeds/feed.json").body()).path("items")).hasSize(25);
      assertThat(xml(site.get("/label/Bulk/atom.xml").body()).getDocumentElement()
          .getElementsByTagNameNS(AtomRules.NS, "entry").getLength()).isEqualTo(25);
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void aSiteWithoutPostsStillServesValidEmptyFeeds(String kind) throws Exception {
    try (TestSite site = TestSite.start(kind, dir)) {
      Document atom = xml(site.get("/feeds/atom.xml").body());
      assertThat(AtomRules.check(atom)).isEmpty();
      assertThat(atom.getDocumentElement().getElementsByTagNameNS(AtomRules.NS, "entry").getLength()).isZero();
      var channel = child(xml(site.get("/feeds/rss.xml").body()).getDocumentElement(), "channel");
      assertThat(children(channel, "item")).isEmpty();
      assertThat(new ObjectMapper().readTree(site.get("/feeds/feed.json").body()).path("items").isArray()).isTrue();
    }
  }

  @Test
  void theAtomRulesCatchABrokenFeed() throws Exception {
    String broken = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2026-11-20 08:15</updated>
        <entry><id>relative/id</id><title>a</title><updated>2026-11-20T08:15:00Z</updated>
        <content type="html"><p>unescaped</p></content></entry></feed>""";
    assertThat(AtomRules.check(xml(broken))).hasSize(6).anySatisfy(e -> assertThat(e).contains("atom:id"))
        .anySatisfy(e -> assertThat(e).contains("rel=\"self\""))
        .anySatisfy(e -> assertThat(e).contains("RFC 3339"))
        .anySatisfy(e -> assertThat(e).contains("absolute IRI"))
        .anySatisfy(e -> assertThat(e).contains("no author"))
        .anySatisfy(e -> assertThat(e).contains("escaped text"));
  }

  private static Post post(String slug, String title, Instant at) {
    return new Post(0, slug, title, PostStatus.PUBLISHED, at, at, List.of("Bulk"), null,
        List.of(new NoteBlock("Editor", "Words about " + title + ".")));
  }

  /** Each entry's content HTML by its URL, whatever the feed's format. */
  private static Map<String, String> contents(String feed, String body) throws Exception {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    if (feed.endsWith("atom.xml")) {
      for (var e : AtomRules.children(xml(body).getDocumentElement(), "entry")) {
        out.put(atom(e, "id"), atom(e, "content"));
      }
    } else if (feed.endsWith("rss.xml")) {
      for (var i : children(child(xml(body).getDocumentElement(), "channel"), "item")) {
        out.put(text(i, "link"), text(i, "description"));
      }
    } else {
      for (JsonNode i : new ObjectMapper().readTree(body).path("items")) {
        out.put(i.path("url").asText(), i.path("content_html").asText());
      }
    }
    return out;
  }

  static Document xml(String body) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String atom(org.w3c.dom.Element parent, String name) {
    var found = AtomRules.children(parent, name);
    assertThat(found).as("atom:" + name).hasSize(1);
    return found.get(0).getTextContent();
  }

  private static List<String> links(org.w3c.dom.Element parent) {
    return AtomRules.children(parent, "link").stream()
        .map(l -> l.getAttribute("rel") + " " + l.getAttribute("type") + " " + l.getAttribute("href")).toList();
  }

  static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
    List<org.w3c.dom.Element> out = new ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof org.w3c.dom.Element e && e.getNamespaceURI() == null && e.getLocalName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  static org.w3c.dom.Element child(org.w3c.dom.Element parent, String name) {
    var found = children(parent, name);
    assertThat(found).as(name).hasSize(1);
    return found.get(0);
  }

  static String text(org.w3c.dom.Element parent, String name) {
    return child(parent, name).getTextContent();
  }
}
