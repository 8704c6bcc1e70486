package newsdesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import newsdesk.SiteSettings;
import newsdesk.publish.ExcerptBlock;

/** schema.org structured data as JSON-LD: a BlogPosting with its citations and image caption, or the Blog. */
final class JsonLd {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLd() {}

  static String blogPosting(PostView v, SiteSettings site, Views views) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("@context", "https://schema.org");
    o.put("@type", "BlogPosting");
    o.put("headline", v.post().title());
    o.put("url", v.absoluteUrl());
    o.put("mainEntityOfPage", v.absoluteUrl());
    o.put("datePublished", v.isoPublished());
    o.put("dateModified", views.iso(v.post().updated()));
    if (!v.post().labels().isEmpty()) {
      o.put("keywords", String.join(", ", v.post().labels()));
    }
    ObjectNode publisher = o.putObject("publisher");
    publisher.put("@type", "Organization");
    publisher.put("name", site.title());
    publisher.put("url", site.baseUrl() + "/");
    o.set("author", publisher.deepCopy());
    v.post().leadImage().ifPresent(img -> {
      ObjectNode image = o.putObject("image");
      image.put("@type", "ImageObject");
      image.put("url", views.absoluteSrc(img.src()));
      if (!img.caption().isEmpty()) {
        image.put("caption", img.caption());
      }
      if (!img.credit().isEmpty()) {
        image.put("creditText", img.credit());
      }
    });
    ArrayNode citations = o.putArray("citation");
    for (ExcerptBlock e : v.post().excerpts()) {
      ObjectNode c = citations.addObject();
      c.put("@type", "CreativeWork");
      c.put("name", e.source().title());
      c.put("url", e.source().url());
      ArrayNode authors = c.putArray("author");
      e.source().authors().forEach(a -> authors.addObject().put("@type", "Person").put("name", a));
      c.putObject("publisher").put("@type", "Organization").put("name", e.source().outlet());
      e.source().published().ifPresent(p -> c.put("datePublished", p.toString()));
    }
    o.put("commentCount", v.comments());
    return write(o);
  }

  static String blog(SiteSettings site) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("@context", "https://schema.org");
    o.put("@type", "Blog");
    o.put("name", site.title());
    o.put("description", site.description());
    o.put("url", site.baseUrl() + "/");
    return write(o);
  }

  /** JSON safe inside a script element: no "</" can close it early. */
  private static String write(ObjectNode o) {
    try {
      return MAPPER.writeValueAsString(o).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
