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
}
