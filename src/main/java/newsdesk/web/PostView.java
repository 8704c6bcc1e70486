package newsdesk.web;

import java.util.List;
import newsdesk.publish.Post;

/** A post as a page shows it: its address, its times as the site's zone and language write them, its body's HTML, and its comment count. */
public record PostView(Post post, String url, String absoluteUrl, String isoPublished, String dateHeading,
    String timeText, String bodyHtml, List<LabelLink> labels, int comments) {

  /** A label with its page's address. */
  public record LabelLink(String name, String url) {}

  public String commentsText() {
    return comments == 0 ? "No comments" : comments == 1 ? "1 comment" : comments + " comments";
  }
}
