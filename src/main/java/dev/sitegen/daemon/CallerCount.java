package dev.sitegen.daemon;

/**
 * The callers a server accepted and has not answered yet: counted before their thread starts, so a stop (or the
 * idle timer) that comes between accepting a caller and its command starting still sees it, and the process does
 * not exit under a command it accepted.
 */
final class CallerCount {

    private int count;

    synchronized void addCaller() {
        count++;
    }

    synchronized void finishCaller() {
        count--;
        notifyAll();
    }

    synchronized boolean isNone() {
        return count == 0;
    }

    /** Waits until every caller is answered (each waits at most its request and output bounds). */
    synchronized void awaitNone() {
        while (count > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
