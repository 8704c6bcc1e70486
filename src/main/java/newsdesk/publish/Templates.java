package newsdesk.publish;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The precompiled jte templates (src/main/jte), HTML-escaped by default; one engine for the site and feeds. */
public final class Templates {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  /** Renders a template such as "site/front.jte" with its named parameters. */
  public static String render(String name, Map<String, Object> params) {
    StringOutput out = new StringOutput(16 * 1024);
    ENGINE.render(name, params, out);
    return out.toString();
  }
}
