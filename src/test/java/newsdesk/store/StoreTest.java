package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StoreTest {
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void migratesToTheNewestSchemaAndReportsItsHealth(String kind) {
    try (Store store = TestDatabases.open(kind, dir)) {
      Store.Health health = store.health();
      assertThat(health.up()).isTrue();
      assertThat(health.dialect().name()).isEqualToIgnoringCase(kind);
      assertThat(Integer.parseInt(health.schemaVersion())).isGreaterThanOrEqualTo(2);
      int tables = store.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM posts").mapTo(Integer.class).one());
      assertThat(tables).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("newsdesk.store.TestDatabases#kinds")
  void opensAnExistingDatabaseAgainWithoutMigratingTwice(String kind) {
    String url = TestDatabases.url(kind, dir);
    try (Store store = Store.open(url, dir)) {
      store.jdbi().useHandle(h -> h.execute("INSERT INTO posts (slug, title, status, updated_at, created_at, blocks) VALUES ('a', 'A', 'draft', 1, 1, '[]')"));
    }
    try (Store again = Store.open(url, dir)) {
      int count = again.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM posts").mapTo(Integer.class).one());
      assertThat(count).isEqualTo(1);
    }
  }

  @Test
  void sqliteRunsInWalModeWithFullSyncAndABusyTimeout() {
    try (Store store = Store.open("", dir)) {
      store.jdbi().useHandle(h -> {
        assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualToIgnoringCase("wal");
        assertThat(h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()).isEqualTo(2); // FULL
        assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isGreaterThanOrEqualTo(5000);
        assertThat(h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
      });
      assertThat(dir.resolve("newsdesk.db")).exists();
    }
  }

  @Test
  void anUnknownDatabaseUrlIsRefusedWithItsPasswordHidden() {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://db/x?password=hunter2", dir))
        .hasMessageContaining("unsupported database URL")
        .hasMessageNotContaining("hunter2");
  }
}
