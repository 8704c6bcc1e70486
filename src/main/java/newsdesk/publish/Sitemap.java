package newsdesk.publish;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A sitemaps.org 0.9 sitemap: the site's public page URLs, each with when it last changed. */
public final class Sitemap {
  /** The most URLs one sitemap file may hold (sitemaps.org). */
  public static final int MAX_URLS = 50_000;

  static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private Sitemap() {}

  /** One page: its absolute URL, and when it last changed. */
  public record Url(String loc, Instant lastModified) {
    public Url {
      Objects.requireNonNull(loc, "loc");
      Objects.requireNonNull(lastModified, "lastModified");
    }
  }

  /** The sitemap XML of the given URLs (the first {@link #MAX_URLS} of them). */
  public static String write(List<Url> urls) {
    return FeedWriter.xml(w -> {
      w.writeStartElement("urlset");
      w.writeDefaultNamespace(NS);
      for (Url u : urls.subList(0, Math.min(urls.size(), MAX_URLS))) {
        w.writeCharacters("\n");
        w.writeStartElement("url");
        FeedWriter.text(w, "loc", u.loc());
        FeedWriter.text(w, "lastmod", FeedWriter.rfc3339(u.lastModified()));
        w.writeEndElement();
      }
      w.writeCharacters("\n");
      w.writeEndElement();
    });
  }
}
