package dev.sitegen.render;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Timeline;
import dev.sitegen.model.Timelines;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each connector's timeline, built once per render: the connector page, its feed, the releases
 * page and the API document all need it. Keyed by identity, so a connector from another catalog
 * (a preview rebuild) is never answered with a stale timeline; unknown ones are built on demand.
 * Built ahead, it is not written after construction, so workers read it concurrently; a lazy one is
 * synchronized.
 */
final class TimelineCache {

    private static final TimelineCache EMPTY = new TimelineCache(new IdentityHashMap<>(), false);

    private final Map<Connector, Timeline> byConnector;
    private final boolean remembers;

    private TimelineCache(Map<Connector, Timeline> byConnector, boolean remembers) {
        this.byConnector = byConnector;
        this.remembers = remembers;
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
        return new TimelineCache(map, false);
    }

    /**
     * Builds each connector's timeline when first asked for, once: a build that re-uses most units (an edit)
     * needs only the rendered units' timelines. Identity-keyed, so a lookup never hashes a connector's values.
     */
    static TimelineCache lazy() {
        return new TimelineCache(Collections.synchronizedMap(new IdentityHashMap<>()), true);
    }

    Timeline of(Connector c) {
        Timeline t = byConnector.get(c);
        if (t != null) {
            return t;
        }
        // built outside the lock: two workers asking at once build the same value
        Timeline built = Timelines.buildTimeline(c);
        if (remembers) {
            byConnector.putIfAbsent(c, built);
        }
        return built;
    }
}
