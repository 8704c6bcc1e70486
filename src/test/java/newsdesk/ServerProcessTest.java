package newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsdesk.comments.CommentService;
import newsdesk.comments.CommentStatus;
import newsdesk.store.Store;
import newsdesk.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** newsdesk as its own process, the way a person runs it, killed the hard way. */
class ServerProcessTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(2)).build();

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void aCommentAcknowledgedBeforeAKillMinus9IsThereAfterwards(String kind) throws Exception {
    String db = TestDatabases.url(kind, dir);
    Path fixture = dir.resolve("posts.json");
    try (var in = getClass().getResourceAsStream("/publish/two-posts.json")) {
      Files.copy(in, fixture);
    }
    assertThat(CliTest.run("post", "import", fixture.toString(), "--data", dir.toString(), "--db", db).code()).isZero();

    int port = freePort();
    Process server = start("serve", "--port", String.valueOf(port), "--data", dir.toString(), "--db", db);
    try {
      waitForHealth(port, server);
      List<Integer> statuses = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/2026/11/harbour-pilots-walk-out/comments"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("name=Durable&text=kept+" + i)).build();
        statuses.add(http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode());
      }
      assertThat(statuses).containsOnly(303);
    } finally {
      server.destroyForcibly(); // SIGKILL: no shutdown hook, no orderly close
      server.waitFor();
    }
    try (Store store = Store.open(db, dir)) {
      var comments = new CommentService(store, Clock.systemUTC()).list(Optional.of(CommentStatus.PENDING), 10);
      assertThat(comments).extracting(c -> c.body()).containsExactlyInAnyOrder("kept 1", "kept 2", "kept 3");
    }
  }

  static Process start(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "newsdesk.Main"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Polls /healthz until it answers 200, the process dies, or 60 seconds pass. */
  void waitForHealth(int port, Process server) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build();
    while (Instant.now().isBefore(deadline)) {
      assertThat(server.isAlive()).as("server process exited early").isTrue();
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos()); // poll interval
    }
    throw new AssertionError("server did not answer /healthz within 60 s");
  }
}
