package dev.sitegen.render;

import java.util.List;
import java.util.Optional;

/**
 * A breaking change as listed on the breaking-changes page, connector pages and feeds: who, which
 * version, the deadline as written and as a date, whether it is still ahead of the as-of date and
 * by how many days, the message, the impacted streams and the migration section's link.
 */
public record BreakingChangeView(String connectorDir, String connectorName, String connectorHref, String version,
                                 String deadline, Optional<String> deadlineIso, boolean upcoming, long daysLeft,
                                 String message, List<InlineToken> messageTokens, List<String> streams,
                                 Optional<String> migrationHref) {
}
