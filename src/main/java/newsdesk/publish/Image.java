package newsdesk.publish;

import java.util.Objects;

/** A picture with its words: alt text for those who cannot see it, a caption, and the credit apart. */
public record Image(String src, String alt, String caption, String credit) {
  public Image {
    Objects.requireNonNull(src, "src");
    alt = alt == null ? "" : alt;
    caption = caption == null ? "" : caption;
    credit = credit == null ? "" : credit;
  }
}
