package dev.sitegen.load;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Deadline;
import dev.sitegen.model.ScopedImpact;
import dev.sitegen.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code releases.breakingChanges}: a mapping from version to message, deadline and scoped
 * impact. The version and the deadline are read here, once, into a {@link Version} and a
 * {@link Deadline} that keep their text; whether the version is a major or the deadline a date is
 * for the checks to judge, so here only the shape is validated.
 */
final class BreakingChangeReader {

    private BreakingChangeReader() {
    }

    static List<BreakingChange> readBreakingChanges(FieldValidator v, YamlNode.Mapping releases) {
        Optional<YamlNode> node = v.findField(releases, "breakingChanges", "releases.breakingChanges");
        if (node.isPresent() && node.get() instanceof YamlNode.Sequence seq && seq.items().isEmpty()) {
            return List.of(); // "breakingChanges: []" is written in the wild to mean "none"
        }
        Optional<YamlNode.Mapping> changes = v.findMapping(releases, "breakingChanges", "releases.breakingChanges");
        if (changes.isEmpty()) {
            return List.of();
        }
        List<BreakingChange> out = new ArrayList<>();
        for (YamlNode.Entry entry : changes.get().entries().values()) {
            String path = "releases.breakingChanges." + entry.key();
            v.positions().put(path, entry.keyPos());
            if (!(entry.value() instanceof YamlNode.Mapping m)) {
                v.report(entry.value().pos(), "'" + path + "' must be a mapping with 'message' and "
                        + "'upgradeDeadline', found " + entry.value().kindName(),
                        "indent 'message:' and 'upgradeDeadline:' below the version");
                continue;
            }
            Optional<String> message = v.requireString(m, "message", path + ".message");
            String deadlinePath = path + ".upgradeDeadline";
            Optional<Deadline> deadline = v.findString(m, "upgradeDeadline", deadlinePath)
                    .map(text -> Deadline.parse(text, v.positions().get(deadlinePath)));
            Optional<String> migrationUrl = v.findString(m, "migrationDocumentationUrl",
                    path + ".migrationDocumentationUrl");
            Optional<String> action = v.findString(m, "deadlineAction", path + ".deadlineAction");
            List<ScopedImpact> scoped = readScopedImpact(v, m, path + ".scopedImpact");
            message.ifPresent(msg -> out.add(new BreakingChange(Version.parse(entry.key(), entry.keyPos()), msg, deadline, migrationUrl,
                    action, scoped, entry.keyPos())));
        }
        return out;
    }

    private static List<ScopedImpact> readScopedImpact(FieldValidator v, YamlNode.Mapping change, String path) {
        Optional<YamlNode> node = v.findField(change, "scopedImpact", path);
        if (node.isEmpty() || FieldValidator.isNull(node.get())) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence seq)) {
            v.report(node.get().pos(), "'" + path + "' must be a list, found " + node.get().kindName(),
                    "write '- scopeType: stream' items with 'impactedScopes: [...]'");
            return List.of();
        }
        List<ScopedImpact> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Mapping m)) {
                v.report(item.pos(), "each '" + path + "' item must be a mapping, found " + item.kindName(),
                        "write '- scopeType: stream' with 'impactedScopes: [...]'");
                continue;
            }
            Optional<String> scopeType = v.requireString(m, "scopeType", path + ".scopeType");
            List<String> scopes = v.findStringList(m, "impactedScopes", path + ".impactedScopes");
            if (scopeType.isPresent()) {
                recordScopePositions(v, m, path + "." + out.size() + ".impactedScopes", scopes);
                out.add(new ScopedImpact(scopeType.get(), scopes));
            }
        }
        return out;
    }

    /**
     * Each impacted scope's position, keyed {@code <path>.<n>} by its index among the names read (items that
     * are no string are reported and skipped), so a rule can blame the stream name itself.
     */
    private static void recordScopePositions(FieldValidator v, YamlNode.Mapping impact, String path,
                                             List<String> scopes) {
        YamlNode.Entry entry = impact.entries().get("impactedScopes");
        if (entry == null || !(entry.value() instanceof YamlNode.Sequence seq)) {
            return;
        }
        int n = 0;
        for (YamlNode item : seq.items()) {
            if (n < scopes.size() && item instanceof YamlNode.Scalar s && s.text().strip().equals(scopes.get(n))) {
                v.positions().put(path + "." + n, item.pos());
                n++;
            }
        }
    }
}
