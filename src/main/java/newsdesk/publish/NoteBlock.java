package newsdesk.publish;

import java.util.Objects;

/** The editor's own words, in Markdown, under a label such as "Editor". */
public record NoteBlock(String label, String markdown) implements Block {
  public NoteBlock {
    label = label == null || label.isBlank() ? "Editor" : label;
    Objects.requireNonNull(markdown, "markdown");
  }

  @Override
  public String type() {
    return "note";
  }
}
