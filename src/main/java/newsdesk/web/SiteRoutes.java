package newsdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import newsdesk.App;
import newsdesk.comments.Comment;
import newsdesk.comments.CommentForm;
import newsdesk.comments.CommentRejected;
import newsdesk.comments.CommentService;
import newsdesk.comments.CommentStatus;
import newsdesk.publish.Post;
import newsdesk.publish.PostPage;
import newsdesk.publish.PostService;
import newsdesk.publish.Templates;

/** The public blog: front page, post pages with comments, label and monthly archive pages. */
final class SiteRoutes {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{2}");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_PAGE = 100_000;

  private final App app;
  private final HttpCache cache;
  private final Views views;

  SiteRoutes(App app, HttpCache cache, Views views) {
    this.app = app;
    this.cache = cache;
    this.views = views;
  }

  void register(RoutesConfig r) {
    getAndHead(r, "/", this::front);
    getAndHead(r, "/label/{name}", this::label);
    getAndHead(r, "/archive/{year}/{month}", this::archive);
    getAndHead(r, "/{year}/{month}/{slug}", this::post);
    r.post("/{year}/{month}/{slug}/comments", this::comment);
  }

  /** HEAD answers like GET, headers and all, without the body (Jetty drops it). */
  static void getAndHead(RoutesConfig r, String path, io.javalin.http.Handler handler) {
    r.get(path, handler);
    r.head(path, handler);
  }

  private void front(Context ctx) {
    int page = pageNumber(ctx);
    send(ctx, () -> {
      PostPage result = app.posts().newest(page, app.settings().postsPerPage(), now());
      if (result.posts().isEmpty() && page > 1) {
        throw new NotFoundResponse();
      }
      String title = page == 1 ? app.settings().title() : "Page " + page;
      Chrome chrome = views.chrome(title, "", page == 1 ? "/" : "/?page=" + page, List.of(),
          page == 1 ? JsonLd.blog(app.settings()) : "", "website", "", false);
      return list(chrome, "", result, "/");
    });
  }

  private void label(Context ctx) {
    String name = ctx.pathParam("name");
    int page = pageNumber(ctx);
    send(ctx, () -> {
      String label = app.posts().label(name, now()).orElseThrow(NotFoundResponse::new);
      PostPage result = app.posts().withLabel(label, page, app.settings().postsPerPage(), now());
      if (result.posts().isEmpty()) {
        throw new NotFoundResponse();
      }
      List<Chrome.FeedLink> feeds = List.of(
          new Chrome.FeedLink(label + " (Atom)", "application/atom+xml", Urls.labelFeed(label, "atom.xml")),
          new Chrome.FeedLink(label + " (RSS)", "application/rss+xml", Urls.labelFeed(label, "rss.xml")),
          new Chrome.FeedLink(label + " (JSON Feed)", "application/feed+json", Urls.labelFeed(label, "feed.json")));
      String path = Urls.label(label) + (page == 1 ? "" : "?page=" + page);
      Chrome chrome = views.chrome("Posts labeled " + label, "Posts labeled " + label + " on " + app.settings().title(),
          path, feeds, "", "website", "", false);
      return list(chrome, "Posts labeled “" + label + "”", result, Urls.label(label));
    });
  }

  private void archive(Context ctx) {
    YearMonth month = yearMonth(ctx.pathParam("year"), ctx.pathParam("month"));
    send(ctx, () -> {
      List<Post> posts = app.posts().inMonth(month, app.settings().zone(), now());
      if (posts.isEmpty()) {
        throw new NotFoundResponse();
      }
      String name = views.monthTitle(month);
      Chrome chrome = views.chrome("Archive: " + name, "Posts of " + name + " on " + app.settings().title(),
          Urls.archive(month), List.of(), "", "website", "", false);
      Map<String, Object> params = new HashMap<>();
      params.put("chrome", chrome);
      params.put("heading", "Posts of " + name);
      params.put("days", views.byDay(posts));
      params.put("newerUrl", "");
      params.put("olderUrl", "");
      return Templates.render("site/list.jte", params);
    });
  }

  private String list(Chrome chrome, String heading, PostPage page, String base) {
    String sep = base.contains("?") ? "&" : "?";
    Map<String, Object> params = new HashMap<>();
    params.put("chrome", chrome);
    params.put("heading", heading);
    params.put("days", views.byDay(page.posts()));
    params.put("newerUrl", !page.hasNewer() ? "" : page.page() == 2 ? base : base + sep + "page=" + (page.page() - 1));
    params.put("olderUrl", page.hasOlder() ? base + sep + "page=" + (page.page() + 1) : "");
    return Templates.render("site/list.jte", params);
  }

