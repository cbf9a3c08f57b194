package dev.sitegen.verify;

/**
 * What probing one external URL found.
 *
 * @param status {@code OK}, {@code DEAD} (404, 410, or a host that does not resolve) or
 *     {@code UNKNOWN} (timeouts, server errors, refusals: not reported, not cached)
 * @param detail for DEAD and UNKNOWN, what happened ({@code returned HTTP 404})
 */
record ProbeResult(Status status, String detail) {

    /** The outcomes of a probe. */
    enum Status { OK, DEAD, UNKNOWN }

    static final ProbeResult OK = new ProbeResult(Status.OK, "");

    static ProbeResult dead(String detail) {
        return new ProbeResult(Status.DEAD, detail);
    }

    static ProbeResult unknown(String detail) {
        return new ProbeResult(Status.UNKNOWN, detail);
    }
}
