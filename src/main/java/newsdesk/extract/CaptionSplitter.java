package newsdesk.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a photo credit from a caption where the text reads as one ("REUTERS/...", "(AP Photo/...)"). */
final class CaptionSplitter {

    private static final List<Pattern> CREDIT_AT_END = List.of(
            Pattern.compile("\\s*[\\(\\[]((?:AP|AFP|Reuters|EPA|AAP|UPI|CP|dpa|ANP|Xinhua)\\s+(?:Photo|Images?)[^\\)\\]]*)[\\)\\]]\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s*[\\(\\[]((?:Photo|Photograph|Image|Picture|Credit|Foto|Bild)s?(?:\\s+by)?\\s*[:/][^\\)\\]]+)[\\)\\]]\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s*((?:REUTERS|Reuters)\\s*/\\s*[^.]+?)\\.?\\s*$"),
            Pattern.compile("\\s*((?:Photo|Photograph|Image|Picture|Credit|Photo credit|Illustration|Foto|Bild)s?"
                    + "(?:\\s+by)?\\s*:\\s*[^.]{2,80}?)\\.?\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s*((?:Photo|Photograph|Image|Illustration)s?\\s+by\\s+[^.]{2,80}?)\\.?\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s*([^.|]{0,60}?\\bvia Getty Images)\\.?\\s*$"),
            Pattern.compile("\\s*([\\p{Lu}][^.|]{0,60}?/\\s*(?:Getty Images|AFP|AP|EPA|Reuters|Shutterstock|Bloomberg|"
                    + "Alamy|Xinhua|dpa|ANP|PA|AAP)(?:\\s+via Getty Images)?)\\.?\\s*$"),
            Pattern.compile("\\s*((?:Getty Images|Shutterstock|Alamy|iStock|Unsplash|Pexels)(?:\\s*/\\s*[^.]{1,60})?)\\.?\\s*$"),
            // "© Inria / Photo C. Morel" as the whole caption; not "© Dana Ortiz. Watermen unload oysters …"
            Pattern.compile("^(©(?:[^.]|\\.(?!\\s*\\p{Lu}\\p{Ll}+\\s+\\p{Ll})){1,80}?)\\.?\\s*$"),
            Pattern.compile("\\s*(©\\s*[^.]{1,80}?)\\.?\\s*$"),
            // "Photo courtesy of Noble Desktop", "… a backyard garden.Courtesy of HGTV": a credit, at the end only
            Pattern.compile("\\s*((?i:(?:photo|photograph|image|picture)s?\\s+)?(?i:courtesy)(?: (?i:of))?\\s+\\p{Lu}[^.]{1,80}?)\\.?\\s*$"),
            Pattern.compile("\\s*[|–—-]\\s*((?:Photo|Image|Credit)[^|]{2,80})$", Pattern.CASE_INSENSITIVE));

    private CaptionSplitter() {
    }

    /** Caption and credit; the credit is empty when none can be told apart. */
    static String[] split(String caption) {
        String c = Text.squash(caption);
        if (c.length() > 1000) {
            return new String[] {c, ""};
        }
        Matcher b = CLOSING_BRACKET.matcher(c);
        if (b.find() && namesOnly(b.group(1))) { // before the patterns, which would cut it at its "Photo by"
            return new String[] {c.substring(0, b.start()).strip(), Text.squash(b.group(1))};
        }
        for (Pattern p : CREDIT_AT_END) {
            Matcher m = p.matcher(c);
            if (m.find()) {
                String credit = Text.squash(m.group(1));
                String rest = c.substring(0, m.start()).strip();
                if (rest.endsWith("(") || rest.endsWith("[")) { // "(Photo credit: Name)": the brackets go too
                    credit = credit.replaceAll("[\\)\\]]$", "");
                }
                rest = rest.replaceAll("[\\s|–—(\\[-]+$", "").strip();
                return new String[] {rest, credit};
            }
        }
        return new String[] {c, ""};
    }

    /**
     * A bracket that closes the caption after its sentence has ended: "… on Tuesday. (Tomas Reyna/The Capital
     * Ledger)", "… Tuesday night.(WKVT)". It is the credit when it holds names only (see {@link #namesOnly}); a
     * bracket inside the sentence ("Jane Roe (left) and …", "… the mayor (D-Ohio).") is not at the end of one.
     */
    private static final Pattern CLOSING_BRACKET = Pattern.compile(
            "(?<=[\\p{L}\\p{N}][.!?][\"”’]?)\\s*[\\(\\[]([^()\\[\\]]{2,80})[\\)\\]]\\s*$");
    /** Small words a name or an outlet may hold, and the credit's own words ("Staff photo/…", "Submitted photo"). */
    private static final java.util.Set<String> NAME_SMALL_WORDS = java.util.Set.of("of", "the", "and", "&", "de", "del",
            "la", "le", "da", "di", "du", "van", "von", "der", "den", "y", "e", "for", "by", "via", "photo", "photos",
            "file", "staff", "courtesy");
    /** Words that say where in the picture someone stands or what the picture is, not who took it: "(left)", "(File)". */
    private static final java.util.Set<String> NOT_A_CREDIT = java.util.Set.of("file", "photo", "photos", "left",
            "right", "center", "centre", "middle", "top", "bottom", "above", "below", "front", "back", "inset",
            "pictured", "foreground", "background", "clockwise", "from", "l-r", "r-l", "video", "illustration",
            "archive", "archives", "screenshot", "screengrab", "graphic", "map", "detail");

    /**
     * Whether a closing bracket's text is names only, as a credit is: "Name/Outlet", "Name, Outlet", "Name | Outlet"
     * or one short name or outlet ("WKVT", "Provided"), every part up to six words, each capitalised but for small
     * words ("The Capital Ledger", "Staff photo/Ann Lee"). Not a year ("(2019)"), a place in the picture ("(left)",
     * "(center, in red)") or what the picture is ("(File)", "(Photo illustration)").
     */
    static boolean namesOnly(String inner) {
        String[] parts = inner.strip().split("\\s*[/|,]\\s*", -1);
        if (parts.length > 3) {
            return false;
        }
        for (String part : parts) {
            String[] words = part.split("\\s+");
            if (part.isEmpty() || words.length > 6) {
                return false;
            }
            boolean named = false;
            boolean placeOnly = true;
            for (String w : words) {
                String lower = w.toLowerCase(java.util.Locale.ROOT);
                if (!NOT_A_CREDIT.contains(lower)) {
                    placeOnly = false;
                }
                if (w.matches("\\p{Lu}[\\p{L}\\p{N}'’.&-]*")) {
                    named = true;
                } else if (!NAME_SMALL_WORDS.contains(lower) && !w.matches("\\p{N}+")) {
                    return false;
                }
            }
            if (!named || placeOnly) {
                return false;
            }
        }
        return true;
    }
}
