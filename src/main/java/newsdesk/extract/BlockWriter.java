package newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Walks a container and cuts its text into blocks at block-level elements and double line breaks. */
final class BlockWriter {

    /** A table cell no longer than this that reads as a date is a dateline's, not a value's. */
    private static final int DATE_CELL_MAX = 40;

    /** The elements that start a block of their own; the text of any other adds to the block around it. */
    static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "tbody", "thead", "tfoot", "figure", "header", "footer", "form", "hr", "address", "details", "summary",
            "center", "fieldset", "caption", "body", "html", "aside", "nav", "hgroup");
    /** An ordered list without numbers by a utility class ("list-none", "list-unstyled", "unstyled-list"). */
    private static final Pattern NO_MARKERS_CLASS = Pattern.compile(
            "(?i)(?<![\\w-])(?:[\\w-]+-)?(?:list-(?:none|unstyled|no-style|style-none)|unstyled(?:-list)?)(?![\\w-])");
    /** The value of an inline list-style or list-style-type: its counter style is the word that is not a position. */
    private static final Pattern LIST_STYLE = Pattern.compile("(?i)list-style(?:-type)?\\s*:\\s*([^;]*)");
    private static final Set<String> LIST_STYLE_NOT_TYPE = Set.of("inside", "outside", "!important");
    /** The counter styles written out; any other (hebrew, georgian, disc, none, …) gets no marker. */
    private static final Set<String> COUNTER_STYLES = Set.of("decimal", "lower-alpha", "upper-alpha", "lower-latin",
            "upper-latin", "lower-roman", "upper-roman");
    /**
     * An item that opens with a number of its own ("1.", "1)", "Step 1:", "#1", "No. 2", "1998 was …"): when most
     * items of a list do, the page numbers them itself and the browser's numbers are hidden.
     */
    private static final Pattern OWN_NUMBER = Pattern.compile(
            "(?i)^(?:#|(?:no|nr|step|part|chapter|day|week|stage|phase|round|tip)\\.?\\s*#?\\s*)?\\d");

    /** A block being collected: its text and how much of it sits in links. */
    static final class Block {
        final TextBlock.Kind kind;
        final int level;
        final StringBuilder text = new StringBuilder();
        int linkChars;
        /** Some of its link text leads to a dated page ("/2026/12/02/bridge-tolls"): another story. */
        boolean linksToDatedPage;
        /** The address its first link's words lead to, as written; null without links. */
        String linkHref;
        /** The {@code <ul>}/{@code <ol>} it is an item of, numbered in reading order; 0 outside a list. */
        int list;
        /** A table row with a cell of words and no link in it: a value beside a linked name ("Acme Inc." | "$7.7B"). */
        boolean plainCell;

        Block(TextBlock.Kind kind, int level) {
            this.kind = kind;
            this.level = level;
        }
    }

    final List<Block> blocks = new ArrayList<>();
    private Block current;
    private TextBlock.Kind kind = TextBlock.Kind.PARAGRAPH;
    private int level;
    private boolean lastWasBr;
    private String linkHrefNow;

    void walk(Element e, int listDepth) {
        String tag = e.normalName();
        if (tag.equals("br")) {
            if (lastWasBr) {
                flush();
            } else {
                append(" ", false);
            }
            lastWasBr = true;
            return;
        }
        if (tag.equals("img") || tag.equals("hr")) {
            return;
        }
        // an empty anchor is a bookmark (Word's "_GoBack" pasted in) and draws nothing; a styled empty span may
        if (e.childNodeSize() == 0 && !tag.equals("wbr") && !tag.equals("a") && !BLOCK.contains(tag)) {
            emptyBetween = true;
        }
        boolean script = tag.equals("sub") || tag.equals("sup") || tag.equals("math") || scriptByStyle(e);
        if (script) {
            scriptDepth++;
        }
        boolean styled = !BLOCK.contains(tag) && !tag.equals("wbr") && scriptDepth == 0;
        // where this element starts: right after another element's end, at the block's start or after a sentence's end
        boolean startsApart = styled && (tagBetween && endedElement || startsBlockOrSentence());
        if (styled) {
            apartEdge = startsApart && tagBetween;
            tagBetween = true;
            endedElement = false;
        }
        boolean inCell = tag.equals("td") || tag.equals("th");
        boolean block = BLOCK.contains(tag) && !inCell;
        TextBlock.Kind savedKind = kind;
        int savedLevel = level;
        int savedNumber = number;
        int savedStep = step;
        String savedCounterStyle = counterStyle;
        if (block) {
            flush();
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    kind = TextBlock.Kind.HEADING;
                    level = tag.charAt(1) - '0';
                }
                case "li", "dd", "dt" -> {
                    if (kind != TextBlock.Kind.QUOTE) {
                        kind = TextBlock.Kind.LIST_ITEM;
                        level = Math.max(1, listDepth);
                    }
                    if (tag.equals("li") && step != 0 && e.parent() != null
                            && e.parent().normalName().equals("ol")) {
                        number = e.hasAttr("value") ? intAttr(e, "value", number + step) : number + step;
                        marker = counter(number, counterStyle) + ". ";
                    }
                }
                case "ol" -> {
                    boolean reversed = e.hasAttr("reversed");
                    counterStyle = counterStyle(e);
                    List<String> items = e.children().stream().filter(c -> c.normalName().equals("li"))
                            .map(c -> c.text().strip()).toList();
                    long ownNumbers = items.stream().filter(t -> OWN_NUMBER.matcher(t).find()).count();
                    boolean unnumbered = counterStyle == null || NO_MARKERS_CLASS.matcher(e.className()).find()
                            || ownNumbers * 2 > items.stream().filter(t -> !t.isEmpty()).count();
                    step = unnumbered ? 0 : reversed ? -1 : 1;
                    number = intAttr(e, "start", reversed ? items.size() : 1) - step;
                }
                case "ul" -> {
                    step = 0;
                    marker = null; // an item that opens with a list of bullets: its number is not theirs
                }
                case "blockquote" -> {
                    kind = TextBlock.Kind.QUOTE;
                    level = 0;
                }
                case "tr" -> {
                    if (!isLayoutRow(e)) {
                        kind = TextBlock.Kind.TABLE_ROW;
                        level = 0;
                    }
                }
                case "pre" -> {
                    kind = TextBlock.Kind.PREFORMATTED;
                    level = 0;
                    Block b = new Block(kind, 0);
                    b.text.append(e.wholeText());
                    blocks.add(b);
                    kind = savedKind;
                    level = savedLevel;
                    return;
                }
                default -> {
                }
            }
        }
        int childListDepth = tag.equals("ul") || tag.equals("ol") ? listDepth + 1 : listDepth;
        int savedList = list;
        if (tag.equals("ul") || tag.equals("ol")) {
            list = ++lists;
        }
        // A heading that links to its own place on the page ("<h2><a href="#costs">Costs</a></h2>") is a subhead
        // made clickable, not a link away: its words are the story's.
        // A link that goes nowhere ("#" alone, "javascript:", no href) set over a panel of text is a script's button
        // opening it: an accordion's question; its words are the page's. Share and buy buttons stay links.
        boolean isLink = actsAsLink(e) && !(kind == TextBlock.Kind.HEADING && SAME_PAGE.matcher(e.attr("href")).matches())
                && !headsPanel(e);
        boolean dated = isLink && DATED_PATH.matcher(e.attr("href")).find();
        if (dated) {
            datedDepth++;
        }
        String savedHref = linkHrefNow;
        if (isLink) {
            linkHrefNow = e.attr("href");
        }
        Block cellRow = inCell ? current : null;
        int cellTextBefore = cellRow == null ? 0 : cellRow.text.length();
        int cellLinksBefore = cellRow == null ? 0 : cellRow.linkChars;
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                String s = t.getWholeText();
                if (!s.isBlank()) {
                    lastWasBr = false;
                }
                if (emptyBetween && wordsMeet(s) || tagBetween && partsMeet(s)) {
                    append(" ", false);
                }
                if (!s.isEmpty()) {
                    emptyBetween = false;
                    tagBetween = false;
                    endedElement = false;
                    apartEdge = false;
                }
                append(s, isLink || linkDepth > 0);
                if (datedDepth > 0 && current != null && !s.isBlank()) {
                    current.linksToDatedPage = true;
                }
                if ((isLink || linkDepth > 0) && current != null && current.linkHref == null && !s.isBlank()) {
                    current.linkHref = linkHrefNow;
                }
            } else if (c instanceof Element ce) {
                if (isLink) {
                    linkDepth++;
                }
                walk(ce, childListDepth);
                if (isLink) {
                    linkDepth--;
                }
            }
        }
        if (dated) {
            datedDepth--;
        }
        if (styled) {
            apartEdge = startsApart;
            tagBetween = true;
            endedElement = true;
        }
        if (script) {
            scriptDepth--;
        }
        linkHrefNow = savedHref;
        // a cell with a letter or digit and no link in it: the row is data, whatever its linked name (BlockFilter)
        if (inCell && current != null && current.kind == TextBlock.Kind.TABLE_ROW) {
            int from = current == cellRow ? cellTextBefore : 0;
            int linksFrom = current == cellRow ? cellLinksBefore : 0;
            String cell = current.text.substring(from);
            // not a row's label set as a heading cell ("A–C" over a directory's links), nor a date beside a linked
            // headline ("Previous coverage": a list of stories laid out as a table)
            current.plainCell |= current.linkChars == linksFrom && cell.codePoints().anyMatch(Character::isLetterOrDigit)
                    && e.closest("th") == null && !(cell.length() <= DATE_CELL_MAX && DateParser.parse(cell.strip()) != null);
        }
        if (inCell) {
            append(" ", false);
        } else if (block) {
            flush();
        }
        kind = savedKind;
        level = savedLevel;
        list = savedList;
        if (tag.equals("ol") || tag.equals("ul")) {
            number = savedNumber;
            step = savedStep;
            counterStyle = savedCounterStyle;
        } else if (tag.equals("li")) {
            marker = null; // an item without text
        }
    }

    /**
     * A row of a table used to lay a page out, not to hold data: one cell, holding paragraphs, headings, lists or
     * boxes of its own (a mailed newsletter's template: every block of the issue sits in a one-cell row of nested
     * tables). Its paragraphs are paragraphs. A one-column table of plain cells is a list of values and stays rows.
     */
    private static boolean isLayoutRow(Element tr) {
        Element cell = null;
        for (Element c : tr.children()) {
            if (c.normalName().equals("td") || c.normalName().equals("th")) {
                if (cell != null) {
                    return false;
                }
                cell = c;
            }
        }
        if (cell == null) {
            return false;
        }
        for (Element c : cell.children()) {
            if (LAYOUT_CELL_BLOCKS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LAYOUT_CELL_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "blockquote", "div", "table", "section", "article");

    /**
     * Whether an element is a link as readers meet it: an {@code <a>} with anything more than a name to jump to.
     * A bare anchor ({@code <a>}, {@code <a name="top">}, {@code <a id="olla">}) is a placeholder that browsers show
     * as plain text, left behind by editors: a list item or a subhead wrapped in one ("<li><a>Café de Olla, brewed
     * with …</a></li>") is the text's. An anchor with an address, a class, a role or a handler is a link, or a button
     * a script makes live ({@code <a id="deal-1" class="deal">See price at Amazon</a>}). A bare anchor is text only
     * as the whole of a subhead, a list item or a term: around an old page's footer ("Copyright …"), a toolbar of a
     * script's "Print" and "Email" buttons or a menu it is as much a link as any.
     */
    static boolean actsAsLink(Element e) {
        if (!e.normalName().equals("a")) {
            return false;
        }
        if (!isBareAnchor(e)) {
            return true;
        }
        // text only as the whole of a subhead, a list item or a term ("<h3><a name="s1">1. The digging</a></h3>"); a
        // bare anchor around a footer, a toolbar or a menu is as much a link as any
        Element holder = e.parent();
        while (holder != null && INLINE_WRAPPERS.contains(holder.normalName()) && holder.childrenSize() == 1) {
            holder = holder.parent();
        }
        return holder == null || !ANCHOR_HOLDERS.contains(holder.normalName()) || holder.childrenSize() != 1
                || !holder.ownText().isBlank() || !e.hasText() || e.children().stream().anyMatch(Element::isBlock);
    }

    private static final Set<String> ANCHOR_HOLDERS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "li", "dt");
    private static final Set<String> INLINE_WRAPPERS = Set.of("strong", "b", "em", "i", "span", "u");

    private static boolean isBareAnchor(Element e) {
        for (var attr : e.attributes()) {
            if (!attr.getKey().equals("name") && !attr.getKey().equals("id")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The counter style an ordered list asks for by its inline style or its {@code type} ("a", "A", "i", "I"),
     * "decimal" when it asks for none, null when its style asks for one not written out or for none at all.
     */
    private static String counterStyle(Element ol) {
        var style = LIST_STYLE.matcher(ol.attr("style"));
        String type = null;
        while (style.find()) {
            for (String word : style.group(1).strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty() && !LIST_STYLE_NOT_TYPE.contains(word) && !word.startsWith("url(")) {
                    type = word;
                }
            }
        }
        if (type == null) { // browsers ignore a type that is not one of these ("disc"): the numbers stay
            type = switch (ol.attr("type").strip()) {
                case "a" -> "lower-alpha";
                case "A" -> "upper-alpha";
                case "i" -> "lower-roman";
                case "I" -> "upper-roman";
                default -> "decimal";
            };
        }
        return COUNTER_STYLES.contains(type) ? type : null;
    }

    /** The number written in its list's counter style; like browsers, in decimal where the style has none. */
    private static String counter(int n, String style) {
        String written;
        if (style.endsWith("roman") && n > 0 && n < 4000) {
            StringBuilder roman = new StringBuilder();
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] numerals = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
            for (int i = 0, left = n; i < values.length; i++) {
                for (; left >= values[i]; left -= values[i]) {
                    roman.append(numerals[i]);
                }
            }
            written = roman.toString();
        } else if ((style.endsWith("alpha") || style.endsWith("latin")) && n > 0) {
            StringBuilder letters = new StringBuilder();
            for (int left = n; left > 0; left = (left - 1) / 26) {
                letters.insert(0, (char) ('a' + (left - 1) % 26));
            }
            written = letters.toString();
        } else {
            return Integer.toString(n);
        }
        return style.startsWith("upper") ? written.toUpperCase(Locale.ROOT) : written;
    }

    private static int intAttr(Element e, String name, int otherwise) {
        try {
            return Integer.parseInt(e.attr(name).strip());
        } catch (NumberFormatException ex) {
            return otherwise;
        }
    }

    private int linkDepth;
    /** The list being read ({@link Block#list}) and how many lists were met. */
    private int list;
    private int lists;
    private int datedDepth;
    /** A path with a year and a month, or a day, in it: how sites address their stories. */
    private static final Pattern DATED_PATH = Pattern.compile("/(?:19|20)\\d{2}/[01]?\\d/");
    private static final Pattern CONTROL_HREF = Pattern.compile("\\s*(?:#\\s*|(?i:javascript):.*)?", Pattern.DOTALL);

    private static final int PANEL_TEXT_MIN = 40;
    /** A button's call to act ("See price at Amazon", "Read more", "Book now"), not a question or a section's name. */
    static final Pattern ACTION_LABEL = Pattern.compile("(?i)^\\W*(?:see|view|read|show|more|less|buy|shop"
            + "|get|check|book|order|compare|visit|learn|share|click|tap|watch|open|close|download|subscribe|sign"
            + "|log|join|apply|start|try|add|remove|load|copy|expand|collapse|hide|play|listen|print|save)\\b");

    /** Names of the controls that open panels: an accordion's, an FAQ's, a collapsible section's. */
    private static final Pattern TOGGLE_NAME = Pattern.compile("(?i)accordion|faq|toggle|collaps|question|expand");

    /**
     * A link to nowhere that opens the panel of text right after it: it says so (its name or its parent's is an
     * accordion's, a toggle's, a question's; or it carries {@code aria-expanded}/{@code aria-controls}) or it asks a
     * question, and it is not a stock label ("Rate this recipe", "Was this article helpful?") nor a call to act.
     */
    private static boolean headsPanel(Element a) {
        if (!CONTROL_HREF.matcher(a.attr("href")).matches()) {
            return false;
        }
        String label = a.text().strip();
        boolean toggle = label.endsWith("?") || a.hasAttr("aria-expanded") || a.hasAttr("aria-controls")
                || TOGGLE_NAME.matcher(a.className()).find()
                || a.parent() != null && TOGGLE_NAME.matcher(a.parent().className()).find();
        if (!toggle || ACTION_LABEL.matcher(label).find() || BlockFilter.isStockLabel(label)) {
            return false;
        }
        Element next = a.nextElementSibling();
        return next != null && !next.normalName().equals("a") && plainTextAtLeast(next, PANEL_TEXT_MIN);
    }

    /** Whether the element holds at least {@code n} visible characters outside links; stops as soon as it does. */
    private static boolean plainTextAtLeast(Element e, int n) {
        int[] seen = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && el.normalName().equals("a")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    seen[0] += Text.countVisible(t.getWholeText().strip());
                }
                return seen[0] >= n ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return seen[0] >= n;
    }
    /** A fragment naming a place on this page ("#costs"), not "#" alone, which scripts use for buttons. */
    private static final Pattern SAME_PAGE = Pattern.compile("\\s*#[^\\s#]+\\s*");
    /**
     * The item number a browser shows before the items of an {@code <ol>} ("1."); readers and the text's own
     * references ("step 3") count on it. {@code step} is 1, -1 when reversed, 0 outside an ordered list, when
     * its style hides the numbers or asks for a counter style not written out, or when most of its items carry
     * their own number.
     */
    private int number;
    private int step;
    /** The counter style of the ordered list being read ("decimal", "lower-roman"). */
    private String counterStyle;
    /** The marker of the item being read, written before its first text. */
    private String marker;

    /**
     * An empty inline element met since the last text: where it sits between two letters ("control<span class="br">
     * </span>Meditation"), the page draws a line break or a gap with it by style; a word is never cut by an element
     * that holds nothing (a {@code <wbr>} only marks where a long word may wrap).
     */
    private boolean emptyBetween;

    /**
     * Whether the text about to be added starts a word right after a sentence's end or a clause's mark in the block's
     * text ("night.<span class="br"></span>Calmer"), or a capital or a digit right after a letter or digit
     * ("control<span class="br"></span>Meditation"); not a small letter after a letter ("com<span></span>pany",
     * "Vi<span></span>bram": a word cut by an empty anchor), not after a space or an opening bracket nor before
     * punctuation, and never in scripts written without spaces (Chinese, Japanese).
     */
    private boolean wordsMeet(String s) {
        StringBuilder t = current == null ? null : current.text;
        if (t == null || t.length() == 0 || s.isEmpty() || !Character.isLetterOrDigit(s.codePointAt(0))) {
            return false;
        }
        int before = t.codePointBefore(t.length());
        int first = s.codePointAt(0);
        if (Character.isIdeographic(before) || Character.isIdeographic(first) || kana(before) || kana(first)) {
            return false; // scripts written without spaces between words (東京<a id></a>タワー)
        }
        if (Character.isDigit(first) && ".,:".indexOf(before) >= 0 && t.length() > 1
                && Character.isDigit(t.charAt(t.length() - 2))) {
            return false; // a number's own mark: "3.5", "1,200", "9:30"
        }
        return ".,;:!?".indexOf(before) >= 0
                || Character.isLetterOrDigit(before) && (Character.isUpperCase(first) || Character.isDigit(first));
    }

    /** An inline element's start or end (not a sub- or superscript's, nor one inside them) met since the last text. */
    private boolean tagBetween;
    /** Letters of a whole word before the edge: a name's first part set apart ("Mc", "You") is shorter. */
    private static final int WORD_BEFORE_MIN = 4;
    /** Sub- and superscripts being read: "m<sup><a href="#gloss">2</a></sup>" is one word. */
    private int scriptDepth;

    /**
     * Whether text after an inline element's edge starts a new word, drawn apart by the page's style though no space
     * is written: a small letter before and a capitalised word or a digit after ("security<strong>Cons:</strong>",
     * "<em>Signature</em>The organizer", "<span>Prep Time</span><span>35</span>"). A word never turns to a capital
     * in its middle, nor does a word run on into a number, where the page splits it into styled parts; chemistry's
     * and maths' subscripts and superscripts ("H<sub>2</sub>O", "m<sup>2</sup>", MathML, a span styled as one) are
     * not such edges, and the word before must have {@value #WORD_BEFORE_MIN} letters or more: names are set in parts
     * after a short first one ("i<em>Phone</em>", "Mc<span>Donald</span>"). A capital after the edge starts a word
     * only where the edge lies between two elements, ends one begun at a block's or a sentence's start, or opens a
     * label ending with a colon; a part highlighted or styled inside a word ("Power<b>Point</b>",
     * "<mark>Java</mark>Script", "Bahn<span>Card</span>") is one name.
     */
    private boolean partsMeet(String s) {
        StringBuilder t = current == null ? null : current.text;
        if (t == null || t.length() < WORD_BEFORE_MIN || s.isEmpty() || !Character.isLowerCase(t.codePointBefore(t.length()))) {
            return false;
        }
        for (int i = t.length() - WORD_BEFORE_MIN; i < t.length(); i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return false; // "i<em>Phone</em>", "Mc<span>Donald</span>", "You<b>Tube</b>": a name set in parts
            }
        }
        int first = s.codePointAt(0);
        int next = Character.charCount(first);
        if (scriptDepth > 0) {
            return false;
        }
        return Character.isDigit(first)
                || Character.isUpperCase(first) && next < s.length() && Character.isLowerCase(s.codePointAt(next))
                && (apartEdge || s.strip().endsWith(":"));
    }

    /** Whether the block being written is empty so far or its text ends a sentence. */
    private boolean startsBlockOrSentence() {
        if (current == null || current.text.isEmpty()) {
            return true;
        }
        char c = current.text.charAt(current.text.length() - 1);
        return c == '.' || c == '!' || c == '?';
    }

    /** The edge met last lies between two elements ("</span><span>"), or ends one begun at a sentence's start. */
    private boolean apartEdge;
    /** The last edge met was an element's end. */
    private boolean endedElement;
    /** Whether a class ("sup", "superscript") or an inline style ("vertical-align: super") sets the element as a script. */
    private static boolean scriptByStyle(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.className();
        String style = e.attr("style");
        return (cls.contains("sup") || cls.contains("sub")) && SCRIPT_CLASS.matcher(cls).find()
                || style.contains("vertical-align") && SCRIPT_STYLE.matcher(style).find();
    }

    /** Classes and styles that set text as a sub- or superscript: "sup", "superscript", "vertical-align: super". */
    private static final Pattern SCRIPT_CLASS = Pattern.compile("(?i)(?<![\\w-])(?:sup|sub|superscript|subscript)(?![\\w-])");
    private static final Pattern SCRIPT_STYLE = Pattern.compile("(?i)vertical-align\\s*:\\s*(?:super|sub)");

    private static boolean kana(int c) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        return sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA;
    }

    private void append(String s, boolean inLink) {
        if (current == null) {
            if (s.isBlank()) {
                return;
            }
            current = new Block(kind, level);
            current.list = kind == TextBlock.Kind.LIST_ITEM ? list : 0;
            if (marker != null) {
                // The marker reads as part of what follows: a numbered list of links stays a list of links.
                append(marker, inLink);
            }
            marker = null;
        }
        current.text.append(s);
        if (inLink) {
            current.linkChars += Text.countVisible(s.strip());
        }
    }

    void flush() {
        if (current != null && !current.text.toString().isBlank()) {
            blocks.add(current);
        }
        current = null;
        lastWasBr = false;
    }
}
