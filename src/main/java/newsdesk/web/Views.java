package newsdesk.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsdesk.App;
import newsdesk.publish.Post;

/** Builds what templates show from services' records: page chrome, post views, date groups. */
final class Views {
  private final App app;
  private final DateTimeFormatter dayFormat;
  private final DateTimeFormatter timeFormat;

  Views(App app) {
    this.app = app;
    this.dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(app.settings().locale());
    this.timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(app.settings().locale());
  }

  String absolute(String path) {
    return app.settings().baseUrl() + path;
  }

  /** The chrome of a page; the sidebar lists the labels and archive as they are now. */
  Chrome chrome(String title, String description, String path, List<Chrome.FeedLink> extraFeeds, String jsonLd,
      String ogType, String ogImage, boolean noindex) {
    Instant now = app.clock().instant();
    List<Chrome.FeedLink> feeds = new ArrayList<>(extraFeeds);
    feeds.add(new Chrome.FeedLink(app.settings().title() + " (Atom)", "application/atom+xml", "/feeds/atom.xml"));
    feeds.add(new Chrome.FeedLink(app.settings().title() + " (RSS)", "application/rss+xml", "/feeds/rss.xml"));
    feeds.add(new Chrome.FeedLink(app.settings().title() + " (JSON Feed)", "application/feed+json", "/feeds/feed.json"));
    return new Chrome(app.settings(), title, description.isEmpty() ? app.settings().description() : description,
        absolute(path), feeds, jsonLd, ogType, ogImage.isEmpty() ? "" : absoluteSrc(ogImage),
        app.posts().labels(now), app.posts().archive(app.settings().zone(), now), noindex);
  }

  String absoluteSrc(String src) {
    return src.startsWith("/") ? absolute(src) : src;
  }

  PostView post(Post p, int comments) {
    ZonedDateTime at = p.shownAt().atZone(app.settings().zone());
    String url = Urls.post(p, app.settings().zone());
    List<PostView.LabelLink> labels = p.labels().stream().map(l -> new PostView.LabelLink(l, Urls.label(l))).toList();
    return new PostView(p, url, absolute(url), iso(p.shownAt()), dayFormat.format(at),
        timeFormat.format(at), app.renderer().bodyHtml(p), labels, comments);
  }

  /** Posts (newest first) grouped under the header of their day in the site's zone. */
  List<DayGroup> byDay(List<Post> posts) {
    Map<Long, Integer> counts = app.comments().approvedCounts(posts.stream().map(Post::id).toList());
    List<DayGroup> days = new ArrayList<>();
    LocalDate current = null;
    List<PostView> group = null;
    for (Post p : posts) {
      ZonedDateTime at = p.shownAt().atZone(app.settings().zone());
      if (!at.toLocalDate().equals(current)) {
        current = at.toLocalDate();
        group = new ArrayList<>();
        days.add(new DayGroup(dayFormat.format(at), current.toString(), group));
      }
      group.add(post(p, counts.getOrDefault(p.id(), 0)));
    }
    return days.stream().map(d -> new DayGroup(d.heading(), d.isoDate(), List.copyOf(d.posts()))).toList();
  }

  String commentTime(Instant t) {
    ZonedDateTime at = t.atZone(app.settings().zone());
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(app.settings().locale()).format(at);
  }

  /** "November 2026" in the site's language. */
  String monthTitle(java.time.YearMonth month) {
    return DateTimeFormatter.ofPattern("LLLL uuuu", app.settings().locale()).format(month);
  }

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  /** RFC 3339 time in the site's zone, seconds always written. */
  String iso(Instant t) {
    return ISO.format(t.atZone(app.settings().zone()));
  }
}
