package dev.sitegen.render;

import java.util.List;
import java.util.Optional;

/**
 * One connector as listed in the catalog; {@code href} and {@code iconHref} are relative to the
 * site root. {@code breakingPending} is true while a breaking change's deadline is still ahead of
 * the as-of date ({@code nextDeadline} says which).
 */
public record ConnectorCardView(String dir, String name, String type, String subtype, String version,
                                String supportLevel, String releaseStage, List<String> tags, String href,
                                Optional<String> iconHref, boolean breakingPending,
                                Optional<String> nextDeadline) {
}
