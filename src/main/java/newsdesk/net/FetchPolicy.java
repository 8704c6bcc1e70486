package newsdesk.net;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The limits every outbound request keeps.
 *
 * @param userAgent what the fetcher calls itself; outlets see it in their logs
 * @param connectTimeout how long a TCP (and TLS) connect may take
 * @param totalTimeout how long one fetch may take from first connect to last byte, redirects included
 * @param maxBytes the most body bytes read, after decompression; a larger body fails the fetch
 * @param maxRedirects how many redirects are followed
 * @param allowedNetworks private networks the admin allows (CIDR, e.g. "192.168.1.0/24"); public
 *     addresses are always allowed, every other address never unless listed here
 */
public record FetchPolicy(String userAgent, Duration connectTimeout, Duration totalTimeout, int maxBytes,
        int maxRedirects, List<String> allowedNetworks) {

    /** 16 MB: far above any article page or feed, low enough that a hostile server cannot fill memory. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    /** No fetch holds more than this in memory, whatever the configuration says. */
    public static final int MAX_MAX_BYTES = 256 * 1024 * 1024;

    public FetchPolicy {
        Objects.requireNonNull(userAgent, "userAgent");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxBytes <= 0 || maxBytes > MAX_MAX_BYTES || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_MAX_BYTES
                    + " and maxRedirects not negative");
        }
        allowedNetworks = List.copyOf(allowedNetworks);
        allowedNetworks.forEach(AddressRules.Cidr::parse); // fail here, at configuration, not at the first fetch
    }

    /** 10 s to connect, 30 s in all, 16 MB, 5 redirects, public addresses only. */
    public static FetchPolicy defaults() {
        String version = FetchPolicy.class.getPackage().getImplementationVersion();
        return new FetchPolicy("newsdesk/" + (version == null ? "dev" : version) + " (self-hosted news curation)",
                Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES, 5, List.of());
    }

    public FetchPolicy withAllowedNetworks(List<String> networks) {
        return new FetchPolicy(userAgent, connectTimeout, totalTimeout, maxBytes, maxRedirects, networks);
    }

    public FetchPolicy withMaxBytes(int bytes) {
        return new FetchPolicy(userAgent, connectTimeout, totalTimeout, bytes, maxRedirects, allowedNetworks);
    }

    public FetchPolicy withTotalTimeout(Duration timeout) {
        return new FetchPolicy(userAgent, connectTimeout, timeout, maxBytes, maxRedirects, allowedNetworks);
    }

    public FetchPolicy withMaxRedirects(int redirects) {
        return new FetchPolicy(userAgent, connectTimeout, totalTimeout, maxBytes, redirects, allowedNetworks);
    }
}
