package newsdesk.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an element's class and id say about it. Plain token and substring tests instead of regular
 * expressions: they run on every element of every page, and this is where the time went.
 */
final class ClassHints {

    /** Boilerplate whole tokens (class and id split at spaces, '-' and '_'). */
    private static final Set<String> STRONG_TOKENS = Set.of("share", "sharing", "social", "comment", "comments",
            "disqus", "related", "newsletter", "subscribe", "subscription", "signup", "ad", "ads", "adslot", "adunit",
            "dfp", "gpt", "consent", "gdpr", "breadcrumb", "breadcrumbs", "outbrain", "taboola", "popup", "modal",
            "paywall", "trending", "popular", "readnext", "readmore", "nextpost", "prevpost", "previouspost",
            "pagination", "authorbio", "abouttheauthor", "tag", "tags", "taglist", "categories", "skiplink",
            "sronly", "visuallyhidden", "printonly", "mostread", "morestories", "alsoread", "promo", "promos",
            "authorbox", "authorinfo", "aboutauthor", "authorcard", "authorprofile", "authordetails", "authorbiography",
            "authorwrap", "authorblock", "authorsection",
            "promotion", "promotions", "promobox", "cta", "calltoaction", "disclaimer", "disclaimers", "disclosure",
            "feedback", "optin", "sharedaddy", "recirc", "legal", "copyright", "colophon", "bio", "biography",
            "recent", "latest", "follow", "socials", "attribution", "privacy", "belowcontent", "aftercontent",
            "belowpost", "afterpost", "belowarticle", "afterarticle", "belowentry", "afterentry", "belowthecontent",
            "afterthecontent", "twittertweet", "instagrammedia", "tiktokembed",
            // a newsletter's box asking readers to bring in subscribers ("You currently have 0 referrals …")
            "referral", "referrals");
    /** Boilerplate token prefixes ("recommended", "advertisement", "sponsored", "authorBio", "contributor"). */
    private static final String[] STRONG_PREFIXES = {"recommend", "advert", "sponsor", "cookie", "postnav",
        "screenreader", "author", "contributor"};
    private static final String[] WEAK = {"-ad-", "banner", "combx", "community", "cover-wrap", "extra", "footer",
        "header", "legends", "menu", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "supplemental",
        "agegate", "pager", "yom-remote", "widget", "masthead", "navbar", "topbar", "toolbar", "meta", "byline",
        "dateline", "caption", "credit", "teaser", "card", "rail", "inline-link", "inlinelink", "inline-promo",
        "inlinepromo"};
    private static final String[] MAYBE_CONTENT = {"and", "article", "body", "column", "content", "main", "shadow",
        "entry", "post", "story", "text"};
    private static final String[] POSITIVE = {"article", "body", "content", "entry", "hentry", "h-entry", "main",
        "page", "post", "text", "blog", "story", "prose", "rich-text", "richtext"};
    private static final String[] NEGATIVE = {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
        "foot", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
        "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "card", "teaser", "subscribe"};
    private static final String[] BODY_FIRST = {"article", "entry", "post", "story", "content", "blog", "news"};
    private static final String[] BODY_SECOND = {"body", "content", "text"};
    private static final String[] BODY_WHOLE = {"bodytext", "body-text", "bodycopy", "body-copy", "richtext",
        "rich-text", "prose", "postentry", "post-entry", "singlecontent", "single-content"};

    private ClassHints() {
    }

    /** The element's class and id, lower-cased; empty when it has neither. */
    static String name(org.jsoup.nodes.Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Data attributes in which sites without meaningful classes (utility CSS) name their components. */
    private static final Set<String> COMPONENT_ATTRIBUTES = Set.of("data-testid", "data-test-id", "data-component",
            "data-component-name", "data-module", "data-module-name", "data-ga-module", "data-widget", "data-cy",
            "data-qa");

    /**
     * The component names an element carries in data attributes ({@code data-testid="related-articles"},
     * {@code data-component="inline-newsletter"}), lower-cased; empty when it has none.
     */
    static String componentName(org.jsoup.nodes.Element e) {
        if (e.attributesSize() == 0) {
            return "";
        }
        StringBuilder b = null;
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            if (a.getKey().startsWith("data-") && COMPONENT_ATTRIBUTES.contains(a.getKey())) {
                if (b == null) {
                    b = new StringBuilder();
                } else {
                    b.append(' ');
                }
                b.append(a.getValue().toLowerCase(Locale.ROOT));
            }
        }
        return b == null ? "" : b.toString();
    }

    /**
     * Strong words that also name parts of a story ("latest-update", "recent-developments", "follow-up"): they
     * remove lists of other stories, not prose (see {@link #strongJunk(String, boolean)}). A "bio" or "legal" box
     * of prose is still the writer's biography or the site's notice.
     */
    private static final Set<String> ALSO_STORY_WORDS = Set.of("latest", "recent", "follow");

    /** Names that mean boilerplate even beside content words: share bars, comments, related links, ads. */
    static boolean strongJunk(String name) {
        return strongJunk(name, false);
    }

    /** As {@link #strongJunk(String)}; with {@code beyondStoryWords}, the words that also name story parts don't count. */
    static boolean strongJunk(String name, boolean beyondStoryWords) {
        int n = name.length();
        int start = 0;
        String prev = null;
        String prev2 = null;
        boolean quoted = false;
        for (int i = 0; i <= n; i++) {
            boolean sep = i == n || name.charAt(i) == ' ' || name.charAt(i) == '-' || name.charAt(i) == '_';
            if (!sep) {
                continue;
            }
            if (i > start) {
                String token = name.substring(start, i);
                if (token.endsWith("quote") || token.startsWith("testimonial") || token.equals("cite")
                        || token.equals("citation")) {
                    quoted = true; // "pullquote__author", "testimonial-author": the quoted speaker, not the writer
                }
                if (quoted && token.startsWith("author")) {
                    // not a writer's box
                } else if (isStrong(token) && !(beyondStoryWords && ALSO_STORY_WORDS.contains(token))
                        || prev != null && isStrong(prev + token) || prev2 != null && isStrong(prev2 + prev + token)) {
                    return true;
                }
                prev2 = prev;
                prev = token;
            }
            if (i < n && name.charAt(i) == ' ') {
                prev = null;
                prev2 = null;
                quoted = false;
            }
            start = i + 1;
        }
        return false;
    }

    private static boolean isStrong(String token) {
        if (STRONG_TOKENS.contains(token)) {
            return true;
        }
        for (String p : STRONG_PREFIXES) {
            if (token.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names a picture's caption: a token "caption" or ending in it ("wp-caption-text", "imageblock_caption",
     * "imgcaption"). Its words describe a photo, as a {@code <figcaption>} does, even beside "text" or "article".
     */
    static boolean caption(String name) {
        int n = name.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || name.charAt(i) == ' ' || name.charAt(i) == '-' || name.charAt(i) == '_') {
                if (i > start && name.startsWith("caption", i - 7) && i - 7 >= start) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /**
     * Names a tooltip: a token "tooltip" or starting with it ("term_tooltip__x8", "tooltip-text", "tooltipBubble"),
     * a box the page draws only while the pointer rests on what it belongs to.
     */
    static boolean tooltip(String name) {
        return hasToken(name, "tooltip", true);
    }

    /** Names a footer: a token "footer" ("footer-container-wrapper", "site_footer", "page-footer"). */
    static boolean footer(String name) {
        return hasToken(name, "footer", false);
    }

    /** Whether a token of the name (split at spaces, hyphens and underscores) is the word, or starts with it. */
    private static boolean hasToken(String name, String word, boolean prefix) {
        int n = name.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || name.charAt(i) == ' ' || name.charAt(i) == '-' || name.charAt(i) == '_') {
                if (name.startsWith(word, start) && (prefix ? i - start >= word.length() : i - start == word.length())) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** Utility classes that hide an element with CSS: "hide", "hidden", "d-none", "is-hidden". */
    static boolean hiddenClass(String cls) {
        return anyToken(cls, HIDDEN_CLASSES);
    }

    /** Utility classes that hide an element on every screen size (not "hidden-xs"). */
    static boolean alwaysHiddenClass(String cls) {
        return anyToken(cls, ALWAYS_HIDDEN_CLASSES);
    }

    private static boolean anyToken(String cls, Set<String> names) {
        if (cls.isEmpty()) {
            return false;
        }
        for (String token : cls.split(" ")) {
            if (names.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ALWAYS_HIDDEN_CLASSES = Set.of("hide", "hidden", "d-none", "is-hidden", "u-hidden",
            "invisible", "display-none", "displaynone");

    /** The above, and those that hide on some screens or from sight only. */
    private static final Set<String> HIDDEN_CLASSES = java.util.stream.Stream.concat(ALWAYS_HIDDEN_CLASSES.stream(),
            java.util.stream.Stream.of("visually-hidden", "sr-only", "hidden-xs", "hidden-sm", "hidden-md", "hidden-lg",
                    "hidden-mobile", "hide-mobile", "hidden-desktop", "hide-desktop"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Names of what is never part of a sentence, wherever it sits in one: an ad, a sponsor's, share or promo
     * element, a tooltip, a note for screen readers or paper only.
     */
    static boolean neverInSentence(String name) {
        return NEVER_IN_SENTENCE.matcher(name).find();
    }

    /** A regular expression, unlike the tests above: it runs only on the few elements about to be removed. */
    private static final Pattern NEVER_IN_SENTENCE = Pattern.compile("(?i)tooltip|popover|modal|print-?only|sr-?only"
            + "|screen-?reader|visually-?hidden|(?<![a-z])ads?(?![a-z])|advert|sponsor|share|tweet|newsletter|subscri"
            + "|sign-?up|promo|(?<![a-z])cta(?![a-z])|optin|paywall");

    /** Readability's "unlikely candidates": weak hints of page furniture. */
    static boolean weakJunk(String name) {
        return containsAny(name, WEAK) || hasNavToken(name);
    }

    static boolean maybeContent(String name) {
        return containsAny(name, MAYBE_CONTENT);
    }

    static boolean positive(String name) {
        return containsAny(name, POSITIVE);
    }

    static boolean negative(String name) {
        return containsAny(name, NEGATIVE) || name.equals("hid") || name.startsWith("hid ") || name.endsWith(" hid")
                || name.contains(" hid ");
    }

    /** Names a container of the article's body: "entry-content", "article__body", "post_text", "rich-text". */
    static boolean bodyContainer(String name) {
        if (containsAny(name, BODY_WHOLE)) {
            return true;
        }
        for (String first : BODY_FIRST) {
            int at = name.indexOf(first);
            while (at >= 0) {
                int after = at + first.length();
                while (after < name.length() && (name.charAt(after) == '-' || name.charAt(after) == '_')
                        && after - at - first.length() < 2) {
                    after++;
                }
                for (String second : BODY_SECOND) {
                    if (name.startsWith(second, after) && !(first.equals(second) && after == at + first.length())) {
                        return true;
                    }
                }
                at = name.indexOf(first, at + 1);
            }
        }
        return false;
    }

    private static boolean hasNavToken(String name) {
        int at = name.indexOf("nav");
        while (at >= 0) {
            boolean startBoundary = at == 0 || !Character.isLetterOrDigit(name.charAt(at - 1));
            int end = at + 3;
            boolean endBoundary = end >= name.length() || !Character.isLetterOrDigit(name.charAt(end));
            if (startBoundary || endBoundary) {
                return true;
            }
            at = name.indexOf("nav", at + 1);
        }
        return false;
    }

    private static boolean containsAny(String s, String[] needles) {
        for (String n : needles) {
            if (s.contains(n)) {
                return true;
            }
        }
        return false;
    }
}
