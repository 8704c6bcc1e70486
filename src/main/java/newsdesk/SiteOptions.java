package newsdesk;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** How the site presents itself; each option also as a NEWSDESK_* variable. */
final class SiteOptions {
  private static final Pattern LIMIT = Pattern.compile("(\\d+)/(\\d+)([smh])");

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--title", defaultValue = "${env:NEWSDESK_TITLE:-newsdesk}", description = "Site name (env NEWSDESK_TITLE).")
  String title;

  @Option(names = "--description", defaultValue = "${env:NEWSDESK_DESCRIPTION:-World news, curated: every outlet's take on the stories that matter.}",
      description = "Tagline under the site name (env NEWSDESK_DESCRIPTION).")
  String description;

  @Option(names = "--base-url", defaultValue = "${env:NEWSDESK_BASE_URL:-}",
      description = "Public address of the site, used in feeds and the sitemap (env NEWSDESK_BASE_URL; default http://localhost:PORT).")
  String baseUrl;

  @Option(names = "--zone", defaultValue = "${env:NEWSDESK_ZONE:-UTC}",
      description = "Time zone for dates on the site, e.g. Europe/Berlin (env NEWSDESK_ZONE; default ${DEFAULT-VALUE}).")
  String zone;

  @Option(names = "--locale", defaultValue = "${env:NEWSDESK_LOCALE:-en-US}",
      description = "Language for dates, as a BCP 47 tag such as en-GB or de-DE (env NEWSDESK_LOCALE; default ${DEFAULT-VALUE}).")
  String locale;

  @Option(names = "--approve-comments", defaultValue = "${env:NEWSDESK_APPROVE_COMMENTS:-false}", arity = "0..1",
      description = "Publish reader comments without moderation (env NEWSDESK_APPROVE_COMMENTS; default ${DEFAULT-VALUE}).")
  boolean approveComments;

  @Option(names = "--comment-limit", defaultValue = "${env:NEWSDESK_COMMENT_LIMIT:-5/10m}",
      description = "Comments one address may send per window, as N/Tm, N/Ts or N/Th (env NEWSDESK_COMMENT_LIMIT; default ${DEFAULT-VALUE}).")
  String commentLimit;

  SiteSettings settings(int port) {
    ZoneId z;
    try {
      z = ZoneId.of(zone);
    } catch (RuntimeException e) {
      throw new ParameterException(spec.commandLine(), "--zone: unknown time zone '" + zone + "' (try UTC or Europe/Berlin)");
    }
    Locale l = Locale.forLanguageTag(locale);
    if (l.getLanguage().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--locale: '" + locale + "' is not a language tag like en-US");
    }
    Matcher m = LIMIT.matcher(commentLimit.trim());
    if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(2)) < 1) {
      throw new ParameterException(spec.commandLine(), "--comment-limit: '" + commentLimit + "' should look like 5/10m");
    }
    long amount = Long.parseLong(m.group(2));
    Duration window = switch (m.group(3)) {
      case "s" -> Duration.ofSeconds(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofMinutes(amount);
    };
    String base = baseUrl == null || baseUrl.isBlank() ? "http://localhost:" + port : baseUrl.trim();
    if (!base.matches("https?://[^/\\s]+(/.*)?")) {
      throw new ParameterException(spec.commandLine(), "--base-url: '" + base + "' should look like https://news.example.com");
    }
    return new SiteSettings(title, description, base, z, l, 10, approveComments, Integer.parseInt(m.group(1)), window);
  }
}
