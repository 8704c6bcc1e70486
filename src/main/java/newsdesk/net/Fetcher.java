package newsdesk.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The one outbound HTTP client: every feed, page and image newsdesk fetches goes through here, so the
 * limits hold everywhere. It connects only to public addresses (unless the admin allows a private
 * network), follows a bounded number of redirects, stops reading past a size limit counted after
 * decompression, gives up after a total time limit, keeps no cookies, and sends conditional requests when
 * given the validators of the last fetch. Thread-safe; make one and share it.
 */
public final class Fetcher implements AutoCloseable {

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final FetchPolicy policy;
    private final HttpClient client;

    public Fetcher(FetchPolicy policy) {
        this.policy = policy;
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("fetch");
        threads.setDaemon(true); // a forgotten close() must not keep the JVM alive
        client = new HttpClient();
        client.setExecutor(threads);
        client.setScheduler(new ScheduledExecutorScheduler("fetch-timer", true));
        client.setSocketAddressResolver(new GuardedResolver(
                new AddressRules(policy.allowedNetworks().stream().map(AddressRules.Cidr::parse).toList()),
                threads, policy.connectTimeout().toMillis()));
        client.setFollowRedirects(false); // get() follows them itself, checking each hop
        client.setDestinationIdleTimeout(60_000); // one pool per host ever asked for would otherwise stay forever
        client.setConnectTimeout(policy.connectTimeout().toMillis());
        client.setIdleTimeout(policy.totalTimeout().toMillis());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, policy.userAgent()));
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setMaxResponseHeadersSize(64 * 1024);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the HTTP client", e);
        }
    }

    public FetchPolicy policy() {
        return policy;
    }

    /** GETs the URL. */
    public FetchResult get(String url) throws FetchException {
        return get(url, null, null);
    }

    /**
     * GETs the URL; with the ETag and Last-Modified of an earlier fetch the server may answer 304
     * (see {@link FetchResult#notModified()}). Statuses other than 2xx and 304 come back as results too:
     * what a 404 or 410 means is the caller's business.
     *
     * <p>Redirects are followed here rather than by Jetty, so that every hop is checked like the first
     * (scheme, credentials, and the address guard when it connects), the time limit covers the whole chain,
     * and the validators go only to the origin of the URL asked for: an ETag can identify a reader, and a
     * redirect to another site must not carry it there.
     */
    public FetchResult get(String url, String etag, String lastModified) throws FetchException {
        URI asked = checked(url);
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        URI uri = asked;
        for (int hops = 0; ; hops++) {
            boolean sameOrigin = sameOrigin(asked, uri);
            FetchResult r = once(asked, uri, sameOrigin ? etag : null, sameOrigin ? lastModified : null, deadline);
            String location = r.location();
            if (!isRedirect(r.status()) || location == null || policy.maxRedirects() == 0) {
                // Validators from another origin are that origin's: handed back with the URL asked for, they would
                // go to a site that never issued them.
                return sameOrigin ? r : new FetchResult(r.url(), r.finalUrl(), r.status(), r.contentType(), r.body(),
                        null, null, r.location());
            }
            if (hops >= policy.maxRedirects()) {
                throw new FetchException(FetchException.Reason.FAILED, asked + ": more than "
                        + policy.maxRedirects() + " redirects");
            }
            URI next;
            try {
                next = uri.resolve(new URI(escaped(location.strip())));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new FetchException(FetchException.Reason.BAD_URL, uri + " redirects to a bad URL: " + location);
            }
            uri = checked(next.toString());
        }
    }

    /**
     * A Location as servers write it, made a URI: spaces, non-ASCII and other characters a URI may not hold
     * literally are percent-encoded (UTF-8), as browsers do; what is already escaped stays as it is.
     */
    static String escaped(String location) {
        StringBuilder b = new StringBuilder(location.length());
        for (byte x : location.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** One request and its response, redirects not followed. */
    private FetchResult once(URI asked, URI uri, String etag, String lastModified, long deadline)
            throws FetchException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw timedOut(asked, null);
        }
        Request request = client.newRequest(uri)
                .followRedirects(false)
                .timeout(left, TimeUnit.MILLISECONDS)
                .headers(h -> {
                    h.put(HttpHeader.ACCEPT, ACCEPT);
                    if (etag != null && !etag.isBlank()) {
                        h.put(HttpHeader.IF_NONE_MATCH, etag);
                    }
                    if (lastModified != null && !lastModified.isBlank()) {
                        h.put(HttpHeader.IF_MODIFIED_SINCE, lastModified);
                    }
                });
        InputStreamResponseListener listener = new InputStreamResponseListener();
        request.send(listener);
        try {
            Response response = listener.get(left + 1000, TimeUnit.MILLISECONDS);
            if (isRedirect(response.getStatus()) && policy.maxRedirects() > 0
                    && response.getHeaders().get(HttpHeader.LOCATION) != null) {
                request.abort(new IOException("redirected")); // the body of a redirect is never read
                return new FetchResult(asked, uri, response.getStatus(), null, new byte[0], null, null,
                        response.getHeaders().get(HttpHeader.LOCATION));
            }
            long declared = response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
            if (declared > policy.maxBytes()) {
                throw tooLarge(request, uri, declared + " bytes declared");
            }
            byte[] body = read(listener, request, uri);
            return new FetchResult(asked, uri, response.getStatus(),
                    response.getHeaders().get(HttpHeader.CONTENT_TYPE), body,
                    response.getHeaders().get(HttpHeader.ETAG), response.getHeaders().get(HttpHeader.LAST_MODIFIED),
                    response.getHeaders().get(HttpHeader.LOCATION));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            request.abort(e);
            throw new FetchException(FetchException.Reason.FAILED, "interrupted while fetching " + uri, e);
        } catch (TimeoutException e) {
            request.abort(e);
            throw timedOut(asked, e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        } catch (RuntimeException e) {
            request.abort(e);
            throw failure(uri, e);
        }
    }

    private byte[] read(InputStreamResponseListener listener, Request request, URI uri) throws FetchException {
        byte[] buf = new byte[8192];
        int size = 0;
        try (InputStream in = listener.getInputStream()) {
            int n;
            while ((n = in.read(buf, size, buf.length - size)) != -1) {
                size += n;
                if (size > policy.maxBytes()) {
                    throw tooLarge(request, uri, "more than " + policy.maxBytes() + " bytes");
                }
                if (size == buf.length) {
                    buf = Arrays.copyOf(buf, (int) Math.min(buf.length * 2L, policy.maxBytes() + 1L));
                }
            }
        } catch (FetchException e) {
            throw e;
        } catch (InterruptedIOException e) {
            if (e instanceof SocketTimeoutException) {
                throw failure(uri, e);
            }
            Thread.currentThread().interrupt();
            request.abort(e);
            throw new FetchException(FetchException.Reason.FAILED, "interrupted while fetching " + uri, e);
        } catch (IOException | RuntimeException e) {
            throw failure(uri, e);
        }
        return Arrays.copyOf(buf, size);
    }

    private FetchException tooLarge(Request request, URI uri, String what) {
        FetchException e = new FetchException(FetchException.Reason.TOO_LARGE,
                uri + " is too large: " + what + ", the limit is " + policy.maxBytes());
        request.abort(e);
        return e;
    }

    private FetchException timedOut(URI uri, Throwable cause) {
        return new FetchException(FetchException.Reason.TIMEOUT,
                uri + " did not answer within " + policy.totalTimeout().toSeconds() + " s", cause);
    }

    /** Turns what Jetty reports into one of our reasons, keeping our own exceptions as they are. */
    private FetchException failure(URI uri, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof FetchException f) {
                return new FetchException(f.reason(), f.getMessage(), f);
            }
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException) {
                return timedOut(uri, t);
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new FetchException(FetchException.Reason.UNKNOWN_HOST, "no such host: " + uri.getHost(), t);
            }
            if (t instanceof ConnectException) {
                return new FetchException(FetchException.Reason.FAILED, "cannot connect to " + uri.getHost()
                        + ": " + t.getMessage(), t);
            }
        }
        String message = cause == null ? "unknown error" : cause.getMessage() == null
                ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FetchException(FetchException.Reason.FAILED, "fetching " + uri + " failed: " + message, cause);
    }

    /** Only absolute http and https URLs with a host and no user name or password in them. */
    static URI checked(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new FetchException(FetchException.Reason.BAD_URL, "not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Reason.BAD_URL, "only http and https URLs are fetched: " + url);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException(FetchException.Reason.BAD_URL, "no host in " + url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException(FetchException.Reason.BAD_URL, "URLs with a user name or password are not fetched");
        }
        return uri;
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            // stopping a client that failed halfway leaves nothing to clean up
        }
    }
}
