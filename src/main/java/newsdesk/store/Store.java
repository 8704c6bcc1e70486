package newsdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database: a connection pool, the schema migrated to the newest version, and a Jdbi handle
 * for the capability packages. SQLite (a file under the data folder) unless a PostgreSQL URL is
 * given.
 */
public final class Store implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Store.class);
  static final String SQLITE_FILE = "newsdesk.db";

  private final HikariDataSource dataSource;
  private final Dialect dialect;
  private final Jdbi jdbi;
  private final String migrationVersion;
  private final AtomicLong changes = new AtomicLong(System.currentTimeMillis());

  private Store(HikariDataSource dataSource, Dialect dialect, String migrationVersion) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.migrationVersion = migrationVersion;
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * Opens the store: {@code jdbcUrl} when it is not blank, else the SQLite file newsdesk.db in
   * {@code dataDir}; then migrates the schema.
   */
  public static Store open(String jdbcUrl, Path dataDir) {
    String url = jdbcUrl == null || jdbcUrl.isBlank() ? sqliteUrl(dataDir) : jdbcUrl.trim();
    Dialect dialect = Dialect.of(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("newsdesk-" + dialect.name().toLowerCase());
    if (dialect == Dialect.SQLITE) {
      // WAL lets readers run beside the one writer; FULL syncs the WAL on every commit so an
      // acknowledged write survives a power cut; IMMEDIATE takes the write lock at BEGIN so two
      // writers wait on busy_timeout instead of failing on lock upgrade.
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("synchronous", "FULL");
      config.addDataSourceProperty("busy_timeout", "10000");
      config.addDataSourceProperty("foreign_keys", "true");
      config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      config.setMaximumPoolSize(8);
    } else {
      config.setMaximumPoolSize(16);
    }
    config.setConnectionTimeout(15_000);
    HikariDataSource ds = new HikariDataSource(config);
    try {
      var result = Flyway.configure()
          .dataSource(ds)
          .locations(dialect.migrationLocation())
          .load()
          .migrate();
      String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
          : String.valueOf(result.initialSchemaVersion);
      log.info("store ready: {} at {}, schema version {}", dialect, Dialect.redact(url), version);
      return new Store(ds, dialect, version);
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
  }

  private static String sqliteUrl(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create data folder " + dataDir + ": " + e.getMessage(), e);
    }
    return "jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE).toAbsolutePath();
  }

  /** Jdbi over the pool; capability packages run their own SQL on their own tables through it. */
  public Jdbi jdbi() {
    return jdbi;
  }

  public Dialect dialect() {
    return dialect;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Records that published content changed, so caches and validators know to renew. */
  public void touch() {
    changes.updateAndGet(prev -> Math.max(prev + 1, System.currentTimeMillis()));
  }

  /** A number that grows whenever {@link #touch()} is called in this process. */
  public long changeMark() {
    return changes.get();
  }

  /** Whether the database answers, with its kind and schema version. */
  public Health health() {
    try (Connection c = dataSource.getConnection()) {
      boolean ok = c.isValid(2);
      return new Health(ok, dialect, migrationVersion, ok ? "ok" : "not answering");
    } catch (SQLException e) {
      return new Health(false, dialect, migrationVersion, e.getMessage());
    }
  }

  /** The store's state as /healthz reports it. */
  public record Health(boolean up, Dialect dialect, String schemaVersion, String detail) {}

  @Override
  public void close() {
    dataSource.close();
  }
}
