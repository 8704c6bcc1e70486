package newsdesk.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.zip.GZIPOutputStream;

/**
 * Render once, serve many: rendered pages and feeds kept in memory until content changes (or a
 * minute passes, so scheduled posts and other nodes' writes show up), sent with ETag and
 * Last-Modified, and answered with 304 when the reader already has them.
 */
final class HttpCache {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HttpCache.class);
  private static final Duration TTL = Duration.ofSeconds(60);
  private final Cache<String, Rendered> cache = Caffeine.newBuilder()
      .maximumSize(2_000)
      .expireAfterWrite(TTL)
      .build();

  /**
   * A response body ready to send again, with its gzip form made once (empty when not worth it,
   * as for pictures) so no request pays for compression.
   */
  record Rendered(int status, String contentType, byte[] body, byte[] gzipped, String etag, Instant lastModified) {

    static Rendered of(int status, String contentType, String body, Instant lastModified) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      return new Rendered(status, contentType, bytes, gzip(bytes), etagOf(bytes), lastModified.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A body sent as it is, never compressed. */
    static Rendered raw(String contentType, byte[] bytes, Instant lastModified) {
      return new Rendered(200, contentType, bytes, new byte[0], etagOf(bytes), lastModified.truncatedTo(ChronoUnit.SECONDS));
    }
  }

  private static byte[] gzip(byte[] bytes) {
    if (bytes.length < 1_024) {
      return new byte[0];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
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
    send(ctx, r, "public, max-age=0, must-revalidate");
  }

  /** Sends with the given Cache-Control; the bytes go straight to the response, gzipped when the client takes it. */
  static void send(Context ctx, Rendered r, String cacheControl) {
    boolean gzip = r.gzipped().length > 0 && acceptsGzip(ctx.header("Accept-Encoding"));
    // each encoding is its own representation, so it has its own validator
    String etag = gzip ? r.etag().substring(0, r.etag().length() - 1) + "-gz\"" : r.etag();
    ctx.header("ETag", etag);
    ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(r.lastModified().atZone(ZoneOffset.UTC)));
    ctx.header("Cache-Control", cacheControl);
    if (r.gzipped().length > 0) {
      ctx.header("Vary", "Accept-Encoding");
    }
    if (r.status() == 200 && notModified(ctx, etag, r.lastModified())) {
      ctx.status(304);
      return;
    }
    byte[] bytes = gzip ? r.gzipped() : r.body();
    ctx.status(r.status()).contentType(r.contentType());
    if (gzip) {
      ctx.header("Content-Encoding", "gzip");
    }
    ctx.res().setContentLength(bytes.length);
    if (ctx.method().name().equals("HEAD")) {
      return; // the headers say it all
    }
    try {
      ctx.res().getOutputStream().write(bytes);
    } catch (IOException e) {
      log.debug("client went away before the response was written: {}", e.toString());
    }
  }

  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] p = part.strip().split(";");
      if (p[0].strip().equalsIgnoreCase("gzip")) {
        return !(p.length > 1 && p[1].strip().replace(" ", "").matches("q=0(\\.0*)?"));
      }
    }
    return false;
  }

  private static boolean notModified(Context ctx, String etag, Instant lastModified) {
    String inm = ctx.header("If-None-Match");
    if (inm != null) {
      for (String tag : inm.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
          return true;
        }
      }
      return false; // If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2)
    }
    String ims = ctx.header("If-Modified-Since");
    if (ims != null) {
      try {
        Instant since = ZonedDateTime.parse(ims.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return !lastModified.isAfter(since);
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
