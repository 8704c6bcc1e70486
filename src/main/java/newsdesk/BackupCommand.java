package newsdesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsdesk.store.Dialect;
import newsdesk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A consistent copy of the SQLite database, taken while the site keeps running. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Write a consistent copy of the SQLite database to FILE, safe while newsdesk is serving. "
        + "(For PostgreSQL, use pg_dump.)")
final class BackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "FILE", description = "Where to write the copy; must not exist yet.")
  Path target;

  @Override
  public Integer call() {
    if (Files.exists(target)) {
      spec.commandLine().getErr().println("error: " + target + " already exists; choose a new file name");
      return 2;
    }
    try (Store s = store.open()) {
      if (s.dialect() != Dialect.SQLITE) {
        spec.commandLine().getErr().println("error: backup copies the SQLite file; for PostgreSQL use pg_dump");
        return 2;
      }
      // VACUUM INTO reads one consistent snapshot, even with writers busy in WAL mode
      s.jdbi().useHandle(h -> h.createUpdate("VACUUM INTO :file").bind("file", target.toAbsolutePath().toString()).execute());
    }
    spec.commandLine().getOut().println("Wrote " + target + ".");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
