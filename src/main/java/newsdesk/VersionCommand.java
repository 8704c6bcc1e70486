package newsdesk;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the version. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version of newsdesk and of Java.")
final class VersionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println("newsdesk " + Main.version() + " (Java " + System.getProperty("java.version") + ")");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
