package newsdesk;

import java.time.Clock;
import java.util.Objects;
import newsdesk.comments.CommentService;
import newsdesk.publish.PostRenderer;
import newsdesk.publish.PostService;
import newsdesk.store.Store;

/** The running newsroom: the store, each capability's service, and the site's settings. */
public record App(Store store, PostService posts, CommentService comments, PostRenderer renderer,
    SiteSettings settings, Clock clock) {

  public App {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(posts, "posts");
    Objects.requireNonNull(comments, "comments");
    Objects.requireNonNull(renderer, "renderer");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(clock, "clock");
  }

  /** Wires the services over an open store. */
  public static App over(Store store, SiteSettings settings, Clock clock) {
    return new App(store, new PostService(store), new CommentService(store, clock), new PostRenderer(), settings, clock);
  }

  public CommentService.Policy commentPolicy() {
    return new CommentService.Policy(settings.approveCommentsDirectly(), settings.commentsPerWindow(), settings.commentWindow());
  }
}
