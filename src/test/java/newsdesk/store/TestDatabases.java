package newsdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The databases storage tests run on: SQLite always, PostgreSQL too when NEWSDESK_TEST_PG_URL is
 * set (each store then gets a schema of its own, dropped when the tests end).
 */
public final class TestDatabases {
  public static final String PG_URL = System.getenv("NEWSDESK_TEST_PG_URL");
  private static final List<String> schemas = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropSchemas));
  }

  private TestDatabases() {}

  /** "sqlite", and "postgresql" when a server is configured: the argument source for storage tests. */
  public static Stream<String> kinds() {
    return PG_URL == null || PG_URL.isBlank() ? Stream.of("sqlite") : Stream.of("sqlite", "postgresql");
  }

  /** A fresh, migrated, empty store of the given kind. */
  public static Store open(String kind, Path tempDir) {
    return Store.open(url(kind, tempDir), tempDir);
  }

  /** A JDBC URL for a fresh, empty database of the given kind. */
  public static String url(String kind, Path tempDir) {
    if (kind.equals("sqlite")) {
      return "jdbc:sqlite:" + tempDir.resolve("t-" + UUID.randomUUID() + ".db");
    }
    String schema = "nd_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(PG_URL); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test schema on " + Dialect.redact(PG_URL), e);
    }
    synchronized (schemas) {
      schemas.add(schema);
    }
    return PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static void dropSchemas() {
    if (PG_URL == null) {
      return;
    }
    try (Connection c = DriverManager.getConnection(PG_URL); Statement s = c.createStatement()) {
      synchronized (schemas) {
        for (String schema : schemas) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    } catch (SQLException e) {
      System.err.println("could not drop test schemas: " + e.getMessage());
    }
  }
}
