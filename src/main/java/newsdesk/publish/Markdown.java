package newsdesk.publish;

import java.util.Map;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** The editor's Markdown as HTML: raw HTML in it is shown as text, and only safe link schemes survive. */
public final class Markdown {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .escapeHtml(true)
      .sanitizeUrls(true)
      .attributeProviderFactory(ctx -> (node, tag, attrs) -> {
        if (node instanceof Link && isExternal(attrs)) {
          attrs.put("rel", "noopener");
        }
      })
      .build();

  private Markdown() {}

  public static String toHtml(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }

  /**
   * The Markdown as HTML with a bold lead-in such as "Editor:" opening its first paragraph, as
   * blogs write an editor's note; a separate paragraph when the text starts with something else.
   */
  public static String toHtmlLedBy(String lead, String markdown) {
    String html = toHtml(markdown);
    String strong = "<strong class=\"note-label\">" + escape(lead) + "</strong>";
    return html.startsWith("<p>") ? "<p>" + strong + " " + html.substring(3) : "<p>" + strong + "</p>\n" + html;
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static boolean isExternal(Map<String, String> attrs) {
    String href = attrs.getOrDefault("href", "");
    return href.startsWith("http://") || href.startsWith("https://");
  }
}
