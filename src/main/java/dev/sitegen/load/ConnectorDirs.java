package dev.sitegen.load;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lists the connector folders of a root: each folder (or link to a folder inside ROOT) with a
 * {@code metadata.yaml}. A folder or metadata file that is a link leading outside ROOT, looping or
 * dangling is a {@code metadata-invalid} error for that folder name, and is not read.
 */
final class ConnectorDirs {

    private ConnectorDirs() {
    }

    static List<Path> listConnectorDirs(SiteLayout layout, SourceTree tree, List<Diagnostic> out) throws IOException {
        if (!Files.isDirectory(layout.connectorsDir())) {
            return List.of();
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(layout.connectorsDir())) {
            entries = s.sorted().toList();
        }
        List<Path> dirs = new ArrayList<>();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            Optional<SourceTree.Refusal> refusal = Files.isSymbolicLink(p) ? tree.checkInside(p) : Optional.empty();
            if (refusal.isPresent()) {
                out.add(new Diagnostic(FieldValidator.RULE, Severity.ERROR, name,
                        SourcePos.ofFile(layout.relativize(p)), "connector folder " + layout.relativize(p) + " "
                        + refusal.get().reason() + "; it is not read",
                        "make the connector a real folder inside ROOT"));
                continue;
            }
            Path metadata = p.resolve("metadata.yaml");
            if (Files.isDirectory(p) && SourceTree.existsAsEntry(metadata)) {
                dirs.add(p);
            }
        }
        return dirs;
    }

    /** Why {@code metadata.yaml} must not be read, if it must not: outside ROOT, not a file, or too big. */
    static Optional<String> checkMetadataFile(Path metadata, SourceTree tree) {
        Optional<SourceTree.Refusal> refusal = tree.checkInside(metadata);
        if (refusal.isPresent()) {
            return Optional.of("metadata.yaml " + refusal.get().reason() + "; it is not read");
        }
        if (!Files.isRegularFile(metadata)) {
            return Optional.of("metadata.yaml is not a regular file; it is not read");
        }
        try {
            long size = Files.size(metadata);
            return size > MetadataReader.MAX_BYTES
                    ? Optional.of("metadata.yaml is " + size + " bytes; the limit is " + MetadataReader.MAX_BYTES
                    + ", so it is not parsed")
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot read metadata: " + e.getMessage());
        }
    }
}
