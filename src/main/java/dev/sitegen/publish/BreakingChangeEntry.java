package dev.sitegen.publish;

import java.util.Optional;

/**
 * A breaking change as the manifest records it (connector folder, version, upgrade deadline as
 * written), so a preview diff can list the ones a pull request adds.
 */
public record BreakingChangeEntry(String connector, String version, Optional<String> deadline) {
}
