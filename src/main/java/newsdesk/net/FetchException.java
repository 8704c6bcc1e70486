package newsdesk.net;

import java.io.IOException;

/** A fetch that brought nothing back, with a reason a person can act on. */
public final class FetchException extends IOException {

    /** Why a fetch failed. */
    public enum Reason {
        /** Not an http(s) URL, or not a URL at all. */
        BAD_URL,
        /** The host resolves only to addresses the fetcher may not reach (private, loopback, ...). */
        BLOCKED_ADDRESS,
        /** No such host. */
        UNKNOWN_HOST,
        /** The body is larger than the policy allows. */
        TOO_LARGE,
        /** Connect or the whole fetch took longer than the policy allows. */
        TIMEOUT,
        /** Anything else on the way: refused connection, TLS, too many redirects, a broken response. */
        FAILED
    }

    private final Reason reason;

    FetchException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    FetchException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
