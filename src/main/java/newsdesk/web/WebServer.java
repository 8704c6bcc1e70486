package newsdesk.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import newsdesk.App;
import newsdesk.publish.Templates;
import newsdesk.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** The HTTP server: the public site's routes, static files, error pages and request ids. */
public final class WebServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WebServer.class);
  private static final String REQUEST_ID = "newsdesk.requestId";

  private final Javalin javalin;

  private WebServer(Javalin javalin) {
    this.javalin = javalin;
  }

  /** Starts serving on host:port (port 0 picks a free one). */
  public static WebServer start(App app, String host, int port) {
    HttpCache cache = new HttpCache();
    Views views = new Views(app);
    SiteRoutes site = new SiteRoutes(app, cache, views);
    FeedRoutes feeds = new FeedRoutes(app, cache, views);
    Javalin javalin = Javalin.create(config -> {
      config.jetty.host = host;
      config.jetty.port = port;
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = 64 * 1024;
      // pages and feeds are gzipped once when rendered (HttpCache), not on every request
      config.http.compressionStrategy = io.javalin.compression.CompressionStrategy.NONE;
      config.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/static";
        s.location = Location.CLASSPATH;
      });
      config.routes.before(ctx -> {
        String id = HexFormat.of().formatHex(randomBytes());
        ctx.attribute(REQUEST_ID, id);
        ctx.header("X-Request-Id", id);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        // The public site runs no scripts; pictures may come from other hosts (a post's lead image).
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' https: http: data:; style-src 'self'; "
            + "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'");
        MDC.put("req", id);
        if (isUnsafe(ctx) && !sameOrigin(ctx)) {
          throw new HttpResponseException(403, "This form was sent from another web site, so it was refused.");
        }
      });
      config.routes.after(ctx -> MDC.remove("req"));
      SiteRoutes.getAndHead(config.routes, "/healthz", ctx -> health(ctx, app.store()));
      // media and feeds first: /media/demo/x.jpg and /label/NAME/atom.xml would otherwise match the post route /{year}/{month}/{slug}
      new MediaRoutes().register(config.routes);
      feeds.register(config.routes);
      site.register(config.routes);
      config.routes.exception(HttpResponseException.class, (e, ctx) -> errorPage(ctx, views, e.getStatus(), e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        log.error("request {} {} failed", ctx.method(), ctx.path(), e);
        errorPage(ctx, views, 500, "");
      });
      config.routes.error(404, "*", ctx -> {
        if (!Pages.marked(ctx)) {
          errorPage(ctx, views, 404, "");
        }
      });
      config.routes.error(405, "*", ctx -> {
        if (!Pages.marked(ctx)) {
          errorPage(ctx, views, 404, "");
        }
      });
    });
    javalin.start();
    log.info("serving on http://{}:{}/", host, javalin.port());
    return new WebServer(javalin);
  }

  /** A request id is a label for finding a request in the log, not a secret: a fast random source will do. */
  private static byte[] randomBytes() {
    byte[] b = new byte[6];
    java.util.concurrent.ThreadLocalRandom.current().nextBytes(b);
    return b;
  }

  public int port() {
    return javalin.port();
  }

  private static void health(Context ctx, Store store) {
    Store.Health h = store.health();
    Map<String, Object> body = new HashMap<>();
    body.put("status", h.up() ? "ok" : "unavailable");
    body.put("store", Map.of("kind", h.dialect().name().toLowerCase(), "up", h.up(),
        "schema_version", h.schemaVersion(), "detail", h.detail()));
    ctx.header("Cache-Control", "no-store");
    ctx.status(h.up() ? 200 : 503).json(body);
    Pages.mark(ctx);
  }

  private static boolean isUnsafe(Context ctx) {
    String m = ctx.method().name();
    return !(m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS"));
  }

  /**
   * CSRF defence for forms: browsers say where a request came from (Sec-Fetch-Site, Origin);
   * a form posted from another site is refused. Clients that send neither are not browsers.
   */
  private static boolean sameOrigin(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !(site.equals("same-origin") || site.equals("none"))) {
      return false;
    }
    String origin = ctx.header("Origin");
    if (origin == null || origin.equals("null")) {
      return origin == null;
    }
    try {
      URI o = new URI(origin);
      String host = ctx.header("Host");
      String originHost = o.getPort() == -1 ? o.getHost() : o.getHost() + ":" + o.getPort();
      return host != null && host.equalsIgnoreCase(originHost);
    } catch (Exception e) {
      return false;
    }
  }

  private static void errorPage(Context ctx, Views views, int status, String message) {
    String id = ctx.attribute(REQUEST_ID) instanceof String s ? s : "-";
    String text = switch (status) {
      case 404 -> "There is no page at this address. It may have moved, or the link may be mistyped.";
      case 500 -> "Something went wrong on our side while making this page. It has been logged; please try again later.";
      default -> message == null || message.isBlank() ? "The request could not be handled." : message;
    };
    String title = switch (status) {
      case 404 -> "Page not found";
      case 500 -> "Server error";
      case 403 -> "Refused";
      default -> "Bad request";
    };
    String body;
    try {
      Chrome chrome = views.chrome(title, "", ctx.path(), List.of(), "", "website", "", true);
      Map<String, Object> params = new HashMap<>();
      params.put("chrome", chrome);
      params.put("status", status);
      params.put("title", title);
      params.put("message", text);
      params.put("requestId", status >= 500 ? id : "");
      body = Templates.render("site/error.jte", params);
    } catch (RuntimeException e) {
      log.error("error page failed too", e);
      body = "<!doctype html><title>" + title + "</title><h1>" + title + "</h1><p>" + text + "</p><p>Request id: " + id + "</p>";
    }
    Pages.html(ctx, status, body);
  }

  @Override
  public void close() {
    javalin.stop();
  }
}
