package newsdesk.publish;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The article an excerpt quotes: where it is, what it is called, who wrote it, for which outlet. */
public record Source(String url, String title, List<String> authors, String outlet, Instant publishedAt) {
  public Source {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    authors = List.copyOf(authors);
  }

  public Optional<Instant> published() {
    return Optional.ofNullable(publishedAt);
  }

  /** "Ana Ruiz and Lars Berg" — the byline as a reader says it. */
  public String byline() {
    if (authors.size() <= 1) {
      return authors.isEmpty() ? "" : authors.get(0);
    }
    return String.join(", ", authors.subList(0, authors.size() - 1)) + " and " + authors.get(authors.size() - 1);
  }
}
