package dev.sitegen.serve;

import java.time.Duration;

/**
 * What the preview lets clients hold, so no client (a stalled socket, a web page opening streams, a
 * burst of connections) can make it start threads without bound or starve page requests.
 *
 * @param workers threads answering requests; a page is read from disk in milliseconds
 * @param queuedRequests complete requests waiting for a worker; one more is answered 503
 * @param pendingHeads connections whose request head is still arriving (no thread holds them); one
 *                     more closes the oldest
 * @param headTimeout how long a request head may take to arrive before its connection is closed
 * @param responseTimeout how long writing a response may take (a client that stops reading)
 * @param eventStreams open live-reload streams; one more is answered 503
 */
record ServeLimits(int workers, int queuedRequests, int pendingHeads, Duration headTimeout,
                   Duration responseTimeout, int eventStreams) {

    static final ServeLimits DEFAULTS = new ServeLimits(8, 32, 64, Duration.ofSeconds(10), Duration.ofSeconds(30), 16);

    ServeLimits {
        if (workers < 1 || queuedRequests < 1 || pendingHeads < 1 || eventStreams < 1
                || headTimeout.isNegative() || headTimeout.isZero()
                || responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("serve limits must be positive");
        }
    }
}
