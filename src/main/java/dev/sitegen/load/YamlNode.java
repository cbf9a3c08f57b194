package dev.sitegen.load;

import dev.sitegen.model.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML value with the position it was written at; the shape metadata validation works on. */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    SourcePos pos();

    /** A short name of the node's kind for "expected X, found Y" messages. */
    String kindName();

    /** A key and its value, with the key's own position (where "missing" and "unknown" blame). */
    record Entry(String key, SourcePos keyPos, YamlNode value) {
    }

    record Mapping(SourcePos pos, Map<String, Entry> entries) implements YamlNode {
        Optional<Entry> findEntry(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    record Sequence(SourcePos pos, List<YamlNode> items) implements YamlNode {
        @Override
        public String kindName() {
            return "a list";
        }
    }

    /** A scalar as written; {@code kind} is what YAML typing made of it. */
    record Scalar(SourcePos pos, String text, ScalarKind kind) implements YamlNode {
        @Override
        public String kindName() {
            return switch (kind) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "an empty value";
            };
        }
    }

    enum ScalarKind { STRING, NUMBER, BOOLEAN, NULL }
}
