package newsdesk.publish;

import java.util.List;
import java.util.Objects;

/** Paragraphs quoted from one source article, shown with its attribution and a "Read more" link. */
public record ExcerptBlock(Source source, List<String> paragraphs) implements Block {
  public ExcerptBlock {
    Objects.requireNonNull(source, "source");
    paragraphs = List.copyOf(paragraphs);
  }

  @Override
  public String type() {
    return "excerpt";
  }
}
