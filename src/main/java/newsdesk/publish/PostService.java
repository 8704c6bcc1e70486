package newsdesk.publish;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import newsdesk.store.Store;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Posts: storing them, and reading them the ways the public site needs (newest first, by label,
 * by month). A post is public when it is published, or scheduled and its time has come.
 */
public final class PostService {
  private static final String PUBLIC = "status IN ('published', 'scheduled') AND published_at <= :now";
  private static final String COLUMNS = "id, slug, title, status, published_at, updated_at, lead_image, blocks";

  private final Store store;

  public PostService(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Stores every post in one transaction, or none of them: a slug already in use names the post
   * and fails the whole import. Returns the stored posts with their ids.
   */
  public List<Post> importAll(List<Post> posts) {
    List<Post> stored = store.jdbi().inTransaction(h -> {
      List<Post> out = new ArrayList<>();
      for (int i = 0; i < posts.size(); i++) {
        Post p = posts.get(i);
        Optional<Long> taken = h.createQuery("SELECT id FROM posts WHERE slug = :slug")
            .bind("slug", p.slug()).mapTo(Long.class).findOne();
        if (taken.isPresent()) {
          throw new InvalidPostException("post " + (i + 1) + " \"" + p.title() + "\"", "slug",
              "\"" + p.slug() + "\" is already used by post " + taken.get());
        }
        out.add(p.withId(insert(h, p)));
      }
      return out;
    });
    store.touch();
    return stored;
  }

  /** Stores one new post; the slug must be free. */
  public Post create(Post post) {
    return importAll(List.of(post)).get(0);
  }

  private static long insert(Handle h, Post p) {
    long now = System.currentTimeMillis();
    long id = h.createUpdate("INSERT INTO posts (slug, title, status, published_at, updated_at, created_at, lead_image, blocks) "
            + "VALUES (:slug, :title, :status, :published, :updated, :created, :lead, :blocks)")
        .bind("slug", p.slug())
        .bind("title", p.title())
        .bind("status", p.status().wireName())
        .bind("published", p.published().map(Instant::toEpochMilli).orElse(null))
        .bind("updated", p.updated().toEpochMilli())
        .bind("created", now)
        .bind("lead", p.leadImage().map(img -> PostJson.toJson(PostJson.image(img))).orElse(null))
        .bind("blocks", PostJson.toJson(PostJson.writeBlocks(p.blocks())))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
    for (String label : p.labels()) {
      h.createUpdate("INSERT INTO post_labels (post_id, label) VALUES (:id, :label)")
          .bind("id", id).bind("label", label).execute();
    }
    return id;
  }

  /** Every post in any status, oldest first: what export writes. */
  public List<Post> all() {
    return store.jdbi().withHandle(h -> load(h, h.createQuery("SELECT " + COLUMNS + " FROM posts ORDER BY id")));
  }

  public Optional<Post> byId(long id) {
    return store.jdbi().withHandle(h -> load(h, h.createQuery("SELECT " + COLUMNS + " FROM posts WHERE id = :id")
        .bind("id", id)).stream().findFirst());
  }

  /** A post by slug in any status. */
  public Optional<Post> bySlug(String slug) {
    return store.jdbi().withHandle(h -> load(h, h.createQuery("SELECT " + COLUMNS + " FROM posts WHERE slug = :slug")
        .bind("slug", slug)).stream().findFirst());
  }

  /** A public post by slug. */
  public Optional<Post> publicBySlug(String slug, Instant now) {
    return store.jdbi().withHandle(h -> load(h, h.createQuery("SELECT " + COLUMNS + " FROM posts WHERE slug = :slug AND " + PUBLIC)
        .bind("slug", slug).bind("now", now.toEpochMilli())).stream().findFirst());
  }

  /** The public posts just newer and just older than this one, for "Newer post" / "Older post" links. */
  public Neighbours neighbours(Post post, Instant now) {
    long at = post.shownAt().toEpochMilli();
    return store.jdbi().withHandle(h -> {
      Optional<Post> newer = load(h, h.createQuery("SELECT " + COLUMNS + " FROM posts WHERE " + PUBLIC
              + " AND (published_at > :at OR (published_at = :at AND id > :id)) ORDER BY published_at, id LIMIT 1")
          .bind("now", now.toEpochMilli()).bind("at", at).bind("id", post.id())).stream().findFirst();
      Optional<Post> older = load(h, h.createQuery("SELECT " + COLUMNS + " FROM posts WHERE " + PUBLIC
              + " AND (published_at < :at OR (published_at = :at AND id < :id)) ORDER BY published_at DESC, id DESC LIMIT 1")
          .bind("now", now.toEpochMilli()).bind("at", at).bind("id", post.id())).stream().findFirst();
      return new Neighbours(newer.orElse(null), older.orElse(null));
    });
  }

  /** The posts either side of one, each absent at the ends. */
  public record Neighbours(Post newerPost, Post olderPost) {
    public Optional<Post> newer() {
      return Optional.ofNullable(newerPost);
    }

    public Optional<Post> older() {
      return Optional.ofNullable(olderPost);
    }
  }

  /** Public posts newest first, {@code size} to a page. */
  public PostPage newest(int page, int size, Instant now) {
    return page(page, size, "SELECT " + COLUMNS + " FROM posts WHERE " + PUBLIC, Map.of("now", now.toEpochMilli()));
  }

  /** Public posts carrying a label (matched without regard to case), newest first. */
  public PostPage withLabel(String label, int page, int size, Instant now) {
    return page(page, size, "SELECT " + COLUMNS + " FROM posts WHERE " + PUBLIC
        + " AND id IN (SELECT post_id FROM post_labels WHERE lower(label) = lower(:label))",
        Map.of("now", now.toEpochMilli(), "label", label));
  }

  /** Public posts of one calendar month in the given zone, newest first. */
  public List<Post> inMonth(YearMonth month, ZoneId zone, Instant now) {
    long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
    long to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
    return store.jdbi().withHandle(h -> load(h, h.createQuery("SELECT " + COLUMNS + " FROM posts WHERE " + PUBLIC
            + " AND published_at >= :from AND published_at < :to ORDER BY published_at DESC, id DESC")
        .bind("now", now.toEpochMilli()).bind("from", from).bind("to", to)));
  }

  /** The newest public posts, for feeds. */
  public List<Post> latest(int count, Instant now) {
    return newest(1, count, now).posts();
  }

  /** Labels of public posts with their counts, by name. */
  public List<LabelCount> labels(Instant now) {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT min(l.label) AS label, count(*) AS n FROM post_labels l "
            + "JOIN posts p ON p.id = l.post_id WHERE p.status IN ('published', 'scheduled') AND p.published_at <= :now"
            + " GROUP BY lower(l.label) ORDER BY lower(min(l.label))")
        .bind("now", now.toEpochMilli())
        .map((rs, ctx) -> new LabelCount(rs.getString("label"), rs.getInt("n")))
        .list());
  }

  /** The label as first written, when any public post carries it (matched without regard to case). */
  public Optional<String> label(String name, Instant now) {
    return labels(now).stream().map(LabelCount::label).filter(l -> l.equalsIgnoreCase(name)).findFirst();
  }

  /** The archive tree: years and months in the given zone, newest first, with counts. */
  public List<ArchiveYear> archive(ZoneId zone, Instant now) {
    List<Long> times = store.jdbi().withHandle(h -> h.createQuery("SELECT published_at FROM posts WHERE " + PUBLIC)
        .bind("now", now.toEpochMilli()).mapTo(Long.class).list());
    TreeMap<YearMonth, Integer> months = new TreeMap<>();
    for (long t : times) {
      months.merge(YearMonth.from(Instant.ofEpochMilli(t).atZone(zone)), 1, Integer::sum);
    }
    TreeMap<Integer, List<ArchiveYear.Month>> years = new TreeMap<>();
    for (var e : months.descendingMap().entrySet()) {
      years.computeIfAbsent(e.getKey().getYear(), y -> new ArrayList<>()).add(new ArchiveYear.Month(e.getKey(), e.getValue()));
    }
    List<ArchiveYear> out = new ArrayList<>();
    for (var e : years.descendingMap().entrySet()) {
      out.add(new ArchiveYear(e.getKey(), e.getValue().stream().mapToInt(ArchiveYear.Month::count).sum(), e.getValue()));
    }
    return out;
  }

  /** When public content last changed: the newest update time of a public post. */
  public Optional<Instant> lastUpdate(Instant now) {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT max(updated_at) FROM posts WHERE " + PUBLIC)
        .bind("now", now.toEpochMilli()).mapTo(Long.class).findOne().map(Instant::ofEpochMilli));
  }

  /** When the next scheduled post goes public, so caches know when to renew. */
  public Optional<Instant> nextScheduled(Instant now) {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT min(published_at) FROM posts WHERE status = 'scheduled' AND published_at > :now")
        .bind("now", now.toEpochMilli()).mapTo(Long.class).findOne().map(Instant::ofEpochMilli));
  }

  private PostPage page(int page, int size, String select, Map<String, Object> binds) {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("page and size start at 1");
    }
    List<Post> rows = store.jdbi().withHandle(h -> {
      Query q = h.createQuery(select + " ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset")
          .bind("limit", size + 1)
          .bind("offset", (long) (page - 1) * size);
      binds.forEach(q::bind);
      return load(h, q);
    });
    boolean older = rows.size() > size;
    return new PostPage(older ? rows.subList(0, size) : rows, page, page > 1, older);
  }

  private static List<Post> load(Handle h, Query q) {
    List<Post> posts = q.map((rs, ctx) -> {
      long published = rs.getLong("published_at");
      Instant publishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(published);
      String lead = rs.getString("lead_image");
      return new Post(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
          PostStatus.parse(rs.getString("status")), publishedAt, Instant.ofEpochMilli(rs.getLong("updated_at")),
          List.of(), lead == null ? null : PostJson.readStoredImage(lead), PostJson.readStoredBlocks(rs.getString("blocks")));
    }).list();
    if (posts.isEmpty()) {
      return posts;
    }
    Map<Long, List<String>> labels = labelsOf(h, posts.stream().map(Post::id).toList());
    List<Post> out = new ArrayList<>(posts.size());
    for (Post p : posts) {
      out.add(new Post(p.id(), p.slug(), p.title(), p.status(), p.publishedAt(), p.updated(),
          labels.getOrDefault(p.id(), List.of()), p.image(), p.blocks()));
    }
    return out;
  }

  private static Map<Long, List<String>> labelsOf(Handle h, Collection<Long> ids) {
    Map<Long, List<String>> out = new HashMap<>();
    h.createQuery("SELECT post_id, label FROM post_labels WHERE post_id IN (<ids>) ORDER BY post_id, label")
        .bindList("ids", List.copyOf(ids))
        .map((rs, ctx) -> Map.entry(rs.getLong("post_id"), rs.getString("label")))
        .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return out;
  }
}
