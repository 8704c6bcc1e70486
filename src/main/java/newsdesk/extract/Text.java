package newsdesk.extract;

/** Small text helpers shared by the extraction stages. */
final class Text {

    private Text() {
    }

    /**
     * Whether the element's text holds more than {@code max} characters other than whitespace. Stops reading
     * as soon as it knows, where {@code text()} would walk the whole subtree: checking every element of a
     * page for a short label that way costs the square of the page's size.
     */
    static boolean longerThan(org.jsoup.nodes.Element e, int max) {
        int[] count = {0};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node n, int depth) {
                if (n instanceof org.jsoup.nodes.TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length() && count[0] <= max; i++) {
                        if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
                            count[0]++;
                        }
                    }
                }
                return count[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return count[0] > max;
    }

    /**
     * Invisible characters that editors leave inside words (a zero-width space or BOM pasted after a capital, soft
     * hyphens): a browser shows the word whole. Joiners (U+200C, U+200D) are left alone: they shape the letters of
     * some scripts.
     */
    private static final String INVISIBLE_IN_WORD = "\u200b\u2060\ufeff\u00ad";

    /**
     * Collapses all whitespace (including non-breaking spaces) to single spaces and trims; an invisible character
     * between two letters or digits goes.
     */
    static String squash(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (INVISIBLE_IN_WORD.indexOf(c) >= 0 && !space && b.length() > 0 && i + 1 < s.length()
                    && Character.isLetterOrDigit(b.charAt(b.length() - 1))
                    && Character.isLetterOrDigit(s.charAt(i + 1))) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2009' || c == '\u202f'
                    || c == '\ufeff') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Undoes HTML entities left in JSON-LD and meta values by double-encoding CMSs ("&amp;#8211;"). */
    static String unescape(String s) {
        String t = squash(s);
        for (int i = 0; i < 2 && t.indexOf('&') >= 0 && t.indexOf(';') > 0; i++) {
            t = org.jsoup.parser.Parser.unescapeEntities(t, false);
        }
        return squash(t);
    }

    /** Lower-cased letters and digits only, for comparing titles and names. */
    /** A host's ending: a top-level name of any length ("com", "network", "example"), perhaps after a two-letter one. */
    private static final java.util.regex.Pattern HOST_SUFFIX = java.util.regex.Pattern.compile("\\.[a-z]{2,24}(\\.[a-z]{2})?$");

    /** The host without its public ending: "harbourgazette" of harbourgazette.co.uk, "news.acme" of news.acme.network. */
    static String withoutSuffix(String host) {
        return HOST_SUFFIX.matcher(host).replaceFirst("");
    }

    static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
    private static final java.util.regex.Pattern MOJIBAKE = java.util.regex.Pattern.compile("[ÂÃâ][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]");

    /**
     * Undoes UTF-8 read as Latin-1 or windows-1252 ("Investorâ\u0080\u0099s", "cafÃ©"): when the text holds such
     * pairs and its characters, as those bytes, are valid UTF-8. Anything else is returned as it was.
     */
    static String repairMojibake(String s) {
        if (s.isEmpty() || !MOJIBAKE.matcher(s).find()) {
            return s;
        }
        byte[] b = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = c < 0x100 ? c : CP1252_HIGH.indexOf(c) + 0x80;
            if (v < 0x80 && c >= 0x100) {
                return s;
            }
            b[i] = (byte) v;
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return s;
        }
    }

    /** The length of {@code s} as read: each run of whitespace counts as one character, none at its start. */
    /**
     * Whether a text node right under the element holds a character other than whitespace: false means its
     * {@code ownText()} is empty, without building it.
     */
    static boolean hasOwnWords(org.jsoup.nodes.Element e) {
        return anyOwnText(e, s -> !s.isBlank());
    }

    /** Whether a text node right under the element passes the test: read without building its {@code ownText()}. */
    static boolean anyOwnText(org.jsoup.nodes.Element e, java.util.function.Predicate<String> test) {
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t && test.test(t.getWholeText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds the words in any case: a quick test before a case-blind regular expression, which tries
     * every position of a long text.
     */
    static boolean containsIgnoreCase(String s, String lowerWords) {
        char first = lowerWords.charAt(0);
        char upper = Character.toUpperCase(first);
        for (int i = 0, last = s.length() - lowerWords.length(); i <= last; i++) {
            char c = s.charAt(i);
            if ((c == first || c == upper) && s.regionMatches(true, i, lowerWords, 0, lowerWords.length())) {
                return true;
            }
        }
        return false;
    }

    static int countVisible(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws || !space) {
                n++;
            }
            space = ws;
        }
        return n;
    }
}
