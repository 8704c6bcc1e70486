package newsdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Pictures shipped in the jar (the demo's), at /media/demo/NAME. Served by a route of ours, not
 * Javalin's static handler, because /media/demo/x.jpg has the shape of a post address.
 */
final class MediaRoutes {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}\\.(jpg|png|webp)");
  private static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "png", "image/png", "webp", "image/webp");
  private static final Instant BUILT = Instant.now();

  private final Map<String, Optional<HttpCache.Rendered>> files = new ConcurrentHashMap<>();

  void register(RoutesConfig r) {
    SiteRoutes.getAndHead(r, "/media/demo/{file}", this::demo);
  }

  private void demo(Context ctx) {
    String name = ctx.pathParam("file");
    if (!NAME.matcher(name).matches()) {
      throw new NotFoundResponse();
    }
    HttpCache.Rendered file = files.computeIfAbsent(name, MediaRoutes::load).orElseThrow(NotFoundResponse::new);
    Pages.mark(ctx);
    HttpCache.send(ctx, file, "public, max-age=86400");
  }

  private static Optional<HttpCache.Rendered> load(String name) {
    try (InputStream in = MediaRoutes.class.getResourceAsStream("/demo/images/" + name)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
      return Optional.of(HttpCache.Rendered.raw(type, bytes, BUILT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
