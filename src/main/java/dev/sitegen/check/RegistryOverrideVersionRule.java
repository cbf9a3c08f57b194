package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.RegistryOverride;
import dev.sitegen.model.Severity;
import dev.sitegen.model.Version;
import java.util.List;

/**
 * {@code registry-override-version}: {@code registryOverrides.oss|cloud.dockerImageTag} pins a
 * version that has no changelog row, so users of that registry run a version the doc never
 * describes. A pin equal to dockerImageTag is left to {@code changelog-current-version}.
 */
final class RegistryOverrideVersionRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("registry-override-version", Severity.ERROR,
            "A registryOverrides (oss/cloud) dockerImageTag pins a version that is not in the changelog.",
            "A registry override may pin an older (or newer) version than dockerImageTag, "
                    + "but only one that was released and documented: the pinned version needs its changelog row.",
                    """
                    registryOverrides:
                      cloud:
                        enabled: true
                        dockerImageTag: 0.1.5      # changelog has 0.1.6 and 0.1.4 only
                    """,
                    """
                    registryOverrides:
                      cloud:
                        enabled: true
                        dockerImageTag: 0.1.4
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        if (c.changelog().isEmpty()) {
            return;
        }
        for (RegistryOverride r : c.metadata().registryOverrides()) {
            if (r.imageTag().isEmpty()) {
                continue;
            }
            Version pinned = r.imageTag().get();
            if (isCurrentTag(c, pinned) || Versions.findRow(c, pinned).isPresent()) {
                continue;
            }
            String field = "registryOverrides." + r.registry() + ".dockerImageTag";
            out.add(INFO.createDiagnostic(c, pinned.pos(), r.registry()
                            + " registry pins " + pinned.raw() + ", which has no row in the changelog of "
                            + c.changelog().get().pos().file(),
                    "pin a version that has a changelog row in '" + field + "', or add '"
                            + Places.changelogRow(pinned.raw(), ctx) + "' to the changelog at its place in version order"));
        }
    }

    private static boolean isCurrentTag(Connector c, Version pinned) {
        Version tag = c.metadata().imageTag();
        return pinned.semver()
                .flatMap(p -> tag.semver().map(t -> Versions.isSameVersion(p, t)))
                .orElse(pinned.raw().strip().equals(tag.raw().strip()));
    }
}
