package dev.sitegen.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names the preview answers to: {@code 127.0.0.1:<port>} and {@code localhost:<port>}. Listening
 * on the loopback address does not keep web pages out: a page served from a name of its own that it
 * then resolves to 127.0.0.1 (DNS rebinding) reaches the port with that name in {@code Host}, and
 * any page may send requests that carry its own {@code Origin}. So a request is answered only when
 * it has exactly one {@code Host} naming this server and, if it has an {@code Origin}, that origin is
 * this server too; browsers send no {@code Origin} on the preview's own page loads and GETs.
 */
final class LocalOrigin {

    private final int port;
    private final Set<String> hosts;
    private final Set<String> origins;

    private LocalOrigin(int port, Set<String> hosts) {
        this.port = port;
        this.hosts = hosts;
        this.origins = hosts.stream().map(h -> "http://" + h).collect(Collectors.toUnmodifiableSet());
    }

    /** For the port the server listens on with 127.0.0.1. */
    static LocalOrigin forPort(int port) {
        // browsers leave the default port out of Host and Origin
        return new LocalOrigin(port, port == 80 ? Set.of("127.0.0.1", "localhost", "127.0.0.1:80", "localhost:80")
                : Set.of("127.0.0.1:" + port, "localhost:" + port));
    }

    /** Why the request is refused (the text of a 403), or empty when it may be answered. */
    Optional<String> findRefusal(RequestHead request) {
        List<String> host = request.listHeaders("host");
        if (host.size() != 1 || !hosts.contains(host.get(0).toLowerCase(Locale.ROOT))) {
            return Optional.of("forbidden: this preview answers only requests with Host 127.0.0.1:" + port
                    + " or localhost:" + port + "\n");
        }
        List<String> origin = request.listHeaders("origin");
        if (origin.size() > 1 || (origin.size() == 1 && !origins.contains(origin.get(0).toLowerCase(Locale.ROOT)))) {
            return Optional.of("forbidden: cross-origin requests are refused; open http://" + host.get(0)
                    + "/ itself\n");
        }
        return Optional.empty();
    }
}
