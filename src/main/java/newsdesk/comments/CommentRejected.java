package newsdesk.comments;

/** Why a comment was not taken, in words for the reader who wrote it. */
public final class CommentRejected extends RuntimeException {
  /** What kind of refusal: the reader can fix the form, or must wait. */
  public enum Kind { INVALID, TOO_MANY }

  private final Kind kind;
  private final String field;

  CommentRejected(Kind kind, String field, String message) {
    super(message);
    this.kind = kind;
    this.field = field;
  }

  public Kind kind() {
    return kind;
  }

  /** The form field at fault ("name", "website", "text"), or empty. */
  public String field() {
    return field;
  }
}
