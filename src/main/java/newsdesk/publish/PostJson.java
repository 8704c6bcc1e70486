package newsdesk.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The post JSON shape of docs/post-json.md, read with every field checked and written back.
 * Import, export and the JSON API all go through here, so they cannot drift apart.
 */
public final class PostJson {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_TITLE = 300;
  private static final int MAX_PARAGRAPH = 2_000;
  private static final int MAX_LABEL = 60;

  private PostJson() {}

  /**
   * Reads a file's text: one post object or an array of them. Throws {@link InvalidPostException}
   * naming the first post and field at fault.
   */
  public static List<Post> readPosts(String json, Instant now) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidPostException("", "", "is not valid JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ")");
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidPostException("", "", "the file is empty");
    }
    List<Post> posts = new ArrayList<>();
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        posts.add(readPost(root.get(i), "post " + (i + 1), now));
      }
    } else {
      posts.add(readPost(root, "post 1", now));
    }
    Set<String> slugs = new LinkedHashSet<>();
    for (int i = 0; i < posts.size(); i++) {
      if (!slugs.add(posts.get(i).slug())) {
        throw new InvalidPostException(describe(i, posts.get(i).title()), "slug",
            "\"" + posts.get(i).slug() + "\" appears twice in the file");
      }
    }
    return posts;
  }

  /** Reads one post object; {@code where} names it in errors, such as "post 3". */
  public static Post readPost(JsonNode node, String where, Instant now) {
    if (node == null || !node.isObject()) {
      throw new InvalidPostException(where, "", "must be a JSON object");
    }
    String title = node.path("title").isTextual() ? node.get("title").asText().strip() : "";
    String who = title.isEmpty() ? where : where + " \"" + abbreviate(title) + "\"";
    Reader r = new Reader(who);
    r.onlyFields(node, "", "id", "title", "slug", "status", "published", "updated", "labels",
        "lead_image", "blocks");
    title = r.text(node, "title", true, MAX_TITLE);
    String slug = r.text(node, "slug", false, 200);
    if (slug.isEmpty()) {
      slug = Slugs.of(title);
    } else if (!SLUG.matcher(slug).matches()) {
      throw r.bad("slug", "must be lower-case letters, digits and single dashes, like \"talks-resume\"");
    }
    String statusText = r.text(node, "status", false, 20);
    PostStatus status;
    try {
      status = statusText.isEmpty() ? PostStatus.PUBLISHED : PostStatus.parse(statusText);
    } catch (IllegalArgumentException e) {
      throw r.bad("status", e.getMessage());
    }
    Instant published = r.time(node, "published");
    if (published == null && (status == PostStatus.PUBLISHED || status == PostStatus.SCHEDULED)) {
      throw r.bad("published", "is missing (a " + status.wireName() + " post needs its time)");
    }
    Instant updated = r.time(node, "updated");
    if (updated == null) {
      updated = published != null ? published : now;
    }
    List<String> labels = new ArrayList<>();
    JsonNode labelsNode = node.get("labels");
    if (labelsNode != null && !labelsNode.isNull()) {
      if (!labelsNode.isArray()) {
        throw r.bad("labels", "must be a list of names");
      }
      for (int i = 0; i < labelsNode.size(); i++) {
        JsonNode l = labelsNode.get(i);
        String label = l.isTextual() ? l.asText().strip() : "";
        if (label.isEmpty() || label.length() > MAX_LABEL || label.contains("/")) {
          throw r.bad("labels[" + i + "]", "must be a name of 1 to " + MAX_LABEL + " characters without '/'");
        }
        if (!labels.contains(label)) {
          labels.add(label);
        }
      }
    }
    Image lead = null;
    JsonNode leadNode = node.get("lead_image");
    if (leadNode != null && !leadNode.isNull()) {
      lead = r.image(leadNode, "lead_image");
    }
    JsonNode blocksNode = node.get("blocks");
    if (blocksNode == null || blocksNode.isNull()) {
      throw r.bad("blocks", "is missing (a post needs at least one block)");
    }
    if (!blocksNode.isArray() || blocksNode.isEmpty()) {
      throw r.bad("blocks", "must be a list of at least one block");
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < blocksNode.size(); i++) {
      blocks.add(r.block(blocksNode.get(i), "blocks[" + i + "]"));
    }
    return new Post(0, slug, title, status, published, updated, labels, lead, blocks);
  }

  /** The post as the JSON shape, with its id. */
  public static ObjectNode write(Post post) {
    ObjectNode o = MAPPER.createObjectNode();
    if (post.id() > 0) {
      o.put("id", post.id());
    }
    o.put("title", post.title());
    o.put("slug", post.slug());
    o.put("status", post.status().wireName());
    post.published().ifPresent(p -> o.put("published", p.toString()));
    o.put("updated", post.updated().toString());
    ArrayNode labels = o.putArray("labels");
    post.labels().forEach(labels::add);
    post.leadImage().ifPresent(img -> o.set("lead_image", image(img)));
    o.set("blocks", writeBlocks(post.blocks()));
    return o;
  }

  /** Blocks as a JSON array, as stored in the database and exported. */
  public static ArrayNode writeBlocks(List<Block> blocks) {
    ArrayNode arr = MAPPER.createArrayNode();
    for (Block b : blocks) {
      ObjectNode o = arr.addObject();
      o.put("type", b.type());
      if (b instanceof ExcerptBlock e) {
        ObjectNode s = o.putObject("source");
        s.put("url", e.source().url());
        s.put("title", e.source().title());
        ArrayNode authors = s.putArray("authors");
        e.source().authors().forEach(authors::add);
        s.put("outlet", e.source().outlet());
        e.source().published().ifPresent(p -> s.put("published", p.toString()));
        ArrayNode ps = o.putArray("paragraphs");
        e.paragraphs().forEach(ps::add);
      } else if (b instanceof NoteBlock n) {
        o.put("label", n.label());
        o.put("markdown", n.markdown());
      } else if (b instanceof CoverageBlock c) {
        ArrayNode items = o.putArray("items");
        for (CoverageBlock.Item it : c.items()) {
          items.addObject().put("url", it.url()).put("title", it.title()).put("outlet", it.outlet());
        }
      } else if (b instanceof TextBlock t) {
        o.put("markdown", t.markdown());
      } else if (b instanceof ImageBlock i) {
        o.setAll(image(i.image()));
      }
    }
    return arr;
  }

  static ObjectNode image(Image img) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("src", img.src());
    o.put("alt", img.alt());
    o.put("caption", img.caption());
    o.put("credit", img.credit());
    return o;
  }

  /** Reads blocks stored by {@link #writeBlocks}; they were checked when written. */
  static List<Block> readStoredBlocks(String json) {
    try {
      JsonNode arr = MAPPER.readTree(json);
      Reader r = new Reader("stored post");
      List<Block> blocks = new ArrayList<>();
      for (int i = 0; i < arr.size(); i++) {
        blocks.add(r.block(arr.get(i), "blocks[" + i + "]"));
      }
      return blocks;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored blocks are not JSON", e);
    }
  }

  static Image readStoredImage(String json) {
    try {
      return new Reader("stored post").image(MAPPER.readTree(json), "lead_image");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored image is not JSON", e);
    }
  }

  static String toJson(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describe(int index, String title) {
    return "post " + (index + 1) + " \"" + abbreviate(title) + "\"";
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** Field readers that name the post and the JSON path in every complaint. */
  private static final class Reader {
    private final String who;

    Reader(String who) {
      this.who = who;
    }

    InvalidPostException bad(String field, String problem) {
      return new InvalidPostException(who, field, problem);
    }

    void onlyFields(JsonNode node, String prefix, String... allowed) {
      Set<String> ok = Set.of(allowed);
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!ok.contains(f)) {
          throw bad(prefix + f, "is not a field of this shape (allowed: " + String.join(", ", allowed) + ")");
        }
      }
    }

    String text(JsonNode node, String field, boolean required, int max) {
      return text(node, field, "", required, max);
    }

    String text(JsonNode node, String field, String prefix, boolean required, int max) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
        if (required) {
          throw bad(prefix + field, "is missing");
        }
        return "";
      }
      if (!v.isTextual()) {
        throw bad(prefix + field, "must be a string");
      }
      String s = v.asText().strip();
      if (s.length() > max) {
        throw bad(prefix + field, "is longer than " + max + " characters");
      }
      return s;
    }

    Instant time(JsonNode node, String field) {
      return time(node, field, "");
    }

    Instant time(JsonNode node, String field, String prefix) {
      String s = text(node, field, prefix, false, 64);
      if (s.isEmpty()) {
        return null;
      }
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        throw bad(prefix + field, "must be an ISO 8601 time with an offset, like 2026-11-20T08:15:00Z (got \"" + s + "\")");
      }
    }

    String url(JsonNode node, String field, String prefix, boolean allowLocal) {
      String s = text(node, field, prefix, true, 2_000);
      if (allowLocal && s.startsWith("/") && !s.startsWith("//")) {
        return s;
      }
      try {
        URI u = new URI(s);
        String scheme = u.getScheme();
        if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && u.getHost() != null) {
          return s;
        }
      } catch (java.net.URISyntaxException e) {
        // reported below
      }
      throw bad(prefix + field, "must be an http or https URL" + (allowLocal ? " or a path starting with /" : "") + " (got \"" + s + "\")");
    }

    Image image(JsonNode node, String path) {
      if (!node.isObject()) {
        throw bad(path, "must be an object with src, alt, caption and credit");
      }
      String p = path + ".";
      onlyFields(node, p, "src", "alt", "caption", "credit", "type");
      return new Image(url(node, "src", p, true), text(node, "alt", p, false, 500),
          text(node, "caption", p, false, 1_000), text(node, "credit", p, false, 300));
    }

    Block block(JsonNode node, String path) {
      if (node == null || !node.isObject()) {
        throw bad(path, "must be an object with a type");
      }
      String p = path + ".";
      String type = text(node, "type", p, true, 20);
      switch (type) {
        case "excerpt" -> {
          onlyFields(node, p, "type", "source", "paragraphs");
          JsonNode src = node.get("source");
          if (src == null || !src.isObject()) {
            throw bad(p + "source", "is missing (an excerpt names its source: url, title, authors, outlet)");
          }
          String sp = p + "source.";
          onlyFields(src, sp, "url", "title", "authors", "outlet", "published");
          List<String> authors = new ArrayList<>();
          JsonNode an = src.get("authors");
          if (an != null && !an.isNull()) {
            if (!an.isArray()) {
              throw bad(sp + "authors", "must be a list of names");
            }
            for (int i = 0; i < an.size(); i++) {
              if (!an.get(i).isTextual() || an.get(i).asText().isBlank()) {
                throw bad(sp + "authors[" + i + "]", "must be a name");
              }
              authors.add(an.get(i).asText().strip());
            }
          }
          Source source = new Source(url(src, "url", sp, false), text(src, "title", sp, true, MAX_TITLE),
              authors, text(src, "outlet", sp, true, 200), time(src, "published", sp));
          JsonNode ps = node.get("paragraphs");
          if (ps == null || !ps.isArray() || ps.isEmpty()) {
            throw bad(p + "paragraphs", "must be a list of at least one quoted paragraph");
          }
          List<String> paragraphs = new ArrayList<>();
          for (int i = 0; i < ps.size(); i++) {
            JsonNode para = ps.get(i);
            if (!para.isTextual() || para.asText().isBlank()) {
              throw bad(p + "paragraphs[" + i + "]", "must be a non-empty string");
            }
            if (para.asText().length() > MAX_PARAGRAPH) {
              throw bad(p + "paragraphs[" + i + "]", "is longer than " + MAX_PARAGRAPH + " characters");
            }
            paragraphs.add(para.asText().strip());
          }
          return new ExcerptBlock(source, paragraphs);
        }
        case "note" -> {
          onlyFields(node, p, "type", "label", "markdown");
          return new NoteBlock(text(node, "label", p, false, 60), text(node, "markdown", p, true, 20_000));
        }
        case "coverage" -> {
          onlyFields(node, p, "type", "items");
          JsonNode items = node.get("items");
          if (items == null || !items.isArray() || items.isEmpty()) {
            throw bad(p + "items", "must be a list of at least one link");
          }
          List<CoverageBlock.Item> list = new ArrayList<>();
          for (int i = 0; i < items.size(); i++) {
            JsonNode it = items.get(i);
            String ip = p + "items[" + i + "].";
            if (!it.isObject()) {
              throw bad(p + "items[" + i + "]", "must be an object with url, title and outlet");
            }
            onlyFields(it, ip, "url", "title", "outlet");
            list.add(new CoverageBlock.Item(url(it, "url", ip, false), text(it, "title", ip, true, MAX_TITLE),
                text(it, "outlet", ip, true, 200)));
          }
          return new CoverageBlock(list);
        }
        case "text" -> {
          onlyFields(node, p, "type", "markdown");
          return new TextBlock(text(node, "markdown", p, true, 50_000));
        }
        case "image" -> {
          return new ImageBlock(image(node, path));
        }
        default -> throw bad(p + "type", "must be one of excerpt, note, coverage, text, image (got \"" + type + "\")");
      }
    }
  }
}
