package newsdesk.publish;

import java.util.Objects;

/** A picture inside the body, with caption and credit. */
public record ImageBlock(Image image) implements Block {
  public ImageBlock {
    Objects.requireNonNull(image, "image");
  }

  @Override
  public String type() {
    return "image";
  }
}
