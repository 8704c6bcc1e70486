package newsdesk;

import java.nio.file.Path;
import newsdesk.store.Store;
import picocli.CommandLine.Option;

/** Where the data lives: --data and --db, or NEWSDESK_DATA and NEWSDESK_DB. */
final class StoreOptions {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:NEWSDESK_DATA:-data}",
      description = "Folder for the SQLite file and other data (env NEWSDESK_DATA; default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:NEWSDESK_DB:-}",
      description = "Database URL, e.g. jdbc:postgresql://host/db?user=u&password=p; empty for SQLite under --data (env NEWSDESK_DB).")
  String db;

  Store open() {
    return Store.open(db, data);
  }
}