  private void post(Context ctx) {
    // A page in the cache was rendered for a public post at its canonical address under the
    // same content version, so it can be sent without looking the post up again.
    HttpCache.Rendered cached = cache.getIfPresent(app.store().changeMark(), cacheKey(ctx));
    if (cached != null) {
      Pages.mark(ctx);
      HttpCache.send(ctx, cached);
      return;
    }
    Post post = findPost(ctx);
    String canonical = Urls.post(post, app.settings().zone());
    if (!ctx.path().equals(canonical)) {
      ctx.redirect(canonical, io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    String notice = switch (ctx.queryParamAsClass("comment", String.class).getOrDefault("")) {
      case "pending" -> "Thank you. Your comment was received and will appear once a moderator approves it.";
      case "approved" -> "Thank you. Your comment is published below.";
      default -> "";
    };
    long replyTo = longParam(ctx.queryParam("replyto"));
    send(ctx, () -> renderPost(post, 200, formFor(post, replyTo, notice)));
  }

  private String renderPost(Post post, int status, CommentFormView form) {
    List<CommentService.Thread> threads = app.comments().threads(post.id());
    int count = threads.stream().mapToInt(t -> 1 + t.replies().size()).sum();
    PostView view = views.post(post, count);
    Chrome chrome = views.chrome(post.title(), summary(post), view.url(), List.of(),
        JsonLd.blogPosting(view, app.settings(), views), "article",
        post.leadImage().map(i -> i.src()).orElse(""), status != 200);
    Map<String, Object> params = new HashMap<>();
    params.put("chrome", chrome);
    params.put("post", view);
    params.put("threads", threads);
    params.put("form", form);
    params.put("times", commentTimes(threads));
    PostService.Neighbours around = app.posts().neighbours(post, now());
    params.put("newerUrl", around.newer().map(p -> Urls.post(p, app.settings().zone())).orElse(""));
    params.put("olderUrl", around.older().map(p -> Urls.post(p, app.settings().zone())).orElse(""));
    return Templates.render("site/post.jte", params);
  }

  private Map<Long, String[]> commentTimes(List<CommentService.Thread> threads) {
    Map<Long, String[]> times = new HashMap<>();
    for (CommentService.Thread t : threads) {
      List<Comment> all = new ArrayList<>(t.replies());
      all.add(t.comment());
      for (Comment c : all) {
        times.put(c.id(), new String[] {views.iso(c.created()), views.commentTime(c.created())});
      }
    }
    return times;
  }

  private CommentFormView formFor(Post post, long replyTo, String notice) {
    String action = Urls.post(post, app.settings().zone()) + "/comments";
    Optional<Comment> parent = replyTo > 0 ? app.comments().byId(replyTo)
        .filter(c -> c.postId() == post.id() && c.status() == CommentStatus.APPROVED) : Optional.empty();
    return new CommentFormView(action, "", "", "", parent.map(Comment::id).orElse(0L),
        parent.map(Comment::author).orElse(""), Urls.post(post, app.settings().zone()) + "#comment-form", "", "", notice,
        CommentService.MAX_TEXT);
  }

  private void comment(Context ctx) {
    Post post = findPost(ctx);
    String url = Urls.post(post, app.settings().zone());
    CommentForm form = new CommentForm(post.id(), longParam(ctx.formParam("parent")), ctx.formParam("name"),
        ctx.formParam("website"), ctx.formParam("text"), ctx.formParam("url_confirm"), ctx.req().getRemoteAddr());
    try {
      Comment c = app.comments().submit(form, app.commentPolicy());
      if (c.status() == CommentStatus.APPROVED) {
        ctx.redirect(url + "?comment=approved#c" + c.id(), io.javalin.http.HttpStatus.SEE_OTHER);
      } else {
        ctx.redirect(url + "?comment=pending#comment-form", io.javalin.http.HttpStatus.SEE_OTHER);
      }
    } catch (CommentRejected e) {
      int status = e.kind() == CommentRejected.Kind.TOO_MANY ? 429 : 400;
      Optional<Comment> parent = form.parentId() > 0 ? app.comments().byId(form.parentId()) : Optional.empty();
      CommentFormView view = new CommentFormView(url + "/comments", form.name(), form.website(), form.text(),
          parent.map(Comment::id).orElse(0L), parent.map(Comment::author).orElse(""), url + "#comment-form",
          e.getMessage(), e.field(), "", CommentService.MAX_TEXT);
      if (status == 429) {
        ctx.header("Retry-After", String.valueOf(app.settings().commentWindow().toSeconds()));
      }
      Pages.html(ctx, status, renderPost(post, status, view));
    }
  }

  private Post findPost(Context ctx) {
    String slug = ctx.pathParam("slug");
    yearMonth(ctx.pathParam("year"), ctx.pathParam("month"));
    if (!SLUG.matcher(slug).matches()) {
      throw new NotFoundResponse();
    }
    return app.posts().publicBySlug(slug, now()).orElseThrow(NotFoundResponse::new);
  }

  private void send(Context ctx, java.util.function.Supplier<String> render) {
    HttpCache.Rendered r = cache.get(app.store().changeMark(), cacheKey(ctx),
        () -> HttpCache.Rendered.of(200, "text/html; charset=utf-8", render.get(), lastModified()));
    Pages.mark(ctx);
    HttpCache.send(ctx, r);
  }

  private static String cacheKey(Context ctx) {
    return ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
  }

  private Instant lastModified() {
    Instant posts = app.posts().lastUpdate(now()).orElse(Instant.EPOCH);
    Instant comments = app.comments().lastChange().orElse(Instant.EPOCH);
    return posts.isAfter(comments) ? posts : comments;
  }

  private Instant now() {
    return app.clock().instant();
  }

  private static int pageNumber(Context ctx) {
    String p = ctx.queryParam("page");
    if (p == null) {
      return 1;
    }
    if (!p.matches("\\d{1,6}")) {
      throw new NotFoundResponse();
    }
    int n = Integer.parseInt(p);
    if (n < 1 || n > MAX_PAGE) {
      throw new NotFoundResponse();
    }
    return n;
  }

  private static YearMonth yearMonth(String year, String month) {
    if (!YEAR.matcher(year).matches() || !MONTH.matcher(month).matches()) {
      throw new NotFoundResponse();
    }
    try {
      return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
    } catch (DateTimeException e) {
      throw new NotFoundResponse();
    }
  }

  private static long longParam(String s) {
    if (s == null || !s.matches("\\d{1,18}")) {
      return 0;
    }
    return Long.parseLong(s);
  }

  private static String summary(Post post) {
    return post.excerpts().stream().findFirst()
        .map(e -> e.source().outlet() + ": " + e.source().title())
        .orElse(post.title());
  }
}
