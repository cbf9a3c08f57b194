package dev.sitegen.render;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Timeline;
import dev.sitegen.model.Timelines;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each connector's timeline, built once per render: the connector page, its feed, the releases
 * page and the API document all need it. Keyed by identity, so a connector from another catalog
 * (a preview rebuild) is never answered with a stale timeline; unknown ones are built on demand.
 * Not written after construction, so workers read it concurrently.
 */
final class TimelineCache {

    private static final TimelineCache EMPTY = new TimelineCache(new IdentityHashMap<>());

    private final Map<Connector, Timeline> byConnector;

    private TimelineCache(Map<Connector, Timeline> byConnector) {
        this.byConnector = byConnector;
    }

    /** Builds nothing ahead: for rendering a single page. */
    static TimelineCache empty() {
        return EMPTY;
    }

    static TimelineCache build(List<Connector> connectors, Workers workers) {
        List<Timeline> timelines = workers.mapInOrder(connectors, Timelines::buildTimeline);
        Map<Connector, Timeline> map = new IdentityHashMap<>();
        for (int i = 0; i < connectors.size(); i++) {
            map.put(connectors.get(i), timelines.get(i));
        }
        return new TimelineCache(map);
    }

    Timeline of(Connector c) {
        Timeline t = byConnector.get(c);
        return t != null ? t : Timelines.buildTimeline(c);
    }
}
