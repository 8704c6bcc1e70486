package newsdesk.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Removes the site's name that pages add before or after the headline ("... | Outlet", "Outlet - ..."). */
final class TitleCleaner {

    private static final Pattern DOMAIN = Pattern.compile("(?i)(?:www\\.)?[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—·•»«/]|-{1,2}|::)\\s+");

    private static final Pattern HOST_PREFIX = Pattern.compile("^(?:get|try|with|my|go|use|join|hello|meet|the)(?=[a-z0-9]{5})");

    private TitleCleaner() {
    }

    static String clean(String raw, String outlet, String host) {
        return clean(raw, outlet, host, true);
    }

    /**
     * Cleans a visible headline: only the site's or section's name after the headline goes ("… | Opinion",
     * "… – Outlet"); a name before it is usually the story's subject ("Outlet: results for 2024").
     */
    static String cleanTail(String raw, String outlet, String host) {
        return clean(raw, outlet, host, false);
    }

    private static String clean(String raw, String outlet, String host, boolean front) {
        String title = Text.squash(raw);
        if (title.isEmpty()) {
            return title;
        }
        List<String> parts = new ArrayList<>(Arrays.asList(SEPARATOR.split(title)));
        if (parts.size() < 2) {
            return front ? stripSiteColon(title, outlet, host) : title;
        }
        String outletKey = Text.key(outlet);
        String hostKey = Text.key(Text.withoutSuffix(host));
        boolean removed = false;
        while (parts.size() > 1 && isSite(parts.get(parts.size() - 1), outletKey, hostKey)) {
            parts.remove(parts.size() - 1);
            removed = true;
        }
        boolean siteInFront = false;
        while (front && parts.size() > 1 && isSite(parts.get(0), outletKey, hostKey)) {
            parts.remove(0);
            removed = true;
            siteInFront = true;
        }
        // "Site :: News :: Headline": after the site's name in front, a section's name of a word or two goes too.
        while (siteInFront && parts.size() > 1 && words(parts.get(0)) <= 2
                && words(String.join(" ", parts.subList(1, parts.size()))) >= 3) {
            parts.remove(0);
        }
        // Unknown site name: a short last part after a pipe is the site, in practice; "Headline | Section | Site"
        // names the section too.
        while (title.contains(" | ") && parts.size() >= 2) {
            String last = parts.get(parts.size() - 1);
            String rest = String.join(" ", parts.subList(0, parts.size() - 1));
            if (words(last) <= 4 && words(rest) >= 3) {
                parts.remove(parts.size() - 1);
                removed = true;
            } else {
                break;
            }
        }
        String joined = rejoin(title, parts);
        return joined.isEmpty() ? title : joined;
    }

    /**
     * The site's name as the document title gives it beside the headline, for a page that states none: the last
     * part ("Headline – Bean Ratio"), the first ("Mara Hollis · Headline") or the words before a colon ("Stitch by
     * Stitch: Headline"), when the host spells it (beanratio.com) or {@code confirmed} vouches for it (the link
     * home, the feed's title). Empty when none is.
     */
    static String siteName(String raw, String host, java.util.function.Predicate<String> confirmed) {
        String title = Text.squash(raw);
        List<String> parts = Arrays.asList(SEPARATOR.split(title));
        List<String> candidates = new ArrayList<>();
        if (parts.size() >= 2) {
            candidates.add(parts.get(parts.size() - 1));
            candidates.add(parts.get(0));
        }
        int colon = title.indexOf(": ");
        if (colon > 0) {
            candidates.add(title.substring(0, colon));
        }
        String site = Text.withoutSuffix(host).replaceFirst("^www\\.", "");
        // the whole name ("myusf.usfca") and its last label ("bcbsok" of connect.bcbsok.com); the name begins it
        String label = Text.key(site.substring(site.lastIndexOf('.') + 1));
        // and without a prefix that shops put before their names ("moxie" of withmoxie.com, "dianahr" of getdianahr.com)
        String bare = HOST_PREFIX.matcher(label).replaceFirst("");
        List<String> hostKeys = List.of(Text.key(site), label, bare.length() >= 5 ? bare : label);
        for (String c : candidates) {
            String name = c.strip();
            if (name.isEmpty() || words(name) > 6 || words(title) - words(name) < 2 || isDomainName(name)) {
                continue;
            }
            String k = Text.key(name);
            // the host spells most of it ("Bean Ratio" of beanratio.com, "Packwell Blog" of packwell.co), not one
            // word of it ("Blog" of myblog.com)
            boolean spelled = false;
            for (String hostKey : hostKeys) {
                spelled |= hostKey.length() >= 3 && k.equals(hostKey)
                        || hostKey.length() >= 4 && (k.contains(hostKey) || hostKey.startsWith(k) && 2 * k.length() >= hostKey.length());
            }
            if (spelled || confirmed.test(name)) {
                return name;
            }
        }
        return "";
    }

