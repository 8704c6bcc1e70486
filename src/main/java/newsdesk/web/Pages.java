package newsdesk.web;

import io.javalin.http.Context;

/** Small helpers for sending whole pages. */
final class Pages {
  static final String RENDERED = "newsdesk.rendered";

  private Pages() {}

  /** Marks the response as a page of ours, so the error handlers leave its body alone. */
  static void mark(Context ctx) {
    ctx.attribute(RENDERED, Boolean.TRUE);
  }

  static boolean marked(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(RENDERED));
  }

  static void html(Context ctx, int status, String body) {
    mark(ctx);
    ctx.status(status).contentType("text/html; charset=utf-8").result(body);
  }
}
