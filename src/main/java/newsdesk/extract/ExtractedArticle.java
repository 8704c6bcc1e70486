package newsdesk.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link ArticleExtractor} found on one page. Strings are empty, never null, when the
 * page did not give the field; times and the lead image are empty Optionals then.
 *
 * @param title        the headline, cleaned of site suffixes such as "... | Outlet"
 * @param authors      author names, without "By", dates or generic "Staff" bylines
 * @param outlet       the site's name
 * @param canonicalUrl the page's canonical URL (absolute), or the page URL given
 * @param description  the page's summary
 * @param language     the page's language tag, such as "en" or "pt-BR"
 * @param published    when the article was first published; UTC when the page gave no zone
 * @param modified     when the article was last changed; UTC when the page gave no zone
 * @param leadImage    the article's lead photo
 * @param blocks       the main text as structured blocks (paragraphs, headings, list items, quotes)
 * @param text         the main text as plain text, blocks separated by a blank line
 * @param sources      for each field found, where it came from ("title" to JSON_LD, ...)
 * @param warnings     reasons why the result may be incomplete: bad input, fallbacks taken
 */
public record ExtractedArticle(
        String title,
        List<String> authors,
        String outlet,
        String canonicalUrl,
        String description,
        String language,
        Optional<OffsetDateTime> published,
        Optional<OffsetDateTime> modified,
        Optional<LeadImage> leadImage,
        List<TextBlock> blocks,
        String text,
        Map<String, Evidence> sources,
        List<String> warnings) {

    public ExtractedArticle {
        authors = List.copyOf(authors);
        blocks = List.copyOf(blocks);
        sources = Map.copyOf(sources);
        warnings = List.copyOf(warnings);
    }
}
