package dev.sitegen.model;

import java.util.List;

/**
 * The streams a connector's spec files declare. {@code LISTED}: a manifest's {@code streams:} names them
 * all. {@code DYNAMIC}: a manifest also has {@code dynamic_streams}, so more are known only at run time and
 * {@code names} is the static part. {@code UNDECLARED}: the spec file declares no streams (a
 * {@code spec.json} or {@code spec.yaml}; the connector's code does).
 */
public record SpecStreams(Status status, List<SpecStream> names) {

    public enum Status {
        LISTED, DYNAMIC, UNDECLARED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One stream, at the position its name was written (or its {@code $ref}, when the name is behind one). */
    public record SpecStream(String name, SourcePos pos) {
    }

    public SpecStreams {
        names = List.copyOf(names);
    }

    public static SpecStreams undeclared() {
        return new SpecStreams(Status.UNDECLARED, List.of());
    }

    /** Whether every stream's name is known, so a name outside the list is no stream of the connector. */
    public boolean isComplete() {
        return status == Status.LISTED;
    }
}
