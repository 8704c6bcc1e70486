package newsdesk.comments;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import newsdesk.store.Store;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Reader comments: taking them from the form (checked, rate-limited, pending or approved by
 * policy), showing approved ones as threads one level deep, and moderating them.
 */
public final class CommentService {
  public static final int MAX_TEXT = 4_000;
  public static final int MAX_NAME = 100;
  public static final int MAX_WEBSITE = 300;
  private static final String COLUMNS = "id, post_id, parent_id, author, website, body, status, created_at";
  private static final RowMapper<Comment> ROW = (rs, ctx) -> new Comment(rs.getLong("id"), rs.getLong("post_id"),
      rs.getLong("parent_id"), rs.getString("author"), rs.getString("website"), rs.getString("body"),
      CommentStatus.parse(rs.getString("status")), Instant.ofEpochMilli(rs.getLong("created_at")));

  private final Store store;
  private final Clock clock;

  public CommentService(Store store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The rules a submission is held to. */
  public record Policy(boolean approveDirectly, int perWindow, Duration window) {}

  /**
   * Takes a reader's comment, or throws {@link CommentRejected} saying why. A filled honeypot
   * stores the comment as spam, and the sender is told nothing different.
   */
  public Comment submit(CommentForm form, Policy policy) {
    if (form.name().isEmpty()) {
      throw invalid("name", "Please give your name.");
    }
    if (form.name().length() > MAX_NAME) {
      throw invalid("name", "Your name is longer than " + MAX_NAME + " characters.");
    }
    if (form.text().isEmpty()) {
      throw invalid("text", "Please write a comment before sending it.");
    }
    if (form.text().length() > MAX_TEXT) {
      throw invalid("text", "Your comment has " + form.text().length() + " characters; the limit is " + MAX_TEXT
          + ". Please shorten it.");
    }
    String website = form.website();
    if (!website.isEmpty()) {
      if (!website.matches("(?i)https?://.*")) {
        website = "https://" + website;
      }
      if (website.length() > MAX_WEBSITE || !isWebAddress(website)) {
        throw invalid("website", "The web site must be an address like https://example.com, or left empty.");
      }
    }
    Instant now = clock.instant();
    String site = website;
    Comment stored = store.jdbi().inTransaction(h -> {
      int recent = h.createQuery("SELECT count(*) FROM comments WHERE ip = :ip AND created_at > :since")
          .bind("ip", form.ip()).bind("since", now.minus(policy.window()).toEpochMilli())
          .mapTo(Integer.class).one();
      if (recent >= policy.perWindow()) {
        throw new CommentRejected(CommentRejected.Kind.TOO_MANY, "",
            "You have sent " + recent + " comments in the last " + minutes(policy.window())
                + ". Please wait a few minutes before sending another; your text is kept below.");
      }
      long parent = 0;
      if (form.parentId() != 0) {
        Optional<Comment> p = h.createQuery("SELECT " + COLUMNS + " FROM comments WHERE id = :id AND post_id = :post AND status = 'approved'")
            .bind("id", form.parentId()).bind("post", form.postId()).map(ROW).findOne();
        if (p.isEmpty()) {
          throw invalid("", "The comment you are replying to is not there any more.");
        }
        parent = p.get().isReply() ? p.get().parentId() : p.get().id(); // replies stay one level deep
      }
      CommentStatus status = !form.honeypot().isEmpty() ? CommentStatus.SPAM
          : policy.approveDirectly() ? CommentStatus.APPROVED : CommentStatus.PENDING;
      return insert(h, new Comment(0, form.postId(), parent, form.name(), site, form.text(), status, now), form.ip());
    });
    if (stored.status() == CommentStatus.APPROVED) {
      store.touch();
    }
    return stored;
  }

  /** Stores a comment as given (import and demo data), bypassing the form's rules. */
  public Comment add(Comment c) {
    Comment stored = store.jdbi().inTransaction(h -> insert(h, c, null));
    store.touch();
    return stored;
  }

  private static Comment insert(Handle h, Comment c, String ip) {
    long id = h.createUpdate("INSERT INTO comments (post_id, parent_id, author, website, body, status, created_at, updated_at, ip) "
            + "VALUES (:post, :parent, :author, :website, :body, :status, :created, :created, :ip)")
        .bind("post", c.postId())
        .bind("parent", c.parentId() == 0 ? null : c.parentId())
        .bind("author", c.author())
        .bind("website", c.website().isEmpty() ? null : c.website())
        .bind("body", c.body())
        .bind("status", c.status().wireName())
        .bind("created", c.created().toEpochMilli())
        .bind("ip", ip)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    return new Comment(id, c.postId(), c.parentId(), c.author(), c.website(), c.body(), c.status(), c.created());
  }

  /** Approved comments of a post, oldest first, each top-level comment followed by its replies. */
  public List<Thread> threads(long postId) {
    List<Comment> all = store.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
            + " FROM comments WHERE post_id = :post AND status = 'approved' ORDER BY created_at, id")
        .bind("post", postId).map(ROW).list());
    Map<Long, List<Comment>> replies = new HashMap<>();
    Map<Long, Comment> tops = new LinkedHashMap<>();
    for (Comment c : all) {
      if (c.isReply()) {
        replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
      } else {
        tops.put(c.id(), c);
      }
    }
    List<Thread> out = new ArrayList<>();
    for (Comment top : tops.values()) {
      out.add(new Thread(top, replies.getOrDefault(top.id(), List.of())));
    }
    return out;
  }

  /** A top-level comment and its replies. */
  public record Thread(Comment comment, List<Comment> replies) {
    public Thread {
      replies = List.copyOf(replies);
    }
  }

  /** How many approved comments (replies included) each post has; posts without any are absent. */
  public Map<Long, Integer> approvedCounts(Collection<Long> postIds) {
    if (postIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Integer> out = new HashMap<>();
    store.jdbi().useHandle(h -> h.createQuery("SELECT post_id, count(*) AS n FROM comments WHERE status = 'approved' "
            + "AND post_id IN (<ids>) GROUP BY post_id")
        .bindList("ids", List.copyOf(postIds))
        .map((rs, ctx) -> Map.entry(rs.getLong("post_id"), rs.getInt("n")))
        .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /** Comments for moderation, newest first; all statuses when {@code status} is empty. */
  public List<Comment> list(Optional<CommentStatus> status, int limit) {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM comments"
            + (status.isPresent() ? " WHERE status = :status" : "") + " ORDER BY created_at DESC, id DESC LIMIT :limit")
        .bind("status", status.map(CommentStatus::wireName).orElse(null))
        .bind("limit", limit)
        .map(ROW).list());
  }

  public Optional<Comment> byId(long id) {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM comments WHERE id = :id")
        .bind("id", id).map(ROW).findOne());
  }

  /** Moves a comment to a new status; false when there is no such comment. */
  public boolean moderate(long id, CommentStatus status) {
    int n = store.jdbi().withHandle(h -> h.createUpdate("UPDATE comments SET status = :status, updated_at = :now WHERE id = :id")
        .bind("status", status.wireName()).bind("now", clock.millis()).bind("id", id).execute());
    if (n > 0) {
      store.touch();
    }
    return n > 0;
  }

  /** When a post's shown comments last changed, for Last-Modified. */
  public Optional<Instant> lastChange(long postId) {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT max(updated_at) FROM comments WHERE post_id = :post")
        .bind("post", postId).mapTo(Long.class).findOne().map(Instant::ofEpochMilli));
  }

  /** When any comment last changed. */
  public Optional<Instant> lastChange() {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT max(updated_at) FROM comments")
        .mapTo(Long.class).findOne().map(Instant::ofEpochMilli));
  }

  private static CommentRejected invalid(String field, String message) {
    return new CommentRejected(CommentRejected.Kind.INVALID, field, message);
  }

  private static boolean isWebAddress(String s) {
    try {
      URI u = new URI(s);
      return u.getHost() != null && u.getHost().contains(".") && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String minutes(Duration d) {
    long m = d.toMinutes();
    return m == 1 ? "minute" : m + " minutes";
  }
}
