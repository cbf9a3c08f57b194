package dev.sitegen.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Looks up the enum constant whose YAML spelling matches, for every enum of the metadata. */
public final class YamlEnums {

    private YamlEnums() {
    }

    public static <E extends Enum<E>> Optional<E> findByYamlName(Class<E> type, String text,
                                                                 Function<E, String> yamlName) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> yamlName.apply(e).equals(text))
                .findFirst();
    }

    public static <E extends Enum<E>> List<String> yamlNames(Class<E> type, Function<E, String> yamlName) {
        return Arrays.stream(type.getEnumConstants()).map(yamlName).toList();
    }
}
