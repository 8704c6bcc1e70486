package newsdesk.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Feeds out: turns posts into feed entries (the body as on the site, lead image first, every
 * link absolute, so the attribution travels with the entry) and writes a feed as Atom 1.0,
 * RSS 2.0 or JSON Feed 1.1.
 */
public final class FeedWriter {
  /** How many posts a feed holds. */
  public static final int SIZE = 25;

  static final String ATOM_NS = "http://www.w3.org/2005/Atom";
  static final String JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";
  private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final PostRenderer renderer;
  private final String baseUrl;
  private final String version;

  /** A writer for the site at {@code baseUrl} (no trailing slash), rendering bodies with {@code renderer}. */
  public FeedWriter(PostRenderer renderer, String baseUrl) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    String v = FeedWriter.class.getPackage().getImplementationVersion();
    this.version = v == null ? "dev" : v;
  }

  /**
   * The entry a public post becomes at its absolute {@code url}, which is also its id: readers
   * know it already, and it stays the same as long as the post and the site's address do.
   */
  public FeedEntry entry(Post post, String url) {
    Instant published = post.shownAt();
    // updated never before published: a scheduled post goes public after its last edit
    Instant updated = post.updated().isAfter(published) ? post.updated() : published;
    return new FeedEntry(url, url, post.title(), published, updated, post.labels(), contentHtml(post),
        post.leadImage().map(i -> absolute(i.src())).orElse(""));
  }

  /** The post's lead image figure and body as HTML, with every site-relative link made absolute. */
  String contentHtml(Post post) {
    // cleaned before jsoup, which would write a control character back as a character reference
    Document doc = Jsoup.parseBodyFragment(clean(renderer.bodyHtml(post)));
    doc.outputSettings().prettyPrint(false);
    post.leadImage().ifPresent(img -> {
      Element figure = doc.body().prependElement("figure").addClass("lead-image");
      figure.appendElement("img").attr("src", clean(img.src())).attr("alt", clean(img.alt()));
      if (!img.caption().isEmpty() || !img.credit().isEmpty()) {
        Element caption = figure.appendElement("figcaption");
        if (!img.caption().isEmpty()) {
          caption.appendElement("span").addClass("caption").text(clean(img.caption()));
        }
        if (!img.caption().isEmpty() && !img.credit().isEmpty()) {
          caption.appendText(" ");
        }
        if (!img.credit().isEmpty()) {
          caption.appendElement("span").addClass("credit").text(clean(img.credit()));
        }
      }
    });
    for (String attr : List.of("src", "href")) {
      for (Element e : doc.select("[" + attr + "]")) {
        e.attr(attr, absolute(e.attr(attr)));
      }
    }
    return doc.body().html();
  }

  /** "/media/x.jpg" on this site as "https://site/media/x.jpg"; other URLs as they are. */
  String absolute(String url) {
    if (url.startsWith("//")) {
      return baseUrl.substring(0, baseUrl.indexOf(':') + 1) + url;
    }
    return url.startsWith("/") ? baseUrl + url : url;
  }

  /** The feed in the given format. */
  public String write(FeedFormat format, Feed feed) {
    return switch (format) {
      case ATOM -> atom(feed);
      case RSS -> rss(feed);
      case JSON -> json(feed);
    };
  }

  private String atom(Feed feed) {
    return xml(w -> {
      w.writeStartElement("feed");
      w.writeDefaultNamespace(ATOM_NS);
      w.writeAttribute("xml:lang", feed.language());
      text(w, "id", feed.url(FeedFormat.ATOM));
      text(w, "title", feed.title());
      if (!feed.description().isEmpty()) {
        text(w, "subtitle", feed.description());
      }
      text(w, "updated", RFC_3339.format(feed.updated()));
      link(w, "self", FeedFormat.ATOM.mediaType(), feed.url(FeedFormat.ATOM));
      link(w, "alternate", "text/html", feed.homeUrl());
      w.writeStartElement("author");
      text(w, "name", feed.author());
      text(w, "uri", feed.authorUrl());
      w.writeEndElement();
      w.writeStartElement("generator");
      w.writeAttribute("version", version);
      w.writeCharacters("newsdesk");
      w.writeEndElement();
      for (FeedEntry e : feed.entries()) {
        w.writeCharacters("\n");
        w.writeStartElement("entry");
        text(w, "id", e.id());
        text(w, "title", e.title());
        link(w, "alternate", "text/html", e.url());
        text(w, "published", RFC_3339.format(e.published()));
        text(w, "updated", RFC_3339.format(e.updated()));
        for (String c : e.categories()) {
          w.writeEmptyElement("category");
          w.writeAttribute("term", clean(c));
        }
        w.writeStartElement("content");
        w.writeAttribute("type", "html");
        w.writeCharacters(clean(e.contentHtml()));
        w.writeEndElement();
        w.writeEndElement();
      }
      w.writeCharacters("\n");
      w.writeEndElement();
    });
  }

  private String rss(Feed feed) {
    return xml(w -> {
      w.writeStartElement("rss");
      w.writeAttribute("version", "2.0");
      w.writeNamespace("atom", ATOM_NS);
      w.writeStartElement("channel");
      text(w, "title", feed.title());
      text(w, "link", feed.homeUrl());
      text(w, "description", feed.description().isEmpty() ? feed.title() : feed.description());
      w.writeEmptyElement("atom", "link", ATOM_NS);
      w.writeAttribute("href", clean(feed.url(FeedFormat.RSS)));
      w.writeAttribute("rel", "self");
      w.writeAttribute("type", FeedFormat.RSS.mediaType());
      text(w, "language", feed.language().toLowerCase(java.util.Locale.ROOT));
      text(w, "lastBuildDate", RFC_822.format(feed.updated()));
      text(w, "generator", "newsdesk " + version);
      text(w, "docs", "https://www.rssboard.org/rss-specification");
      for (FeedEntry e : feed.entries()) {
        w.writeCharacters("\n");
        w.writeStartElement("item");
        text(w, "title", e.title());
        text(w, "link", e.url());
        w.writeStartElement("guid");
        w.writeAttribute("isPermaLink", String.valueOf(e.id().equals(e.url())));
        w.writeCharacters(clean(e.id()));
        w.writeEndElement();
        text(w, "pubDate", RFC_822.format(e.published()));
        for (String c : e.categories()) {
          text(w, "category", c);
        }
        text(w, "description", e.contentHtml());
        w.writeEndElement();
      }
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  private String json(Feed feed) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("version", JSON_FEED_VERSION);
    out.put("title", clean(feed.title()));
    out.put("home_page_url", feed.homeUrl());
    out.put("feed_url", feed.url(FeedFormat.JSON));
    if (!feed.description().isEmpty()) {
      out.put("description", clean(feed.description()));
    }
    out.put("language", feed.language());
    Map<String, Object> author = new LinkedHashMap<>(); // not Map.of: its order changes between runs, and so would the ETag
    author.put("name", clean(feed.author()));
    author.put("url", feed.authorUrl());
    out.put("authors", List.of(author));
    List<Map<String, Object>> items = new ArrayList<>();
    for (FeedEntry e : feed.entries()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", e.id());
      item.put("url", e.url());
      item.put("title", clean(e.title()));
      item.put("content_html", clean(e.contentHtml()));
      if (!e.imageUrl().isEmpty()) {
        item.put("image", e.imageUrl());
      }
      item.put("date_published", RFC_3339.format(e.published()));
      item.put("date_modified", RFC_3339.format(e.updated()));
      if (!e.categories().isEmpty()) {
        item.put("tags", e.categories().stream().map(FeedWriter::clean).toList());
      }
      items.add(item);
    }
    out.put("items", items);
    try {
      return JSON.writeValueAsString(out) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON feed", e);
    }
  }

  /** Writes one whole XML document in UTF-8. */
  static String xml(XmlBody body) {
    StringWriter out = new StringWriter(32 * 1024);
    try {
      // a Writer, not a stream: the JDK's writer would otherwise split emoji into two invalid char refs
      XMLStreamWriter w = XML.createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML", e);
    }
    return out.append('\n').toString();
  }

  /** The body of an XML document. */
  @FunctionalInterface
  interface XmlBody {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
    w.writeStartElement(element);
    w.writeCharacters(clean(value));
    w.writeEndElement();
  }

  private static void link(XMLStreamWriter w, String rel, String type, String href) throws XMLStreamException {
    w.writeEmptyElement("link");
    w.writeAttribute("rel", rel);
    w.writeAttribute("type", type);
    w.writeAttribute("href", clean(href));
  }

  /** The text without the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/F). */
  static String clean(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      } else if (ok && b != null) {
        b.appendCodePoint(cp);
      }
      i += n;
    }
    return b == null ? s : b.toString();
  }

  static String rfc3339(Instant t) {
    return RFC_3339.format(t.truncatedTo(ChronoUnit.SECONDS));
  }
}
