package newsdesk.web;

/** The comment form as shown: what the reader typed (kept after an error), and any message for them. */
public record CommentFormView(String action, String name, String website, String text, long parentId,
    String parentAuthor, String cancelUrl, String error, String errorField, String notice, int maxText) {

  public boolean hasError() {
    return !error.isEmpty();
  }
}
