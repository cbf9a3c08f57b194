package dev.sitegen.model;

import java.util.List;

/** Which parts of a connection a breaking change affects, for example some streams. */
public record ScopedImpact(String scopeType, List<String> impactedScopes) {

    public ScopedImpact {
        impactedScopes = List.copyOf(impactedScopes);
    }
}
