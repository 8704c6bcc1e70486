package newsdesk;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsdesk.store.Store;
import newsdesk.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the site until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the site (and, later, the desk and API).")
class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin SiteOptions site;

  @Option(names = "--port", defaultValue = "${env:NEWSDESK_PORT:-8080}", description = "Port to listen on (env NEWSDESK_PORT; default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "${env:NEWSDESK_HOST:-127.0.0.1}",
      description = "Address to listen on; 0.0.0.0 for all (env NEWSDESK_HOST; default ${DEFAULT-VALUE}).")
  String host;

  @Override
  public Integer call() throws Exception {
    SiteSettings settings = site.settings(port);
    Store s = store.open();
    App app = App.over(s, settings, Clock.systemUTC());
    beforeServing(app);
    WebServer server = WebServer.start(app, host, port);
    System.out.println("newsdesk is serving " + settings.baseUrl() + "/  (store: " + s.dialect().name().toLowerCase()
        + (store.db == null || store.db.isBlank() ? ", " + store.data.resolve("newsdesk.db") : "") + "). Stop with Ctrl+C.");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      s.close();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }

  /** A hook for demo: fill the store before the first request. */
  void beforeServing(App app) {}
}
