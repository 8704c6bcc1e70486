package newsdesk.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on a loopback port, which plays the outlets' servers. */
class FetcherTest {

    private static final String PAGE = "<html><head><title>Harbour reopens</title></head><body><p>Ships are back.</p></body></html>";
    private static HttpServer server;
    private static ExecutorService threads;
    private static final CountDownLatch release = new CountDownLatch(1);
    private static final AtomicInteger requests = new AtomicInteger();
    private static String base;
    /** A second server: same address, another port, so another origin. */
    private static HttpServer other;
    private static String otherBase;

    /** Loopback allowed only as the single address the test server listens on. */
    private static final FetchPolicy LOOPBACK = FetchPolicy.defaults().withAllowedNetworks(List.of("127.0.0.1/32"))
            .withMaxBytes(1024 * 1024);

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/", FetcherTest::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.setExecutor(threads);
        other.createContext("/validators", ex -> {
            ex.getResponseHeaders().set("ETag", "\"issued-by-the-other-origin\"");
            send(ex, 200, (ex.getRequestHeaders().getFirst("If-None-Match")
                + "\n" + ex.getRequestHeaders().getFirst("If-Modified-Since")).getBytes(StandardCharsets.UTF_8));
        });
        other.start();
        otherBase = "http://127.0.0.1:" + other.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        release.countDown();
        server.stop(0);
        other.stop(0);
        threads.shutdownNow();
    }

    private static void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        String path = ex.getRequestURI().getPath();
        var h = ex.getResponseHeaders();
        switch (path) {
            case "/article" -> {
                if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                } else {
                    h.set("Content-Type", "text/html; charset=utf-8");
                    h.set("ETag", "\"v1\"");
                    h.set("Last-Modified", "Tue, 24 Nov 2026 08:00:00 GMT");
                    h.set("X-Seen-Agent", String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
                    send(ex, 200, PAGE.getBytes(StandardCharsets.UTF_8));
                }
            }
            case "/echo-headers" -> send(ex, 200, (ex.getRequestHeaders().getFirst("User-Agent") + "\n"
                    + ex.getRequestHeaders().getFirst("Accept") + "\n" + ex.getRequestHeaders().getFirst("Cookie"))
                    .getBytes(StandardCharsets.UTF_8));
            case "/set-cookie" -> {
                h.set("Set-Cookie", "session=abc; Path=/");
                send(ex, 200, new byte[0]);
            }
            case "/gzip" -> {
                h.set("Content-Encoding", "gzip");
                h.set("Content-Type", "text/html");
                send(ex, 200, gzip(PAGE.getBytes(StandardCharsets.UTF_8), 1));
            }
            case "/bomb" -> { // 1 KB on the wire, 64 MB once unpacked
                h.set("Content-Encoding", "gzip");
                send(ex, 200, gzip(new byte[1024 * 1024], 64));
            }
            case "/big-declared" -> send(ex, 200, new byte[2 * 1024 * 1024]);
            case "/big-chunked" -> {
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    byte[] chunk = new byte[64 * 1024];
                    for (int i = 0; i < 32; i++) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    // the client hung up at its limit, as it should
                }
            }
            case "/missing" -> send(ex, 404, "gone".getBytes(StandardCharsets.UTF_8));
            case "/to-private" -> redirect(ex, "http://127.0.0.2:" + server.getAddress().getPort() + "/article");
            case "/to-file" -> redirect(ex, "file:///etc/passwd");
            case "/loop" -> redirect(ex, "/loop");
            case "/to-other-origin" -> redirect(ex, otherBase + "/validators");
            case "/to-spaced" -> redirect(ex, "/a page/ä");
            case "/stall" -> { // headers, a little body, then nothing until the test ends
                ex.sendResponseHeaders(200, 0);
                ex.getResponseBody().write("<html><body>".getBytes(StandardCharsets.UTF_8));
                ex.getResponseBody().flush();
                await();
                ex.close();
            }
            case "/stall-headers" -> {
                await();
                send(ex, 200, new byte[0]);
            }
            default -> {
                if (path.startsWith("/hop/")) {
                    int n = Integer.parseInt(path.substring(5));
                    redirect(ex, n == 0 ? "/article" : "/hop/" + (n - 1));
                } else {
                    send(ex, 404, new byte[0]);
                }
            }
        }
    }

    private static void await() {
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client may hang up once it has seen enough
        }
    }

    private static byte[] gzip(byte[] data, int times) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < times; i++) {
                gz.write(data);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void fetchesAPageWithItsTypeAndValidatorsAndAnswers304WhenGivenThem() throws IOException {
        try (Fetcher f = new Fetcher(LOOPBACK)) {
            FetchResult first = f.get(base + "/article");
            assertThat(first.ok()).isTrue();
            assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
            assertThat(first.contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(first.etag()).isEqualTo("\"v1\"");
            assertThat(first.lastModified()).isEqualTo("Tue, 24 Nov 2026 08:00:00 GMT");

            FetchResult again = f.get(base + "/article", first.etag(), first.lastModified());
            assertThat(again.notModified()).isTrue();
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void saysWhoItIsAcceptsHtmlAndKeepsNoCookies() throws IOException {
        try (Fetcher f = new Fetcher(LOOPBACK)) {
            f.get(base + "/set-cookie");
            String[] seen = new String(f.get(base + "/echo-headers").body(), StandardCharsets.UTF_8).split("\n");
            assertThat(seen[0]).startsWith("newsdesk/");
            assertThat(seen[1]).startsWith("text/html");
            assertThat(seen[2]).isEqualTo("null");
        }
    }

    @Test
    void unpacksGzip() throws IOException {
        try (Fetcher f = new Fetcher(LOOPBACK)) {
            assertThat(new String(f.get(base + "/gzip").body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        }
    }

    @Test
    void followsRedirectsAndReportsWhereTheBodyCameFrom() throws IOException {
        try (Fetcher f = new Fetcher(LOOPBACK)) {
            FetchResult r = f.get(base + "/hop/3");
            assertThat(r.ok()).isTrue();
            assertThat(r.url().toString()).isEqualTo(base + "/hop/3");
            assertThat(r.finalUrl().toString()).isEqualTo(base + "/article");
        }
    }

    @Test
    void validatorsFollowARedirectOnTheSameOriginButNotToAnother() throws IOException {
        try (Fetcher f = new Fetcher(LOOPBACK)) {
            assertThat(f.get(base + "/hop/2", "\"v1\"", null).notModified()).isTrue();
            FetchResult r = f.get(base + "/to-other-origin", "\"v1\"", "Tue, 24 Nov 2026 08:00:00 GMT");
            assertThat(r.finalUrl().toString()).isEqualTo(otherBase + "/validators");
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("null\nnull");
            assertThat(r.etag()).as("another origin's validator is not handed back for the URL asked for").isNull();
        }
    }

    @Test
    void aLocationWithSpacesAndNonAsciiIsEscapedAndFollowed() throws IOException {
        try (Fetcher f = new Fetcher(LOOPBACK)) {
            FetchResult r = f.get(base + "/to-spaced");
            assertThat(r.finalUrl().toString()).isEqualTo(base + "/a%20page/%C3%A4");
            assertThat(r.status()).isEqualTo(404); // followed: the test server has no such page
        }
    }

    @Test
    void stopsAfterTheRedirectLimit() {
        try (Fetcher f = new Fetcher(LOOPBACK.withMaxRedirects(2))) {
            assertThatThrownBy(() -> f.get(base + "/hop/5")).isInstanceOf(FetchException.class)
                    .hasMessageContaining("redirect");
            assertThatThrownBy(() -> f.get(base + "/loop")).isInstanceOf(FetchException.class);
        }
    }

    @Test
    void withNoRedirectsAllowedARedirectComesBackAsTheResult() throws IOException {
        try (Fetcher f = new Fetcher(LOOPBACK.withMaxRedirects(0))) {
            FetchResult r = f.get(base + "/hop/0");
            assertThat(r.status()).isEqualTo(302);
            assertThat(r.finalUrl().toString()).isEqualTo(base + "/hop/0");
        }
    }

    @Test
    void otherStatusesComeBackForTheCallerToJudge() throws IOException {
        try (Fetcher f = new Fetcher(LOOPBACK)) {
            FetchResult r = f.get(base + "/missing");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.ok()).isFalse();
        }
    }

    @Test
    void refusesLoopbackPrivateAndMetadataAddressesByDefaultWithoutConnecting() {
        int before = requests.get();
        try (Fetcher f = new Fetcher(FetchPolicy.defaults())) {
            for (String url : List.of(base + "/article", "http://localhost:" + server.getAddress().getPort() + "/article",
                    "http://[::1]/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://0.0.0.0/",
                    "http://[::ffff:127.0.0.1]:" + server.getAddress().getPort() + "/article", "http://2130706433/")) {
                assertThatThrownBy(() -> f.get(url)).as(url).isInstanceOf(FetchException.class)
                        .hasMessageContaining("private or reserved address")
                        .extracting(e -> ((FetchException) e).reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS);
            }
        }
        assertThat(requests.get()).isEqualTo(before);
    }

    @Test
    void aRedirectToAPrivateAddressIsRefused() {
        try (Fetcher f = new Fetcher(LOOPBACK)) {
            assertThatThrownBy(() -> f.get(base + "/to-private")).isInstanceOf(FetchException.class)
                    .extracting(e -> ((FetchException) e).reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS);
        }
    }

    @Test
    void aRedirectToAnotherSchemeIsNotFollowed() {
        try (Fetcher f = new Fetcher(LOOPBACK)) {
            assertThatThrownBy(() -> f.get(base + "/to-file")).isInstanceOf(FetchException.class);
        }
    }

    @Test
    void onlyHttpAndHttpsUrlsWithoutCredentials() {
        try (Fetcher f = new Fetcher(LOOPBACK)) {
            for (String url : List.of("file:///etc/passwd", "ftp://example.com/x", "gopher://127.0.0.1:70/",
                    "not a url", "/relative/path", "http://user:secret@127.0.0.1/", "")) {
                assertThatThrownBy(() -> f.get(url)).as(url).isInstanceOf(FetchException.class)
                        .extracting(e -> ((FetchException) e).reason()).isEqualTo(FetchException.Reason.BAD_URL);
            }
        }
    }

    @Test
    void aBodyOverTheLimitFailsWhetherDeclaredStreamedOrCompressed() throws IOException {
        try (Fetcher f = new Fetcher(LOOPBACK)) {
            for (String path : List.of("/big-declared", "/big-chunked", "/bomb")) {
                assertThatThrownBy(() -> f.get(base + path)).as(path).isInstanceOf(FetchException.class)
                        .hasMessageContaining("too large")
                        .extracting(e -> ((FetchException) e).reason()).isEqualTo(FetchException.Reason.TOO_LARGE);
            }
            // and the client is still usable afterwards
            assertThat(f.get(base + "/article").ok()).isTrue();
        }
    }

    @Test
    void aServerThatStallsIsGivenUpOnAtTheTimeLimit() {
        try (Fetcher f = new Fetcher(LOOPBACK.withTotalTimeout(Duration.ofSeconds(1)))) {
            for (String path : List.of("/stall", "/stall-headers")) {
                assertThatThrownBy(() -> f.get(base + path)).as(path).isInstanceOf(FetchException.class)
                        .extracting(e -> ((FetchException) e).reason()).isEqualTo(FetchException.Reason.TIMEOUT);
            }
        }
    }
}
