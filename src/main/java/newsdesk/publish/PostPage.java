package newsdesk.publish;

import java.util.List;

/** One page of a newest-first list of posts; page numbers start at 1. */
public record PostPage(List<Post> posts, int page, boolean hasNewer, boolean hasOlder) {
  public PostPage {
    posts = List.copyOf(posts);
  }
}
