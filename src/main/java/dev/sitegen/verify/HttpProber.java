package dev.sitegen.verify;

import java.io.IOException;
import java.net.URI;

/** Sends one request and returns the final HTTP status; a seam so tests need no network. */
interface HttpProber {

    /**
     * @param method {@code HEAD} or {@code GET}
     * @throws IOException when no response came (including a host that does not resolve)
     */
    int fetchStatus(URI uri, String method) throws IOException, InterruptedException;
}
