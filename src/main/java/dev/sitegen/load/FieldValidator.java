package dev.sitegen.load;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.YamlEnums;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads typed values out of a {@link YamlNode.Mapping}, recording a {@code metadata-invalid}
 * diagnostic for each missing field, wrong type or unknown enum value, and the position of each
 * field it reads. One instance per metadata file.
 */
final class FieldValidator {

    static final String RULE = "metadata-invalid";

    private final String connector;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, SourcePos> positions = new TreeMap<>();
    private int fatalProblems;

    FieldValidator(String connector) {
        this.connector = connector;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    Map<String, SourcePos> positions() {
        return positions;
    }

    /** A problem that leaves no usable value: the connector cannot be loaded. */
    void report(SourcePos pos, String message, String hint) {
        fatalProblems++;
        reportValueProblem(pos, message, hint);
    }

    /**
     * A value of the right type but the wrong form (a UUID or URL that is not one): reported, yet
     * the connector still loads, since the site can show it as written.
     */
    void reportValueProblem(SourcePos pos, String message, String hint) {
        diagnostics.add(new Diagnostic(RULE, Severity.ERROR, connector, pos, message, hint));
    }

    boolean hasFatalProblems() {
        return fatalProblems > 0;
    }

    Optional<YamlNode> findField(YamlNode.Mapping map, String key, String path) {
        return map.findEntry(key).map(e -> {
            positions.put(path, e.value().pos());
            return e.value();
        });
    }

    Optional<String> requireString(YamlNode.Mapping map, String key, String path) {
        Optional<YamlNode> node = findField(map, key, path);
        if (node.isEmpty()) {
            report(map.pos(), "required field '" + path + "' is missing", "add '" + key + ":' under "
                    + parentName(path));
            return Optional.empty();
        }
        return readString(node.get(), path, true);
    }

    Optional<String> findString(YamlNode.Mapping map, String key, String path) {
        return findField(map, key, path).flatMap(n -> readString(n, path, false));
    }

    private Optional<String> readString(YamlNode node, String path, boolean required) {
        if (node instanceof YamlNode.Scalar s && s.kind() != YamlNode.ScalarKind.NULL
                && s.kind() != YamlNode.ScalarKind.BOOLEAN && !s.text().isBlank()) {
            return Optional.of(s.text().strip());
        }
        if (!required && node instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.NULL) {
            return Optional.empty();
        }
        report(node.pos(), "'" + path + "' must be a non-empty string, found " + node.kindName(),
                "write a quoted string value");
        return Optional.empty();
    }

    <E extends Enum<E>> Optional<E> requireEnum(YamlNode.Mapping map, String key, String path,
                                               Class<E> type, Function<E, String> yamlName) {
        return requireString(map, key, path).flatMap(text -> readEnum(text, path, type, yamlName));
    }

    <E extends Enum<E>> Optional<E> findEnum(YamlNode.Mapping map, String key, String path,
                                            Class<E> type, Function<E, String> yamlName) {
        return findString(map, key, path).flatMap(text -> readEnum(text, path, type, yamlName));
    }

    private <E extends Enum<E>> Optional<E> readEnum(String text, String path, Class<E> type,
                                                    Function<E, String> yamlName) {
        Optional<E> value = YamlEnums.findByYamlName(type, text, yamlName);
        if (value.isEmpty()) {
            report(positions.get(path), "'" + path + "' has unknown value '" + text + "'",
                    "use one of " + String.join(", ", YamlEnums.yamlNames(type, yamlName)));
        }
        return value;
    }

    Optional<YamlNode.Mapping> findMapping(YamlNode.Mapping map, String key, String path) {
        Optional<YamlNode> node = findField(map, key, path);
        if (node.isEmpty() || isNull(node.get())) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Mapping m) {
            return Optional.of(m);
        }
        report(node.get().pos(), "'" + path + "' must be a mapping, found " + node.get().kindName(),
                "write '" + key + ":' followed by indented 'key: value' lines");
        return Optional.empty();
    }

    Optional<Boolean> requireBoolean(YamlNode.Mapping map, String key, String path) {
        Optional<YamlNode> node = findField(map, key, path);
        if (node.isEmpty()) {
            report(map.pos(), "required field '" + path + "' is missing", "add '" + key + ": true' or 'false'");
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
        }
        report(node.get().pos(), "'" + path + "' must be true or false, found " + node.get().kindName(),
                "write '" + key + ": true' or '" + key + ": false'");
        return Optional.empty();
    }

    List<String> findStringList(YamlNode.Mapping map, String key, String path) {
        Optional<YamlNode> node = findField(map, key, path);
        if (node.isEmpty() || isNull(node.get())) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence seq)) {
            report(node.get().pos(), "'" + path + "' must be a list of strings, found " + node.get().kindName(),
                    "write one '- value' line per item");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            readString(item, path + "[]", true).ifPresent(out::add);
        }
        return out;
    }

    static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.NULL;
    }

    private static String parentName(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "'data:'" : "'" + path.substring(0, dot) + ":'";
    }
}
