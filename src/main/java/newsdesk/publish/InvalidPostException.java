package newsdesk.publish;

/** A post that cannot be taken as given: names the post and the field, and says what is wrong. */
public final class InvalidPostException extends RuntimeException {
  private final String field;

  InvalidPostException(String post, String field, String problem) {
    super((post.isEmpty() ? "" : post + ": ") + (field.isEmpty() ? "" : field + " ") + problem);
    this.field = field;
  }

  /** The JSON path of the offending field, such as {@code blocks[1].source.url}; empty when the whole post is at fault. */
  public String field() {
    return field;
  }
}
