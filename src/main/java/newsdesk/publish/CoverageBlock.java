package newsdesk.publish;

import java.util.List;
import java.util.Objects;

/** How other outlets cover the same story: links, each with its outlet. */
public record CoverageBlock(List<Item> items) implements Block {
  public CoverageBlock {
    items = List.copyOf(items);
  }

  @Override
  public String type() {
    return "coverage";
  }

  /** One other outlet's article. */
  public record Item(String url, String title, String outlet) {
    public Item {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(outlet, "outlet");
    }
  }
}
