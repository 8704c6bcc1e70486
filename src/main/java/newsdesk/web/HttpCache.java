package newsdesk.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Render once, serve many: rendered pages and feeds kept in memory until content changes (or a
 * minute passes, so scheduled posts and other nodes' writes show up), sent with ETag and
 * Last-Modified, and answered with 304 when the reader already has them.
 */
final class HttpCache {
  private static final Duration TTL = Duration.ofSeconds(60);
  private final Cache<String, Rendered> cache = Caffeine.newBuilder()
      .maximumSize(2_000)
      .expireAfterWrite(TTL)
      .build();

  /** A response body ready to send again. */
  record Rendered(int status, String contentType, byte[] body, String etag, Instant lastModified) {
    static Rendered of(int status, String contentType, String body, Instant lastModified) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      return new Rendered(status, contentType, bytes, etagOf(bytes), lastModified.truncatedTo(ChronoUnit.SECONDS));
    }
  }

  /** The cached response for {@code key} at content version {@code mark}, rendering it when absent. */
  Rendered get(long mark, String key, Supplier<Rendered> render) {
    return cache.get(mark + " " + key, k -> render.get());
  }

  /** The cached response for {@code key} at content version {@code mark}, if one was rendered. */
  Rendered getIfPresent(long mark, String key) {
    return cache.getIfPresent(mark + " " + key);
  }

  /** Sends a rendered response, or 304 when the request's validators match it. */
  static void send(Context ctx, Rendered r) {
    ctx.header("ETag", r.etag());
    ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(r.lastModified().atZone(ZoneOffset.UTC)));
    ctx.header("Cache-Control", "public, max-age=0, must-revalidate");
    if (r.status() == 200 && notModified(ctx, r)) {
      ctx.status(304);
      return;
    }
    ctx.status(r.status()).contentType(r.contentType()).result(r.body());
  }

  private static boolean notModified(Context ctx, Rendered r) {
    String inm = ctx.header("If-None-Match");
    if (inm != null) {
      for (String tag : inm.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.equals(r.etag()) || t.equals("W/" + r.etag())) {
          return true;
        }
      }
      return false; // If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2)
    }
    String ims = ctx.header("If-Modified-Since");
    if (ims != null) {
      try {
        Instant since = ZonedDateTime.parse(ims.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return !r.lastModified().isAfter(since);
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }

  static String etagOf(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
