package dev.sitegen.load;

import java.util.Locale;
import java.util.stream.Collectors;

/** A spec value as text: a scalar as written, a list or mapping as compact JSON (for defaults and examples). */
final class SpecValues {

    private SpecValues() {
    }

    static String writeCompact(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.kind() == YamlNode.ScalarKind.NULL ? "null" : s.text();
        }
        if (node instanceof YamlNode.Sequence s) {
            return s.items().stream().map(SpecValues::writeJson).collect(Collectors.joining(",", "[", "]"));
        }
        return ((YamlNode.Mapping) node).entries().values().stream()
                .map(e -> quote(e.key()) + ":" + writeJson(e.value())).collect(Collectors.joining(",", "{", "}"));
    }

    private static String writeJson(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return switch (s.kind()) {
                case STRING -> quote(s.text());
                case NULL -> "null";
                default -> s.text();
            };
        }
        return writeCompact(node);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
