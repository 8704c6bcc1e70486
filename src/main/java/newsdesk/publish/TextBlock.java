package newsdesk.publish;

import java.util.Objects;

/** Free text in Markdown, for anything the other blocks do not say. */
public record TextBlock(String markdown) implements Block {
  public TextBlock {
    Objects.requireNonNull(markdown, "markdown");
  }

  @Override
  public String type() {
    return "text";
  }
}
