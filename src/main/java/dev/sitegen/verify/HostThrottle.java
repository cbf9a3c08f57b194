package dev.sitegen.verify;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces the requests to one host by a minimum interval, whatever the number of probe threads:
 * each caller reserves the host's next free slot and sleeps until it comes.
 */
final class HostThrottle {

    private final long intervalNanos;
    private final Map<String, Long> nextSlot = new HashMap<>();

    HostThrottle(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    void awaitTurn(String host) throws InterruptedException {
        long wait = reserveSlot(host) - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private synchronized long reserveSlot(String host) {
        long now = System.nanoTime();
        long slot = Math.max(now, nextSlot.getOrDefault(host, now));
        nextSlot.put(host, slot + intervalNanos);
        return slot;
    }
}
