package newsdesk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import newsdesk.publish.Post;

/** The public URLs of DESIGN.md, made in one place. */
public final class Urls {
  private Urls() {}

  /** /YYYY/MM/slug, the month being the post's in the site's zone. */
  public static String post(Post post, ZoneId zone) {
    YearMonth ym = YearMonth.from(post.shownAt().atZone(zone));
    return String.format("/%04d/%02d/%s", ym.getYear(), ym.getMonthValue(), post.slug());
  }

  public static String label(String label) {
    return "/label/" + encode(label);
  }

  public static String labelFeed(String label, String file) {
    return label(label) + "/" + file;
  }

  public static String archive(YearMonth month) {
    return String.format("/archive/%04d/%02d", month.getYear(), month.getMonthValue());
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static YearMonth monthOf(Instant t, ZoneId zone) {
    return YearMonth.from(t.atZone(zone));
  }
}
