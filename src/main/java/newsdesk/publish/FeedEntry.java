package newsdesk.publish;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One post as a feed carries it: its stable id and absolute URL, title, times, labels as
 * categories, its full content as HTML with absolute links, and its lead image's URL ("" if none).
 */
public record FeedEntry(String id, String url, String title, Instant published, Instant updated,
    List<String> categories, String contentHtml, String imageUrl) {

  public FeedEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(contentHtml, "contentHtml");
    Objects.requireNonNull(imageUrl, "imageUrl");
    categories = List.copyOf(categories);
  }
}
