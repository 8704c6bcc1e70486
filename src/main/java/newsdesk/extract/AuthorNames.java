package newsdesk.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Cleans byline text into person names: no "By", no dates, no roles, no generic "Staff". */
final class AuthorNames {

    private static final Pattern LEAD = Pattern.compile(
            "(?i)^\\s*(?:(?:written|posted|reported|words|story|text|published|compiled|recipe|authored)\\s+by|by|from|author|authors|"
                    + "autor|auteur|von|por|par|di|door|av)\\s*[:\\-–]?\\s+|(?-i:^\\s*By(?=\\p{Lu}\\p{Ll}))");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    /** A date before the name ("Dec 17, 2025 · Jane Roe"): cut, where a date after the name ends it. */
    private static final Pattern LEADING_DATE = Pattern.compile("(?i)^\\s*(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})"
            + "\\s*[|•·,–—-]?\\s*(?=\\p{L})");
    private static final Pattern TAIL = Pattern.compile(
            "(?i)\\s*(?:[|•·]|\\bon behalf of\\b|\\b\\d{1,2}\\s+" + MONTH + "(?:\\s|$)|\\b(?:updated|published|posted|last updated|last update|on)\\b|\\b(?:medically |fact[- ]?)?(?:reviewed|checked|edited|verified)\\s+by\\b|\\d{1,2}[:/.]\\d{1,2}|"
                    + "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{4}\\b).*$");
    private static final Pattern SPLIT = Pattern.compile("(?i)\\s*(?:,|;|\\band\\b|&|\\bund\\b|\\s/\\s)\\s*");
    private static final Pattern CREDENTIAL = Pattern.compile("^(?:[A-Z]{2,6}|Jr\\.?|Sr\\.?|Ph\\.?D\\.?|M\\.?D\\.?|[IV]{2,3}|"
            + "R\\.?N\\.?|M\\.?S\\.?|M\\.?A\\.?|B\\.?A\\.?|CFA|CFP|Esq\\.?)$");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Set<String> GENERIC = Set.of("staff", "admin", "administrator", "editor", "editors",
            "editorial", "editorial team", "editorial staff", "team", "news desk", "newsdesk", "desk", "guest",
            "guest author", "anonymous", "unknown", "contributor", "contributors", "author", "web desk",
            "staff writer", "staff reporter", "correspondent", "our correspondent", "wire", "wires", "agencies",
            "news", "newsroom", "the editors", "editorial board", "by", "written by", "posted by", "the author",
            "more about", "view all posts", "all posts", "sponsored");

    private AuthorNames() {
    }

    /** Names from one or more raw bylines, deduplicated, in order. */
    static List<String> clean(List<String> raws) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : raws) {
            for (String name : cleanOne(raw)) {
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return new ArrayList<>(out.values());
    }

    static List<String> cleanOne(String raw) {
        List<String> names = new ArrayList<>();
        if (raw == null) {
            return names;
        }
        String s = Text.unescape(raw);
        if (s.isEmpty() || s.length() > 200 || s.startsWith("http") || s.contains("://")) {
            return names;
        }
        s = EMAIL.matcher(s).replaceAll(" ");
        s = LEADING_DATE.matcher(s).replaceFirst("");
        s = LEAD.matcher(s).replaceFirst("");
        s = TAIL.matcher(s).replaceFirst("");
        s = s.replaceAll("^[\\s\\p{Punct}–—]+|[\\s,;:|\\-–—]+$", "");
        for (String part : SPLIT.split(s)) {
            String p = LEAD.matcher(part.strip()).replaceFirst("").strip();
            p = p.replaceAll("^[\\s\\p{Punct}]+|[\\s,;:|\\-]+$", "");
            if (p.isEmpty()) {
                continue;
            }
            if (CREDENTIAL.matcher(p).matches() && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + ", " + p);
                continue;
            }
            if (isName(p)) {
                names.add(p);
            }
        }
        return names;
    }

    private static boolean isName(String p) {
        String lower = p.toLowerCase(Locale.ROOT);
        if (GENERIC.contains(lower) || lower.endsWith(" staff") || lower.startsWith("staff ")
                || lower.startsWith("@") || lower.contains("http") || lower.startsWith("www.")
                || lower.contains(" by ")) {
            return false;
        }
        int words = p.split("\\s+").length;
        if (words > 5 || p.length() > 60 || !Character.isLetter(p.codePointAt(0))) {
            return false;
        }
        return p.chars().filter(Character::isDigit).count() == 0;
    }
}
