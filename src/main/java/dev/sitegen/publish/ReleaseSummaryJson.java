package dev.sitegen.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The manifest's {@code releases} list ({@link ReleaseSummary}), written in a fixed field order and read
 * back leniently like the rest of the summary: a missing part reads as empty.
 */
final class ReleaseSummaryJson {

    private ReleaseSummaryJson() {
    }

    static void writeReleases(List<ReleaseSummary> releases, ArrayNode out) {
        for (ReleaseSummary r : releases) {
            ObjectNode o = out.addObject().put("connector", r.connector());
            r.before().ifPresentOrElse(b -> o.put("from", b), () -> o.putNull("from"));
            o.put("to", r.after()).put("kind", r.kind());
            ArrayNode breaking = o.putArray("breakingChanges");
            for (BreakingChangeEntry b : r.breakingChanges()) {
                ObjectNode entry = breaking.addObject().put("version", b.version());
                b.deadline().ifPresentOrElse(d -> entry.put("deadline", d), () -> entry.putNull("deadline"));
            }
            ObjectNode spec = o.putObject("spec").put("note", r.specNote());
            ArrayNode changes = spec.putArray("changes");
            for (ReleaseSummary.Change c : r.specChanges()) {
                changes.addObject().put("path", c.path()).put("kind", c.kind()).put("incompatible", c.incompatible())
                        .put("detail", c.detail());
            }
            r.streams().ifPresentOrElse(s -> {
                ObjectNode streams = o.putObject("streams");
                s.added().forEach(streams.putArray("added")::add);
                s.removed().forEach(streams.putArray("removed")::add);
            }, () -> o.putNull("streams"));
        }
    }

    static List<ReleaseSummary> readReleases(JsonNode releases) {
        List<ReleaseSummary> out = new ArrayList<>();
        for (JsonNode r : releases) {
            String connector = r.path("connector").asText();
            List<BreakingChangeEntry> breaking = new ArrayList<>();
            for (JsonNode b : r.path("breakingChanges")) {
                breaking.add(new BreakingChangeEntry(connector, b.path("version").asText(), readText(b.path("deadline"))));
            }
            List<ReleaseSummary.Change> changes = new ArrayList<>();
            for (JsonNode c : r.path("spec").path("changes")) {
                changes.add(new ReleaseSummary.Change(c.path("path").asText(), c.path("kind").asText(),
                        c.path("incompatible").asBoolean(), c.path("detail").asText()));
            }
            JsonNode streams = r.path("streams");
            Optional<ReleaseSummary.Streams> names = streams.isObject()
                    ? Optional.of(new ReleaseSummary.Streams(readTexts(streams.path("added")),
                    readTexts(streams.path("removed")))) : Optional.empty();
            out.add(new ReleaseSummary(connector, readText(r.path("from")), r.path("to").asText(),
                    r.path("kind").asText(), breaking, changes, r.path("spec").path("note").asText(), names));
        }
        return out;
    }

    private static Optional<String> readText(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static List<String> readTexts(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
