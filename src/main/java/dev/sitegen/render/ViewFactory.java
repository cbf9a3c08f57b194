package dev.sitegen.render;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.SitePaths;
import java.time.LocalDate;
import java.util.Optional;

/** Builds the template views of connectors from the model. */
final class ViewFactory {

    private ViewFactory() {
    }

    static String iconPathOf(Connector c) {
        return SitePaths.iconPathOf(c.dir(), c.iconFile().orElse(""));
    }

    static ConnectorCardView createCard(Connector c, LocalDate asOf) {
        Metadata m = c.metadata();
        Optional<String> nextDeadline = BreakingChangeViews.createViews(c, asOf).stream()
                .filter(BreakingChangeView::upcoming)
                .flatMap(v -> v.deadlineIso().stream())
                .sorted()
                .findFirst();
        return new ConnectorCardView(c.dir(), m.name(), m.connectorType().yamlName(), m.connectorSubtype().yamlName(),
                m.dockerImageTag(), m.supportLevel().label(), m.releaseStage().label(), m.tags(), c.pagePath() + "/",
                c.iconFile().map(f -> iconPathOf(c)), nextDeadline.isPresent(), nextDeadline);
    }

    /** Self-managed first, then cloud; a registry not mentioned in the metadata is shown as enabled. */
    static java.util.List<AvailabilityView> createAvailability(Connector c) {
        java.util.List<AvailabilityView> out = new java.util.ArrayList<>();
        for (String[] registry : new String[][] {{"oss", "Self-managed"}, {"cloud", "Cloud"}}) {
            out.add(c.metadata().findRegistryOverride(registry[0])
                    .map(r -> new AvailabilityView(registry[1], r.enabled(), r.dockerImageTag()))
                    .orElse(new AvailabilityView(registry[1], true, Optional.empty())));
        }
        return out;
    }

    static ConnectorFactsView createFacts(Connector c) {
        Metadata m = c.metadata();
        Optional<String> icon = c.iconFile().map(f -> iconPathOf(c));
        return new ConnectorFactsView(c.dir(), m.name(), m.connectorType().yamlName(),
                m.connectorSubtype().yamlName(), m.dockerImageTag(), m.supportLevel().label(),
                m.releaseStage().label(), m.license(), m.dockerRepository() + ":" + m.dockerImageTag(),
                m.definitionId(), icon);
    }
}
