package newsdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsdesk.App;
import newsdesk.SiteSettings;
import newsdesk.publish.Post;
import newsdesk.publish.PostJson;
import newsdesk.store.Store;
import newsdesk.store.TestDatabases;

/**
 * A real newsdesk server on a free loopback port over a fresh database of the given kind, and a
 * plain HTTP client that does not follow redirects.
 */
public final class TestSite implements AutoCloseable {
  /** The posts feed and sitemap tests share: plain, tricky-titled, draft and scheduled. */
  public static final String[] FEED_FIXTURES = {"/publish/two-posts.json",
      "/publish/title-with-markup-emoji-and-control-characters.json", "/publish/draft-and-scheduled.json"};

  /** "Now" for tests: after every fixture post. */
  public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private final Store store;
  private final App app;
  private final WebServer server;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private TestSite(Store store, App app, WebServer server) {
    this.store = store;
    this.app = app;
    this.server = server;
  }

  public static TestSite start(String kind, Path dir) {
    return start(kind, dir, s -> s);
  }

  /** Starts a site whose settings the caller may adjust (zone, comment policy...). */
  public static TestSite start(String kind, Path dir, java.util.function.UnaryOperator<SiteSettings> adjust) {
    Store store = TestDatabases.open(kind, dir);
    SiteSettings settings = adjust.apply(SiteSettings.defaults("http://news.test"));
    App app = App.over(store, settings, Clock.fixed(NOW, ZoneOffset.UTC));
    WebServer server = WebServer.start(app, "127.0.0.1", 0);
    return new TestSite(store, app, server);
  }

  public App app() {
    return app;
  }

  /** Imports each JSON resource in turn; returns this site, for starting and filling in one line. */
  public TestSite with(String... resources) {
    for (String r : resources) {
      importResource(r);
    }
    return this;
  }

  /** Imports posts from a JSON resource under src/test/resources. */
  public List<Post> importResource(String name) {
    try (InputStream in = TestSite.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return app.posts().importAll(PostJson.readPosts(json, NOW));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  /** POSTs a form as a browser on this site would (same-origin). */
  public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  public static Map<String, String> form(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
