package dev.sitegen.model;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * The files one connector was built from, as {@code load} found them (paths relative to ROOT, sorted,
 * distinct). {@code inputFiles} were read: its metadata, its icon (and any icon candidate read and
 * found unusable), its doc and migration guide, the snippets they include. {@code expectedFiles} were
 * looked for and not read, so their appearance or change would change the connector: a missing doc or
 * migration guide at each path it was looked for, a missing icon, an icon the input gate refused.
 * This one list decides which connectors an edit touches, for the build stamp, {@code --changed-since}
 * and serve alike.
 */
public record ConnectorInputs(List<String> inputFiles, List<String> expectedFiles) {

    public ConnectorInputs {
        inputFiles = List.copyOf(new TreeSet<>(inputFiles));
        TreeSet<String> expected = new TreeSet<>(expectedFiles);
        expected.removeAll(inputFiles);
        expectedFiles = List.copyOf(expected);
    }

    /** Whether {@code file} (relative to ROOT) was read for the connector or would change it by appearing. */
    public boolean dependsOn(String file) {
        // asked of every connector for every edit a preview sees: the lists are sorted, so search them
        return Collections.binarySearch(inputFiles, file) >= 0 || Collections.binarySearch(expectedFiles, file) >= 0;
    }

    /** Whether any of {@code files} is one {@link #dependsOn} names. */
    public boolean dependsOnAny(Collection<String> files) {
        return files.stream().anyMatch(this::dependsOn);
    }

    /** Both lists in one, sorted. */
    public List<String> listAllFiles() {
        TreeSet<String> all = new TreeSet<>(inputFiles);
        all.addAll(expectedFiles);
        return List.copyOf(all);
    }
}
