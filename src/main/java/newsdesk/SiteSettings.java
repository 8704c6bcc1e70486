package newsdesk;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * How the public site presents itself: its name, address, time zone and language, and how it
 * treats reader comments. Values come from command-line options or NEWSDESK_* variables.
 */
public record SiteSettings(
    String title,
    String description,
    String baseUrl,
    ZoneId zone,
    Locale locale,
    int postsPerPage,
    boolean approveCommentsDirectly,
    int commentsPerWindow,
    Duration commentWindow) {

  public SiteSettings {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(locale, "locale");
    baseUrl = stripTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
    if (postsPerPage < 1 || postsPerPage > 100) {
      throw new IllegalArgumentException("posts per page must be between 1 and 100");
    }
    if (commentsPerWindow < 1) {
      throw new IllegalArgumentException("comments per window must be at least 1");
    }
    Objects.requireNonNull(commentWindow, "commentWindow");
  }

  /** Settings for tests and the demo: UTC, English, pending comments, 5 comments per 10 minutes. */
  public static SiteSettings defaults(String baseUrl) {
    return new SiteSettings(
        "newsdesk",
        "World news, curated: every outlet's take on the stories that matter.",
        baseUrl,
        ZoneId.of("UTC"),
        Locale.US,
        10,
        false,
        5,
        Duration.ofMinutes(10));
  }

  public SiteSettings withBaseUrl(String url) {
    return new SiteSettings(title, description, url, zone, locale, postsPerPage,
        approveCommentsDirectly, commentsPerWindow, commentWindow);
  }

  public SiteSettings withCommentPolicy(boolean approveDirectly, int perWindow, Duration window) {
    return new SiteSettings(title, description, baseUrl, zone, locale, postsPerPage,
        approveDirectly, perWindow, window);
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
