package dev.sitegen.verify;

import dev.sitegen.model.UrlPaths;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Probes one URL: {@code HEAD}, then {@code GET} when the server refuses {@code HEAD} (405, 403,
 * 501). 404 and 410 are dead, as is a host that does not resolve; other failures are unknown
 * (they may pass next time), and everything else is alive.
 */
final class UrlProbe {

    private final HttpProber prober;
    private final HostThrottle throttle;

    UrlProbe(HttpProber prober, HostThrottle throttle) {
        this.prober = prober;
        this.throttle = throttle;
    }

    ProbeResult probeUrl(String url) {
        URI uri;
        try {
            uri = new URI(stripFragment(url));
        } catch (URISyntaxException e) {
            return ProbeResult.unknown("it cannot be requested: " + e.getReason());
        }
        String host = UrlPaths.hostOf(url);
        try {
            int code = request(uri, host, "HEAD");
            if (code == 405 || code == 403 || code == 501) {
                code = request(uri, host, "GET");
            }
            return judgeStatus(code);
        } catch (IOException e) {
            return isUnresolvedHost(e) ? ProbeResult.dead("host '" + host + "' does not resolve (DNS)")
                    : ProbeResult.unknown(String.valueOf(e.getMessage()));
        } catch (IllegalArgumentException e) {
            return ProbeResult.unknown("it cannot be requested: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeResult.unknown("interrupted");
        }
    }

    private int request(URI uri, String host, String method) throws IOException, InterruptedException {
        throttle.awaitTurn(host);
        return prober.fetchStatus(uri, method);
    }

    static ProbeResult judgeStatus(int code) {
        if (code == 404 || code == 410) {
            return ProbeResult.dead("it returned HTTP " + code);
        }
        return code >= 500 || code == 429 || code == 403 ? ProbeResult.unknown("HTTP " + code) : ProbeResult.OK;
    }

    private static boolean isUnresolvedHost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    static String stripFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
