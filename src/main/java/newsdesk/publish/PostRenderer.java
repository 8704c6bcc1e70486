package newsdesk.publish;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;

/**
 * A post's body as HTML, the same on the site and in feeds: excerpts with their attribution as
 * h-cite, the editor's note, other coverage, text and images. Cached per post version.
 */
public final class PostRenderer {
  private final Cache<String, String> cache = Caffeine.newBuilder().maximumSize(5_000).build();

  /** The body's HTML; links to this site's own files stay relative. */
  public String bodyHtml(Post post) {
    return cache.get(post.id() + "@" + post.updated().toEpochMilli() + "#" + post.hashCode(),
        k -> Templates.render("publish/body.jte", Map.of("post", post)));
  }
}
