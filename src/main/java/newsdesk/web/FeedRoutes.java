package newsdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import newsdesk.App;
import newsdesk.publish.Feed;
import newsdesk.publish.FeedFormat;
import newsdesk.publish.FeedWriter;
import newsdesk.publish.LabelCount;
import newsdesk.publish.Post;
import newsdesk.publish.PostPage;
import newsdesk.publish.Sitemap;

/** Feeds out (Atom, RSS, JSON Feed; site-wide and per label), the sitemap and robots.txt. */
final class FeedRoutes {
  private static final int SITEMAP_PAGE = 500;

  private final App app;
  private final HttpCache cache;
  private final Views views;
  private final FeedWriter writer;

  FeedRoutes(App app, HttpCache cache, Views views) {
    this.app = app;
    this.cache = cache;
    this.views = views;
    this.writer = new FeedWriter(app.renderer(), app.settings().baseUrl());
  }

  void register(RoutesConfig r) {
    for (FeedFormat format : FeedFormat.values()) {
      SiteRoutes.getAndHead(r, "/feeds/" + format.file(), ctx -> siteFeed(ctx, format));
      SiteRoutes.getAndHead(r, "/label/{name}/" + format.file(), ctx -> labelFeed(ctx, format));
    }
    SiteRoutes.getAndHead(r, "/sitemap.xml", this::sitemap);
    SiteRoutes.getAndHead(r, "/robots.txt", ctx -> {
      Pages.mark(ctx);
      ctx.contentType("text/plain; charset=utf-8")
          .result("User-agent: *\nDisallow: /desk/\nDisallow: /api/\n\nSitemap: " + views.absolute("/sitemap.xml") + "\n");
    });
  }

  private void siteFeed(Context ctx, FeedFormat format) {
    send(ctx, format, () -> {
      List<Post> posts = app.posts().latest(FeedWriter.SIZE, now());
      return feed(app.settings().title(), app.settings().description(), "/", "/feeds/", posts);
    });
  }

  private void labelFeed(Context ctx, FeedFormat format) {
    String name = ctx.pathParam("name");
    send(ctx, format, () -> {
      String label = app.posts().label(name, now()).orElseThrow(NotFoundResponse::new);
      List<Post> posts = app.posts().withLabel(label, 1, FeedWriter.SIZE, now()).posts();
      return feed(app.settings().title() + ": " + label, "Posts labeled " + label + " on " + app.settings().title(),
          Urls.label(label), Urls.label(label) + "/", posts);
    });
  }

  private Feed feed(String title, String description, String homePath, String feedPath, List<Post> posts) {
    return new Feed(title, description, views.absolute(homePath), views.absolute(feedPath),
        app.settings().locale().toLanguageTag(), app.settings().title(), views.absolute("/"),
        posts.stream().map(p -> writer.entry(p, views.absolute(Urls.post(p, app.settings().zone())))).toList());
  }

  private void send(Context ctx, FeedFormat format, Supplier<Feed> feed) {
    HttpCache.Rendered r = cache.get(app.store().changeMark(), ctx.path(), () -> {
      Feed f = feed.get();
      return HttpCache.Rendered.of(200, format.contentType(), writer.write(format, f), f.updated());
    });
    Pages.mark(ctx);
    HttpCache.send(ctx, r);
  }

  private void sitemap(Context ctx) {
    HttpCache.Rendered r = cache.get(app.store().changeMark(), ctx.path(), () -> {
      Instant now = now();
      List<Post> posts = publicPosts(now);
      Instant newest = app.posts().lastUpdate(now).orElse(Instant.EPOCH);
      Map<String, Instant> labelChanged = new HashMap<>();
      TreeMap<YearMonth, Instant> monthChanged = new TreeMap<>();
      List<Sitemap.Url> urls = new ArrayList<>();
      urls.add(new Sitemap.Url(views.absolute("/"), newest));
      for (Post p : posts) {
        urls.add(new Sitemap.Url(views.absolute(Urls.post(p, app.settings().zone())), p.updated()));
        for (String l : p.labels()) {
          labelChanged.merge(l.toLowerCase(Locale.ROOT), p.updated(), FeedRoutes::later);
        }
        monthChanged.merge(Urls.monthOf(p.shownAt(), app.settings().zone()), p.updated(), FeedRoutes::later);
      }
      for (LabelCount l : app.posts().labels(now)) {
        urls.add(new Sitemap.Url(views.absolute(Urls.label(l.label())),
            labelChanged.getOrDefault(l.label().toLowerCase(Locale.ROOT), newest)));
      }
      monthChanged.descendingMap().forEach((month, changed) ->
          urls.add(new Sitemap.Url(views.absolute(Urls.archive(month)), changed)));
      return HttpCache.Rendered.of(200, "application/xml; charset=utf-8", Sitemap.write(urls), newest);
    });
    Pages.mark(ctx);
    HttpCache.send(ctx, r);
  }

  /** Every public post, newest first, up to what one sitemap may hold. */
  private List<Post> publicPosts(Instant now) {
    List<Post> all = new ArrayList<>();
    for (int page = 1; all.size() < Sitemap.MAX_URLS; page++) {
      PostPage p = app.posts().newest(page, SITEMAP_PAGE, now);
      all.addAll(p.posts());
      if (!p.hasOlder()) {
        break;
      }
    }
    return all;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private Instant now() {
    return app.clock().instant();
  }
}
