package newsdesk.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * Resolves host names for the HTTP client and hands it only the addresses the rules permit. Jetty
 * connects to exactly the addresses returned here, for every connection and every redirect, so a name
 * that resolves to a private address (or changes its answer between a check and the connect) cannot
 * slip through.
 */
final class GuardedResolver implements SocketAddressResolver {

    private final AddressRules rules;
    private final Executor lookups;
    private final long timeoutMillis;

    /** Name lookups run on {@code lookups} and are given up after {@code timeoutMillis}. */
    GuardedResolver(AddressRules rules, Executor lookups, long timeoutMillis) {
        this.rules = rules;
        this.lookups = lookups;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        InetAddress[] all;
        try {
            // the system resolver has no deadline of its own; a name that never answers must not hold a worker
            all = CompletableFuture.supplyAsync(() -> {
                try {
                    return InetAddress.getAllByName(host);
                } catch (UnknownHostException e) {
                    throw new CompletionException(e);
                }
            }, lookups).get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            promise.failed(new FetchException(FetchException.Reason.UNKNOWN_HOST, "no such host: " + host, e.getCause()));
            return;
        } catch (TimeoutException e) {
            promise.failed(new FetchException(FetchException.Reason.TIMEOUT, "looking up " + host + " took longer than "
                    + timeoutMillis / 1000 + " s", e));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            promise.failed(new FetchException(FetchException.Reason.FAILED, "interrupted while looking up " + host, e));
            return;
        }
        List<InetSocketAddress> permitted = new ArrayList<>();
        for (InetAddress a : all) {
            if (rules.permits(a)) {
                permitted.add(new InetSocketAddress(a, port));
            }
        }
        if (permitted.isEmpty()) {
            String address = all[0].getHostAddress();
            String what = address.equals(host) || ("[" + address + "]").equals(host) ? host : host + " (" + address + ")";
            promise.failed(new FetchException(FetchException.Reason.BLOCKED_ADDRESS, what + " is a private or reserved"
                    + " address; newsdesk fetches only public addresses unless that network is allowed"));
            return;
        }
        promise.succeeded(permitted);
    }
}
