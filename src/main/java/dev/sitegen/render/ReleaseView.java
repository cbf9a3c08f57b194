package dev.sitegen.render;

import java.util.List;

/** One release in the catalog-wide release list and feed; {@code href} points at its changelog row. */
public record ReleaseView(String connectorDir, String connectorName, String href, String version, String date,
                          String kind, boolean breaking, List<InlineToken> subject, String subjectText) {
}
