package newsdesk.comments;

import java.util.Locale;

/** A comment's moderation state; only approved comments are shown to readers. */
public enum CommentStatus {
  PENDING, APPROVED, SPAM, TRASHED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "pending", "approved", "spam" or "trashed". */
  public static CommentStatus parse(String s) {
    for (CommentStatus st : values()) {
      if (st.wireName().equalsIgnoreCase(s)) {
        return st;
      }
    }
    throw new IllegalArgumentException("status must be one of pending, approved, spam, trashed");
  }
}
