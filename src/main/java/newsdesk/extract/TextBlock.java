package newsdesk.extract;

/**
 * One block of an article's main text.
 *
 * @param kind  what the block is in the page's structure
 * @param level heading level 1 to 6 for headings, list nesting depth (1 = top) for list items, else 0
 * @param text  the block's text, whitespace collapsed
 */
public record TextBlock(Kind kind, int level, String text) {

    /** The structural role of a block. */
    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PREFORMATTED, TABLE_ROW }
}
