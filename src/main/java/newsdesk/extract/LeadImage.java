package newsdesk.extract;

/**
 * The lead photo of an article. Strings are empty, never null, when unknown.
 *
 * @param src     absolute URL of the image
 * @param alt     the image's alternative text
 * @param caption the caption, without the credit
 * @param credit  who made or supplied the photo, such as "REUTERS/Jane Doe"
 */
public record LeadImage(String src, String alt, String caption, String credit) {
}
