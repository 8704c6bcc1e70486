package newsdesk.comments;

import java.util.Objects;

/**
 * What a reader sent: name, web site, text, the comment replied to (0 for none), the honeypot
 * field that people never see and bots fill in, and the sender's address for the rate limit.
 */
public record CommentForm(long postId, long parentId, String name, String website, String text,
    String honeypot, String ip) {
  public CommentForm {
    name = name == null ? "" : name.strip();
    website = website == null ? "" : website.strip();
    text = text == null ? "" : text.strip();
    honeypot = honeypot == null ? "" : honeypot;
    Objects.requireNonNull(ip, "ip");
  }
}
