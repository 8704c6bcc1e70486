package newsdesk.comments;

import java.time.Instant;
import java.util.Objects;

/**
 * A reader's comment on a post. {@code parentId} is 0 for a top-level comment; {@code website}
 * is empty when the reader gave none. The body is plain text as the reader typed it.
 */
public record Comment(long id, long postId, long parentId, String author, String website, String body,
    CommentStatus status, Instant created) {

  public Comment {
    Objects.requireNonNull(author, "author");
    website = website == null ? "" : website;
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(created, "created");
  }

  public boolean isReply() {
    return parentId != 0;
  }

  /** The body as safe HTML: any markup shown as text, paragraphs kept, links made clickable. */
  public String bodyHtml() {
    return CommentText.toHtml(body);
  }
}
