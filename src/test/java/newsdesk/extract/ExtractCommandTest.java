package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ExtractCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aFilePrintsTheArticleAsJson(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.html");
        Files.write(page, Fixtures.bytes("caption-with-reuters-credit.html"));

        int code = run(page.toString(), "--url", "https://ledger.example/energy/wind");

        assertThat(code).isZero();
        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.path("title").asText()).isEqualTo("Wind farm approval splits coastal villages");
        assertThat(json.path("authors").get(0).asText()).isEqualTo("Tom Lindqvist");
        assertThat(json.path("published").asText()).isEqualTo("2023-11-02T16:20:00Z");
        assertThat(json.path("lead_image").path("credit").asText()).isEqualTo("REUTERS/Kari Holm");
        assertThat(json.path("blocks").get(0).path("kind").asText()).isEqualTo("paragraph");
        assertThat(json.path("sources").path("title").asText()).isEqualTo("meta");
        assertThat(json.path("text").asText()).contains("forty new turbines");
    }

    @Test
    void aUrlIsFetchedThenExtractedWithTheAddressItCameFrom() throws IOException {
        int code = run(outletUrl("/energy/wind"), "--allow-private-network", "127.0.0.1/32");

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.path("title").asText()).isEqualTo("Wind farm approval splits coastal villages");
        assertThat(json.path("canonical_url").asText()).isEqualTo(outletUrl("/energy/wind"));
        assertThat(json.path("lead_image").path("credit").asText()).isEqualTo("REUTERS/Kari Holm");
        assertThat(json.path("text").asText()).contains("forty new turbines");
    }

    @Test
    void aUrlOnThisMachineIsRefusedUnlessItsNetworkIsAllowed() {
        int code = run(outletUrl("/energy/wind"));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("cannot fetch").contains("private or reserved address");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aUrlThatAnswersAnErrorStatusSaysSo() {
        int code = run(outletUrl("/nothing-here"), "--allow-private-network", "127.0.0.1");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("answered HTTP 404");
    }

    @Test
    void aUrlOfAnotherSchemeIsRefusedAsSuchNotLookedForAsAFile() {
        int code = run("ftp://files.example/story.html");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("only http and https").doesNotContain("no such file");
    }

    @Test
    void aBadNetworkIsAUsageError() {
        assertThat(run(outletUrl("/energy/wind"), "--allow-private-network", "my-lan")).isEqualTo(2);
        assertThat(err.toString()).contains("not a network address");
    }

    private static HttpServer outlet;

    @BeforeAll
    static void startOutlet() throws IOException {
        outlet = outletServing("/energy/wind", Fixtures.bytes("caption-with-reuters-credit.html"));
    }

    @AfterAll
    static void stopOutlet() {
        outlet.stop(0);
    }

    private static String outletUrl(String path) {
        return "http://127.0.0.1:" + outlet.getAddress().getPort() + path;
    }

    /** A real HTTP server on a loopback port, playing an outlet's web site. */
    private static HttpServer outletServing(String path, byte[] page) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = ex.getRequestURI().getPath().equals(path) ? page : new byte[0];
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        return server;
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(run("/nonexistent/page.html")).isEqualTo(1);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void batchInParallelWritesTheSameLinesInTheSameOrderAsOneThread(@TempDir Path dir) throws IOException {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        List<String> fixtures;
        try (Stream<Path> all = Files.list(Path.of("src/test/resources/extract"))) {
            fixtures = all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
        }
        for (int i = 0; i < 60; i++) {
            Files.write(pages.resolve(String.format("%03d.html", i)), Fixtures.bytes(fixtures.get(i % fixtures.size())));
        }

        assertThat(run("--batch", pages.toString(), "--out", dir.resolve("one.jsonl").toString(), "--threads", "1")).isZero();
        assertThat(run("--batch", pages.toString(), "--out", dir.resolve("four.jsonl").toString(), "--threads", "4")).isZero();

        List<String> one = Files.readAllLines(dir.resolve("one.jsonl"), StandardCharsets.UTF_8);
        assertThat(one).hasSize(60);
        assertThat(JSON.readTree(one.get(59)).path("id").asText()).isEqualTo("059");
        assertThat(Files.readAllLines(dir.resolve("four.jsonl"), StandardCharsets.UTF_8)).isEqualTo(one);
    }

    @Test
    void batchWritesOneLinePerPageAndABadPageDoesNotStopIt(@TempDir Path dir) throws IOException {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        Files.write(pages.resolve("0001.html"), Fixtures.bytes("jsonld-graph-with-person-author.html"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(pages.resolve("0002.html.gz")))) {
            gz.write(Fixtures.bytes("caption-with-reuters-credit.html"));
        }
        Files.write(pages.resolve("0003.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});
        Files.writeString(pages.resolve("notes.txt"), "not a page");
        Path jsonl = dir.resolve("out.jsonl");

        int code = run("--batch", pages.toString(), "--out", jsonl.toString());

        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.path("id").asText()).isEqualTo("0001");
        assertThat(first.path("title").asText()).isEqualTo("Harbour ferry returns after winter repairs");
        assertThat(first.path("authors").get(0).asText()).isEqualTo("Ann Okafor");
        assertThat(first.path("outlet").asText()).isEqualTo("The Quayside Courier");
        assertThat(first.path("published").asText()).isEqualTo("2024-03-18T07:45:00+01:00");
        assertThat(first.path("text").asText()).startsWith("The small blue ferry");
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.path("id").asText()).isEqualTo("0002");
        assertThat(second.path("lead_image").path("caption").asText()).startsWith("Turbines stand off the coast");
        assertThat(second.path("lead_image").path("credit").asText()).isEqualTo("REUTERS/Kari Holm");
        JsonNode third = JSON.readTree(lines.get(2));
        assertThat(third.path("id").asText()).isEqualTo("0003");
        assertThat(third.path("text").asText()).isEmpty();
        assertThat(third.path("published").isNull()).isTrue();
        assertThat(out.toString()).contains("3 pages: 2 with main text");
    }

    @Test
    void batchWithoutOutIsAUsageError(@TempDir Path dir) {
        assertThat(run("--batch", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }
}
