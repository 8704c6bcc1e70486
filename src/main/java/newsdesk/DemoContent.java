package newsdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsdesk.comments.Comment;
import newsdesk.comments.CommentStatus;
import newsdesk.publish.Post;
import newsdesk.publish.PostJson;

/** The demo site's posts and comments (src/main/resources/demo), loaded into an empty store. */
final class DemoContent {
  private DemoContent() {}

  /** Loads the demo when the store has no posts; returns how many posts it loaded. */
  static int loadIfEmpty(App app) {
    if (!app.posts().all().isEmpty()) {
      return 0;
    }
    List<Post> posts = app.posts().importAll(PostJson.readPosts(resource("/demo/posts.json"), Instant.now()));
    Map<String, Long> ids = new HashMap<>();
    posts.forEach(p -> ids.put(p.slug(), p.id()));
    try {
      JsonNode comments = new ObjectMapper().readTree(resource("/demo/comments.json"));
      for (JsonNode c : comments) {
        Comment top = app.comments().add(comment(c, c.path("post").asText(), ids, 0));
        for (JsonNode r : c.path("replies")) {
          app.comments().add(comment(r, c.path("post").asText(), ids, top.id())); // a reply is on its parent's post
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return posts.size();
  }

  private static Comment comment(JsonNode c, String slug, Map<String, Long> ids, long parent) {
    Long postId = ids.get(slug);
    if (postId == null) {
      throw new IllegalStateException("demo comment on unknown post " + slug);
    }
    String website = c.path("website").isTextual() ? c.path("website").asText() : "";
    return new Comment(0, postId, parent, c.path("author").asText(), website, c.path("body").asText(),
        CommentStatus.parse(c.path("status").asText()), OffsetDateTime.parse(c.path("created").asText()).toInstant());
  }

  private static String resource(String name) {
    try (InputStream in = DemoContent.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the demo content " + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