    /** Puts the kept parts back with the separators they had. */
    private static String rejoin(String title, List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        int start = title.indexOf(parts.get(0));
        String lastPart = parts.get(parts.size() - 1);
        int end = title.lastIndexOf(lastPart) + lastPart.length();
        return start >= 0 && end > start ? title.substring(start, end).strip() : String.join(" - ", parts);
    }

    private static String stripSiteColon(String title, String outlet, String host) {
        // The domain name itself before or after the headline, without a separator ("example.com Headline").
        if (host.indexOf('.') > 0) {
            String lower = title.toLowerCase(Locale.ROOT);
            for (String h : List.of("www." + host, host)) {
                if (lower.startsWith(h + " ") && words(title) > 2) {
                    return title.substring(h.length()).strip();
                }
                if (lower.endsWith(" " + h) && words(title) > 2) {
                    return title.substring(0, title.length() - h.length()).strip();
                }
            }
        }
        int colon = title.indexOf(": ");
        if (colon > 0) {
            String head = title.substring(0, colon);
            if (isSite(head, Text.key(outlet), Text.key(Text.withoutSuffix(host)))) {
                return title.substring(colon + 2).strip();
            }
        }
        return title;
    }

    /**
     * Whether a heading is the site's name and nothing more (a logo h1): the name itself or a part of it. A
     * heading that adds words to the name ("Acme Hardware Catalog" on acmehardware.com) is a page's own.
     */
    static boolean isOnlySiteName(String text, String outlet, String host) {
        String k = Text.key(text);
        if (k.isEmpty() || isDomainName(text)) {
            return true;
        }
        String outletKey = Text.key(outlet);
        String hostKey = Text.key(Text.withoutSuffix(host));
        return !outletKey.isEmpty() && (k.equals(outletKey) || k.length() >= 4 && outletKey.contains(k))
                || !hostKey.isEmpty() && (k.equals(hostKey) || k.length() >= 4 && hostKey.contains(k));
    }

    /** Whether the text is a domain name and nothing more ("example.com", "www.example.co.uk"). */
    static boolean isDomainName(String text) {
        return DOMAIN.matcher(text.strip()).matches();
    }

    private static boolean isSite(String part, String outletKey, String hostKey) {
        String k = Text.key(part);
        if (k.isEmpty() || isDomainName(part)) {
            return true; // a title part that is a domain name ("Example.com") names the site, known or not
        }
        if (!outletKey.isEmpty() && (k.equals(outletKey) || (k.length() >= 4 && outletKey.contains(k))
                || (outletKey.length() >= 4 && k.contains(outletKey) && words(part) <= 5))) {
            return true;
        }
        return !hostKey.isEmpty() && (k.equals(hostKey) || (k.length() >= 4 && hostKey.contains(k))
                || (hostKey.length() >= 4 && k.contains(hostKey) && words(part) <= 4));
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
