package newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.comments.Comment;
import newsdesk.comments.CommentService;
import newsdesk.comments.CommentStatus;
import newsdesk.store.Store;
import newsdesk.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line as a person types it: import, export, moderation, help. */
class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private String[] withDb(String db, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data", dir.toString(), "--db", db));
    return all.toArray(String[]::new);
  }

  private Path fixture(String name) throws Exception {
    Path p = dir.resolve(name);
    try (var in = CliTest.class.getResourceAsStream("/publish/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void importThenExportGivesBackTheSamePosts(String kind) throws Exception {
    String db = TestDatabases.url(kind, dir);
    Path file = fixture("two-posts.json");
    Run imported = run(withDb(db, "post", "import", file.toString()));
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("Imported 2 posts.");

    Run exported = run(withDb(db, "post", "export"));
    assertThat(exported.code()).isZero();
    ObjectMapper m = new ObjectMapper();
    JsonNode original = m.readTree(Files.readString(file));
    JsonNode back = m.readTree(exported.out());
    assertThat(back).hasSize(2);
    for (int i = 0; i < 2; i++) {
      JsonNode o = original.get(i);
      JsonNode b = back.get(i);
      assertThat(b.path("id").asLong()).isPositive();
      assertThat(b.path("title")).isEqualTo(o.path("title"));
      assertThat(b.path("blocks").get(0).path("source")).isEqualTo(o.path("blocks").get(0).path("source").deepCopy());
      assertThat(b.path("blocks").get(0).path("paragraphs")).isEqualTo(o.path("blocks").get(0).path("paragraphs"));
    }
    assertThat(back.get(1).path("slug").asText()).isEqualTo("central-bank-holds-rates");
    assertThat(back.get(1).path("blocks").get(1).path("label").asText()).isEqualTo("Editor");

    // what export wrote imports again into an empty store: the shape is the same both ways
    Path again = dir.resolve("again.json");
    Files.writeString(again, exported.out());
    String other = TestDatabases.url(kind, dir);
    assertThat(run(withDb(other, "post", "import", again.toString())).code()).isZero();
    Run one = run(withDb(other, "post", "export", "--slug", "harbour-pilots-walk-out"));
    assertThat(m.readTree(one.out()).path("lead_image").path("credit").asText()).isEqualTo("TEST WIRE/Jo Lind");
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void aBadFieldNamesThePostAndFieldAndImportsNothing(String kind) throws Exception {
    String db = TestDatabases.url(kind, dir);
    ObjectMapper m = new ObjectMapper();
    JsonNode posts = m.readTree(CliTest.class.getResourceAsStream("/publish/two-posts.json"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) posts.get(1).path("blocks").get(0).path("source")).remove("url");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, m.writeValueAsString(posts));
    Run r = run(withDb(db, "post", "import", bad.toString()));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("nothing imported").contains("post 2 \"Central bank holds rates\"")
        .contains("blocks[0].source.url is missing");
    assertThat(run(withDb(db, "post", "export")).out().strip()).isEqualTo("[ ]");
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void aSlugAlreadyInTheStoreFailsTheWholeImport(String kind) throws Exception {
    String db = TestDatabases.url(kind, dir);
    Path file = fixture("two-posts.json");
    assertThat(run(withDb(db, "post", "import", file.toString())).code()).isZero();
    Run again = run(withDb(db, "post", "import", file.toString()));
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("post 1").contains("slug").contains("already used");
    assertThat(new ObjectMapper().readTree(run(withDb(db, "post", "export")).out())).hasSize(2);
  }

  @Test
  void unreadableInputIsRefusedWithAReason() throws Exception {
    Path notJson = dir.resolve("x.json");
    Files.writeString(notJson, "{ \"title\": ");
    Run r = run("post", "import", notJson.toString(), "--data", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("not valid JSON");
    Run missing = run("post", "import", dir.resolve("nope.json").toString(), "--data", dir.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void commentsAreListedAndModeratedFromTheCommandLine(String kind) throws Exception {
    String db = TestDatabases.url(kind, dir);
    assertThat(run(withDb(db, "post", "import", fixture("two-posts.json").toString())).code()).isZero();
    long id;
    try (Store s = Store.open(db, dir)) {
      long postId = new newsdesk.publish.PostService(s).bySlug("harbour-pilots-walk-out").orElseThrow().id();
      id = new CommentService(s, java.time.Clock.systemUTC())
          .add(new Comment(0, postId, 0, "Reader", "", "Worth reading.", CommentStatus.PENDING, Instant.now())).id();
    }
    Run list = run(withDb(db, "comments", "list"));
    assertThat(list.out()).contains("#" + id).contains("pending").contains("Reader").contains("Worth reading.")
        .contains("harbour-pilots-walk-out");
    Run approve = run(withDb(db, "comments", "approve", String.valueOf(id)));
    assertThat(approve.code()).isZero();
    assertThat(approve.out()).contains("is now approved");
    assertThat(run(withDb(db, "comments", "list")).out()).contains("No pending comments.");
    assertThat(run(withDb(db, "comments", "list", "--status", "approved")).out()).contains("#" + id);
    assertThat(run(withDb(db, "comments", "spam", String.valueOf(id))).code()).isZero();
    assertThat(run(withDb(db, "comments", "list", "--status", "spam")).out()).contains("#" + id);
    assertThat(run(withDb(db, "comments", "trash", String.valueOf(id))).code()).isZero();
    Run none = run(withDb(db, "comments", "approve", "999999"));
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("no comment #999999");
    assertThat(run(withDb(db, "comments", "list", "--status", "bogus")).code()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"serve", "demo", "version", "post", "post import", "post export", "comments", "comments list",
      "comments approve", "comments spam", "comments trash", "backup"})
  void everyCommandHasHelp(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    Run r = run(args.toArray(String[]::new));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: newsdesk " + command);
  }

  @Test
  void serveOptionsNameTheirEnvironmentVariables() {
    String help = run("serve", "--help").out();
    for (String var : List.of("NEWSDESK_PORT", "NEWSDESK_DATA", "NEWSDESK_DB", "NEWSDESK_HOST", "NEWSDESK_ZONE",
        "NEWSDESK_LOCALE", "NEWSDESK_BASE_URL", "NEWSDESK_TITLE", "NEWSDESK_APPROVE_COMMENTS", "NEWSDESK_COMMENT_LIMIT")) {
      assertThat(help).contains(var);
    }
    assertThat(run("demo", "--help").out()).contains("--port").contains("--data").contains("--db");
  }

  @Test
  void environmentVariablesSetTheOptions() throws Exception {
    Path file = fixture("two-posts.json");
    ProcessBuilder pb = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"), "newsdesk.Main",
        "post", "import", file.toString()).redirectErrorStream(true);
    pb.environment().put("NEWSDESK_DATA", dir.resolve("from-env").toString());
    Process q = pb.start();
    String out = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(q.waitFor()).as(out).isZero();
    assertThat(dir.resolve("from-env").resolve("newsdesk.db")).exists();
  }

  @Test
  void badSiteOptionsAreExplained() {
    Run zone = run("serve", "--zone", "Mars/Olympus", "--data", dir.toString());
    assertThat(zone.code()).isEqualTo(2);
    assertThat(zone.err()).contains("unknown time zone");
    Run limit = run("serve", "--comment-limit", "lots", "--data", dir.toString());
    assertThat(limit.code()).isEqualTo(2);
    assertThat(limit.err()).contains("5/10m");
  }

  @Test
  void backupWritesAConsistentCopyThatOpensAsAStore() throws Exception {
    assertThat(run("post", "import", fixture("two-posts.json").toString(), "--data", dir.toString()).code()).isZero();
    Path copy = dir.resolve("copy.db");
    Run r = run("backup", copy.toString(), "--data", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (Store s = Store.open("jdbc:sqlite:" + copy, dir)) {
      assertThat(new newsdesk.publish.PostService(s).all()).hasSize(2);
    }
    Run again = run("backup", copy.toString(), "--data", dir.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("already exists");
  }

  @Test
  void versionPrintsTheVersion() {
    assertThat(run("version").out()).startsWith("newsdesk ");
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
