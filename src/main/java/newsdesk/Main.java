package newsdesk;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The newsdesk command: serve, demo, version, post, comments. */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "A self-hosted newsroom for news curators.",
    subcommands = {ServeCommand.class, DemoCommand.class, VersionCommand.class, PostCommand.class,
        CommentsCommand.class, BackupCommand.class, newsdesk.extract.ExtractCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with every subcommand, as tests drive it. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      // A person reads this: the reason, not a stack trace (NEWSDESK_DEBUG=1 shows it).
      cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      if (System.getenv("NEWSDESK_DEBUG") != null) {
        e.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"newsdesk " + version()};
    }
  }
}
