package newsdesk.publish;

import java.util.Locale;

/** Where a post is in its life: only published posts (and scheduled ones whose time came) are public. */
public enum PostStatus {
  DRAFT, SCHEDULED, PUBLISHED, TRASHED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static PostStatus parse(String s) {
    for (PostStatus st : values()) {
      if (st.wireName().equals(s)) {
        return st;
      }
    }
    throw new IllegalArgumentException("must be one of draft, scheduled, published, trashed");
  }
}
