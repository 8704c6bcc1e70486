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
                    + "autor|auteur|von|por|par|di|door|av)(?:\\s*:\\s*|\\s*[\\-–]?\\s+)|(?-i:^\\s*By(?=\\p{Lu}\\p{Ll}))");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    /** A date before the name ("Dec 17, 2025 · Jane Roe"): cut, where a date after the name ends it. */
    private static final Pattern LEADING_DATE = Pattern.compile("(?i)^\\s*(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})"
            + "\\s*[|•·,–—-]?\\s*(?=\\p{L})");
    private static final Pattern TAIL = Pattern.compile(
            "(?i)\\s*(?:[|•·]|\\bon behalf of\\b|\\b\\d{1,2}\\s+" + MONTH + "(?:\\s|$)|\\b(?:updated|published|posted|last updated|last update|on)\\b|\\b(?:medically |fact[- ]?)?(?:reviewed|checked|edited|verified)\\s+by\\b|\\d{1,2}[:/.]\\d{1,2}|"
                    + "\\b" + MONTH + "\\s+\\d{1,2}\\b|\\b\\d{4}\\b).*$");
    private static final Pattern SPLIT = Pattern.compile("(?i)\\s*(?:,|;|\\band\\b|&|\\bund\\b|\\s/\\s)\\s*");
    private static final Pattern DASH = Pattern.compile("\\s[-–—]\\s");
    /** "This post was written by", "The article is authored by". */
    private static final Pattern SENTENCE_LEAD = Pattern.compile(
            "(?i)^\\s*(?:this|the)\\s+(?:blog\\s+)?(?:post|article|story|piece|guide|entry|content)\\s+(?:was\\s+|is\\s+|has been\\s+)?"
                    + "(?:written|authored|created|contributed|prepared)\\s+by\\s*:?\\s+");
    /** Lower-case words that organisations' and teams' names hold ("Center for Research", "the Acme Team"). */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "on", "at", "in", "to", "team",
            "staff", "editors", "desk", "contributors", "newsroom");
    /** Words of a job title: a part made of them follows a name ("Jane Roe, Senior Writer") and is none. */
    private static final Set<String> ROLE_WORDS = Set.of("writer", "editor", "reporter", "correspondent", "contributor",
            "columnist", "journalist", "expert", "specialist", "strategist", "analyst", "consultant", "engineer",
            "developer", "designer", "researcher", "scientist", "manager", "director", "officer", "founder",
            "co-founder", "cofounder", "ceo", "cto", "cfo", "coo", "president", "marketer", "dietitian", "nutritionist",
            "coordinator", "executive", "professor", "intern", "producer", "head", "lead", "senior", "sr.", "chief",
            "associate", "assistant", "staff", "freelance", "contributing", "managing", "deputy", "principal",
            "reviewer", "fact-checker", "guest");
    /** Role words that may end a name run together with its title ("Jane Roe Senior Writer"); not "Head" or "Lead". */
    private static final Set<String> TRAILING_ROLES = Set.of("writer", "editor", "reporter", "correspondent",
            "contributor", "columnist", "journalist", "expert", "specialist", "strategist", "analyst", "consultant",
            "engineer", "developer", "designer", "researcher", "scientist", "manager", "director", "officer", "founder",
            "co-founder", "ceo", "marketer", "dietitian", "nutritionist", "coordinator", "executive", "professor",
            "intern", "producer", "senior", "staff", "freelance", "contributing", "managing", "deputy");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "da", "der", "den", "del", "della", "di",
            "du", "la", "le", "al", "el", "bin", "ibn", "y", "e", "dos", "das", "do", "ten", "ter", "zu", "af", "av");
    private static final Set<String> WEEKDAYS = Set.of("mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday",
            "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday");
    private static final Pattern NOT_NAME_START = Pattern.compile(
            "(?i)^(?:more (?:about|from|by)|view (?:all|more|profile)|see (?:all|more)|read more|all (?:posts|articles|stories)|"
                    + "(?:posts|articles|stories) by)\\b");
    private static final Pattern CREDENTIAL = Pattern.compile("^(?:[A-Z]{2,6}|Jr\\.?|Sr\\.?|Ph\\.?D\\.?|M\\.?D\\.?|[IV]{2,3}|"
            + "R\\.?N\\.?|M\\.?S\\.?|M\\.?A\\.?|B\\.?A\\.?|CFA|CFP|Esq\\.?)$");
    /** The body a writer belongs to, after the name: "Priya Natarajan, College of Engineering". */
    private static final Pattern AFFILIATION = Pattern.compile("^(?:the\\s+)?(?:College|School|Department|Dept\\.?|Office|Institute|Faculty|"
            + "Division|Bureau|Ministry|Agency|Laboratory|University|Center|Centre)\\b(?:\\s+(?:of|for)\\b|$)", Pattern.CASE_INSENSITIVE);
    /** Credentials and generations kept in capitals when a shouted name is set in lower case. */
    private static final Pattern SHOUTED_CREDENTIAL = Pattern.compile("[IVX]{2,4}|MD|RN|PHD|MBA|CFA|CFP|CPA|DDS|DVM|ESQ\\.?|JR\\.?|SR\\.?");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Set<String> GENERIC = Set.of("staff", "admin", "administrator", "editor", "editors",
            "editorial", "editorial team", "editorial staff", "team", "news desk", "newsdesk", "desk", "guest",
            "guest author", "anonymous", "unknown", "contributor", "contributors", "author", "web desk",
            "staff writer", "staff reporter", "correspondent", "our correspondent", "wire", "wires", "agencies",
            "news", "newsroom", "the editors", "editorial board", "by", "written by", "posted by", "the author",
            "more about", "view all posts", "all posts", "sponsored", "staff reports", "staff report", "wire reports",
            "wire services", "news services", "reports");
    /**
     * The generic names that are still a credit the page gives ("News Desk", "Staff", "Anonymous"): kept when no
     * source names anyone else. Logins and labels ("admin", "author", "unknown") are not.
     */
    private static final Set<String> DESKS = Set.of("staff", "editor", "editors", "editorial team", "editorial staff",
            "team", "news desk", "newsdesk", "desk", "guest", "guest author", "anonymous", "contributor", "contributors",
            "web desk", "staff writer", "staff reporter", "correspondent", "our correspondent", "newsroom",
            "the editors", "editorial board", "staff reports", "staff report", "wire reports", "wire services",
            "news services");

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

    /** The desk credits ("News Desk", "Staff") among the raw bylines, for when no one is named. */
    static List<String> desks(List<String> raws) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : raws) {
            for (String name : cleanOne(raw, true)) {
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Names from a byline's text in the page, where a title often runs on after the name ("Jane Roe Senior Writer"). */
    static List<String> cleanByline(String raw) {
        List<String> names = cleanOne(raw);
        names.replaceAll(AuthorNames::withoutTrailingRole);
        return names;
    }

    static List<String> cleanByline(List<String> raws) {
        List<String> names = clean(raws);
        names.replaceAll(AuthorNames::withoutTrailingRole);
        return names;
    }

    /** "Jane Roe - Product marketer": a title after a dash is cut; "Acme - Widgets" stays. */
    private static String roleAfterDash(String s) {
        java.util.regex.Matcher m = DASH.matcher(s);
        if (m.find()) {
            String after = s.substring(m.end()).strip();
            if (!after.isEmpty() && (isRole(after) || mixedCasePhrase(after))) {
                return s.substring(0, m.start());
            }
        }
        return s;
    }

    static List<String> cleanOne(String raw) {
        return cleanOne(raw, false);
    }

    private static List<String> cleanOne(String raw, boolean desks) {
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
        s = SENTENCE_LEAD.matcher(s).replaceFirst("");
        s = LEAD.matcher(s).replaceFirst("");
        s = TAIL.matcher(s).replaceFirst("");
        s = roleAfterDash(s);
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
            if (!names.isEmpty() && (isRole(p) || AFFILIATION.matcher(p).find())) {
                break; // "Jane Roe, Head of Marketing and Community Development": the rest is her title
            }
            if (desks ? DESKS.contains(p.toLowerCase(Locale.ROOT)) : isName(p)) {
                names.add(desks ? Character.toUpperCase(p.charAt(0)) + p.substring(1) : unshouted(p));
            }
        }
        return names;
    }

    /**
     * A name set in capitals, as wire bylines are ("ANITA SNOW"), in the case a reader writes it ("Anita Snow"):
     * each word's first letter and the letters after a hyphen or an apostrophe ("O'NEIL-PARK" is "O'Neil-Park");
     * credentials ("III", "MD") stay as they are. A name with any lower-case letter is left alone.
     */
    static String unshouted(String p) {
        if (p.length() < 4 || !p.contains(" ") || p.chars().anyMatch(Character::isLowerCase)) {
            return p;
        }
        StringBuilder out = new StringBuilder(p.length());
        for (String w : p.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (SHOUTED_CREDENTIAL.matcher(w).matches() || w.length() <= 1) {
                out.append(w);
                continue;
            }
            boolean start = true;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                out.append(start ? c : Character.toLowerCase(c));
                start = c == '-' || c == '\'' || c == '’';
            }
        }
        return out.toString();
    }

    /** A job title: some word of it is a role word ("Senior Writer", "Head of Operations"). */
    private static boolean isRole(String p) {
        for (String w : p.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (ROLE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyRoleWords(String p) {
        boolean role = false;
        for (String w : p.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (ROLE_WORDS.contains(w)) {
                role = true;
            } else if (!CONNECTORS.contains(w)) {
                return false;
            }
        }
        return role;
    }

    /** "Jane Roe Senior Writer" is Jane Roe: role words after at least two name words are cut. */
    static String withoutTrailingRole(String p) {
        return withoutTrailingRole(p, w -> false);
    }

    /**
     * A name from metadata with a job title run on ("Kyle Brenneman Courier Staff Writer", "Jane Roe Senior Editor"):
     * cut only when the title is two words or more, or one word after a name of three words or more; a one-word role
     * after two words may be a pen name's ("Luxury Travel Expert").
     */
    static String withoutTitle(String p, java.util.function.Predicate<String> outletWord) {
        String cut = withoutTrailingRole(p, outletWord);
        int cutWords = p.split("\\s+").length - cut.split("\\s+").length;
        return cutWords >= 2 || cutWords == 1 && p.split("\\s+").length >= 4 ? cut : p;
    }

    /**
     * The same, and the outlet's name before the role goes with it ("Kyle Brenneman Courier Staff Writer" on the
     * Millbrook Daily Courier, "Jo Kessler Clarion-Record Editor"): {@code outletWord} says which words are the
     * outlet's.
     */
    static String withoutTrailingRole(String p, java.util.function.Predicate<String> outletWord) {
        String[] w = p.split("\\s+");
        int end = w.length;
        while (end > 2 && TRAILING_ROLES.contains(w[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        if (end < w.length) {
            while (end > 2 && outletWord.test(w[end - 1])) {
                end--;
            }
        }
        return end == w.length ? p : String.join(" ", java.util.Arrays.copyOf(w, end));
    }

    /**
     * Capitalised words beside a lowercase one that is no particle ("Personal finance", "Insights from") make
     * a phrase, not a name; names written all in lower case ("jdoe", "bell hooks") stay.
     */
    private static boolean mixedCasePhrase(String p) {
        String[] w = p.split("\\s+");
        if (w.length < 2) {
            return false;
        }
        boolean upper = false;
        boolean lowerWord = false;
        for (String x : w) {
            int c = x.codePointAt(0);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c) && !PARTICLES.contains(x) && !CONNECTORS.contains(x)) {
                lowerWord = true;
            }
        }
        return upper && lowerWord;
    }

    private static boolean isName(String p) {
        String lower = p.toLowerCase(Locale.ROOT);
        if (GENERIC.contains(lower)
                || lower.startsWith("@") || lower.contains("http") || lower.startsWith("www.")
                || lower.contains(" by ") || WEEKDAYS.contains(lower) || NOT_NAME_START.matcher(p).find()
                || p.contains("{") || p.contains("$") || p.matches("[a-z]+(?:\\.[a-z]+)*\\.(?:author|name|byline)") || p.matches(".*[»«›‹→←].*")
                || mixedCasePhrase(p)) {
            return false;
        }
        if (onlyRoleWords(p)) {
            return false; // a role shown beside the name ("Expert Reviewer", "Senior Writer"), not a name
        }
        int words = 0; // particles do not count: "María José Ibarra de la Cruz" is four names long
        for (String w : p.split("\\s+")) {
            words += PARTICLES.contains(w) ? 0 : 1;
        }
        if (words > 5 || p.length() > 60 || !Character.isLetter(p.codePointAt(0))) {
            return false;
        }
        return p.chars().filter(Character::isDigit).count() == 0;
    }
}
