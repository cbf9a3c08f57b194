package dev.sitegen.load;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SitePaths;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lists the connector folders of a root: each folder (or link to another connector folder) with a
 * {@code metadata.yaml}. A folder or metadata file the {@link InputGate} refuses (a link out of the
 * connectors folder or into a hidden one, looping or dangling; a hidden folder) is a {@code metadata-invalid}
 * error for that folder name, and is not read.
 */
final class ConnectorDirs {

    private ConnectorDirs() {
    }

    static List<Path> listConnectorDirs(SiteLayout layout, InputGate gate, List<Diagnostic> out) throws IOException {
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
            Path metadata = p.resolve(SitePaths.METADATA_FILE);
            // a hidden folder is judged only when it looks like a connector: editors and tools keep their own
            boolean judged = Files.isSymbolicLink(p) || name.startsWith(".") && InputGate.existsAsEntry(metadata);
            Optional<InputGate.Refusal> refusal = judged ? gate.admitConnectorDir(p).refusal() : Optional.empty();
            if (refusal.isPresent()) {
                out.add(new Diagnostic(FieldValidator.RULE, Severity.ERROR, name,
                        SourcePos.ofFile(layout.relativize(p)), "connector folder " + layout.relativize(p) + " "
                        + refusal.get().reason() + "; it is not read",
                        "make the connector a real folder of " + layout.relativize(layout.connectorsDir()) + "/"));
                continue;
            }
            if (!name.startsWith(".") && Files.isDirectory(p) && InputGate.existsAsEntry(metadata)) {
                dirs.add(p);
            }
        }
        return dirs;
    }

    /**
     * The real path to read {@code metadata.yaml} from, or why it must not be read: the gate refuses it, it
     * is not a file, or it is too big.
     */
    static InputGate.Verdict admitMetadataFile(Path dir, Path metadata, InputGate gate) {
        InputGate.Verdict verdict = gate.admitConnectorFile(dir, metadata);
        if (!verdict.isAccepted()) {
            return InputGate.Verdict.refuse(metadata, "metadata.yaml " + verdict.requireReason() + "; it is not read");
        }
        Path real = verdict.requireRealPath();
        if (!Files.isRegularFile(real)) {
            return InputGate.Verdict.refuse(metadata, "metadata.yaml is not a regular file; it is not read");
        }
        try {
            long size = Files.size(real);
            return size > MetadataReader.MAX_BYTES
                    ? InputGate.Verdict.refuse(metadata, "metadata.yaml is " + size + " bytes; the limit is "
                    + MetadataReader.MAX_BYTES + ", so it is not parsed")
                    : verdict;
        } catch (IOException e) {
            return InputGate.Verdict.refuse(metadata, "cannot read metadata: " + e.getMessage());
        }
    }
}
