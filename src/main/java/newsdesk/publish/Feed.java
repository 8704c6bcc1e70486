package newsdesk.publish;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A feed's metadata and entries, whatever its format. {@code homeUrl} is the HTML page the feed
 * mirrors; {@code feedBase} is the absolute URL its files sit under ("https://site/feeds/"), so
 * each format links to itself as {@code feedBase + format.file()}. {@code author} is the site.
 */
public record Feed(String title, String description, String homeUrl, String feedBase, String language,
    String author, String authorUrl, List<FeedEntry> entries) {

  public Feed {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(homeUrl, "homeUrl");
    Objects.requireNonNull(feedBase, "feedBase");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(authorUrl, "authorUrl");
    entries = List.copyOf(entries);
  }

  /** The absolute URL of this feed in the given format. */
  public String url(FeedFormat format) {
    return feedBase + format.file();
  }

  /** The newest update of any entry; the epoch for an empty feed, so an empty feed stays the same bytes. */
  public Instant updated() {
    return entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
  }
}
