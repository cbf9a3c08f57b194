package dev.sitegen.render;

import java.util.List;

/**
 * The upgrade planner of a connector page: the versions a user may be on, the latest version, every
 * breaking change in ascending order (the script shows those between the chosen version and the
 * latest), and for readers without JavaScript the same answer precomputed per major version.
 */
public record PlannerView(String latest, List<String> fromVersions, List<BreakingChangeView> steps,
                          List<FromMajor> perMajor) {

    /** The breaking changes ahead of anyone still on major {@code label} (for example "1.x"). */
    public record FromMajor(String label, List<BreakingChangeView> steps) {
    }
}
