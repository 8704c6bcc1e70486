package newsdesk.web;

import java.util.List;
import newsdesk.SiteSettings;
import newsdesk.publish.ArchiveYear;
import newsdesk.publish.LabelCount;

/**
 * What every public page has around its content: the site's name, the page's title and
 * canonical address, its feeds, structured data, and the sidebar's labels and archive tree.
 */
public record Chrome(
    SiteSettings site,
    String pageTitle,
    String description,
    String canonical,
    List<FeedLink> feeds,
    String jsonLd,
    String ogType,
    String ogImage,
    List<LabelCount> labels,
    List<ArchiveYear> archive,
    boolean noindex) {

  /** A feed advertised with link rel="alternate". */
  public record FeedLink(String title, String type, String href) {}

  /** The title for the title element: page first, site name after. */
  public String documentTitle() {
    return pageTitle.isEmpty() || pageTitle.equals(site.title()) ? site.title() : pageTitle + " | " + site.title();
  }

  public String labelUrl(String label) {
    return Urls.label(label);
  }

  public String archiveUrl(java.time.YearMonth month) {
    return Urls.archive(month);
  }

  public String monthName(java.time.YearMonth month) {
    return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, site.locale());
  }
}
