package newsdesk.publish;

import java.text.Normalizer;
import java.util.Locale;

/** Makes URL slugs from titles: "Talks resume in Genève!" becomes "talks-resume-in-geneve". */
final class Slugs {
  private static final int MAX = 80;

  private Slugs() {}

  static String of(String title) {
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > MAX) {
      slug = slug.substring(0, MAX);
      int cut = slug.lastIndexOf('-');
      if (cut > 20) {
        slug = slug.substring(0, cut);
      }
    }
    return slug.isEmpty() ? "post" : slug;
  }
}
