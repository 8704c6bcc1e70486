package newsdesk;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Prints the version. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version of newsdesk and of Java.")
final class VersionCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.println("newsdesk " + Main.version() + " (Java " + System.getProperty("java.version") + ")");
    return 0;
  }
}
