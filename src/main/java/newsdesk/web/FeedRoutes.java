package newsdesk.web;

import io.javalin.config.RoutesConfig;
import newsdesk.App;

/** Feeds out (Atom, RSS, JSON Feed; site-wide and per label), the sitemap and robots.txt. */
final class FeedRoutes {
  private final App app;
  private final HttpCache cache;
  private final Views views;

  FeedRoutes(App app, HttpCache cache, Views views) {
    this.app = app;
    this.cache = cache;
    this.views = views;
  }

  void register(RoutesConfig r) {
    r.get("/robots.txt", ctx -> {
      Pages.mark(ctx);
      ctx.contentType("text/plain; charset=utf-8")
          .result("User-agent: *\nDisallow: /desk/\nDisallow: /api/\n\nSitemap: " + views.absolute("/sitemap.xml") + "\n");
    });
  }
}
