package newsdesk;

import picocli.CommandLine.Command;

/** Serves the site with the demo posts and comments loaded into an empty store. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Serve a demo site: like serve, with demo posts, images and comments loaded when the store is empty.")
final class DemoCommand extends ServeCommand {
  @Override
  void beforeServing(App app) {
    int loaded = DemoContent.loadIfEmpty(app);
    if (loaded > 0) {
      System.out.println("Loaded " + loaded + " demo posts.");
    }
  }
}
