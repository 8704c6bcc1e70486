package newsdesk.publish;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the curator publishes: a title, a slug, a status, labels, a lead image and a body of typed
 * blocks. {@code id} is 0 for a post not stored yet.
 */
public record Post(
    long id,
    String slug,
    String title,
    PostStatus status,
    Instant publishedAt,
    Instant updated,
    List<String> labels,
    Image image,
    List<Block> blocks) {

  public Post {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(updated, "updated");
    labels = List.copyOf(labels);
    blocks = List.copyOf(blocks);
  }

  /** When the post is (or will be) public; empty for a draft without a date. */
  public Optional<Instant> published() {
    return Optional.ofNullable(publishedAt);
  }

  public Optional<Image> leadImage() {
    return Optional.ofNullable(image);
  }

  /** The time shown and sorted by: published, else last updated. */
  public Instant shownAt() {
    return publishedAt != null ? publishedAt : updated;
  }

  public List<ExcerptBlock> excerpts() {
    return blocks.stream().filter(ExcerptBlock.class::isInstance).map(ExcerptBlock.class::cast).toList();
  }

  public Post withId(long newId) {
    return new Post(newId, slug, title, status, publishedAt, updated, labels, image, blocks);
  }
}
