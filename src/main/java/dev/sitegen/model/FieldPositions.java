package dev.sitegen.model;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each metadata field was written, keyed by its dotted path below {@code data} (for example
 * {@code dockerImageTag} or {@code registryOverrides.cloud.dockerImageTag}), so rules can blame the
 * exact line. Unknown paths fall back to the file itself.
 */
public record FieldPositions(String file, Map<String, SourcePos> byPath) {

    public FieldPositions {
        byPath = Map.copyOf(new TreeMap<>(byPath));
    }

    public Optional<SourcePos> findPos(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The field's position, else the nearest written ancestor's, else the file. */
    public SourcePos posOf(String path) {
        String p = path;
        while (true) {
            SourcePos pos = byPath.get(p);
            if (pos != null) {
                return pos;
            }
            int dot = p.lastIndexOf('.');
            if (dot < 0) {
                return byPath.getOrDefault("", SourcePos.ofFile(file));
            }
            p = p.substring(0, dot);
        }
    }
}
