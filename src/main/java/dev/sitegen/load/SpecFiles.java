package dev.sitegen.load;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.Spec;
import dev.sitegen.model.SpecField;
import dev.sitegen.model.SpecOption;
import dev.sitegen.model.SpecStreams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds and reads a connector's spec file, the first of: the folder's {@code manifest.yaml}
 * ({@code spec.connection_specification}), the Python package's {@code spec.json} or {@code spec.yaml}
 * ({@code connectionSpecification}), {@code src/main/resources/spec.json}, the package's
 * {@code manifest.yaml}. The candidates looked at before the one found are expected files (one appearing
 * would take its place); the one found is read through the {@link InputGate}. A spec from the package's
 * {@code spec.json} or {@code spec.yaml} takes its streams from the package manifest when there is one. A file that cannot be read
 * or parsed, or whose specification is not an object schema, is a {@code spec-invalid} finding and no spec;
 * the connector builds without one.
 */
final class SpecFiles {

    static final String RULE = "spec-invalid";
    static final String MANIFEST = "manifest.yaml";

    /** What was found: the spec if it reads as one, its findings, and the files read and looked for. */
    record Result(Optional<Spec> spec, List<Diagnostic> diagnostics, List<String> read, List<String> expected) {
        // immutable: a long-lived process's load cache shares one result between commands (codec/MemoryTier)
        Result {
            diagnostics = List.copyOf(diagnostics);
            read = List.copyOf(read);
            expected = List.copyOf(expected);
        }
    }

    private SpecFiles() {
    }

    /** The candidate files of the connector in {@code dir}, in the order the first one present is taken. */
    static List<Path> listCandidates(Path dir) {
        return listCandidateNames(dir.getFileName().toString()).stream().map(dir::resolve).toList();
    }

    /**
     * The candidates' paths inside the folder of the connector {@code dirName}, in order; the package's
     * {@code manifest.yaml} is last (the streams of a package {@code spec.json|yaml} come from it).
     */
    static List<String> listCandidateNames(String dirName) {
        String pkg = dirName.replace('-', '_');
        return List.of(MANIFEST, pkg + "/spec.json", pkg + "/spec.yaml", "src/main/resources/spec.json",
                pkg + "/" + MANIFEST);
    }

    static Result readSpec(Path dir, String connector, SiteLayout layout, InputGate gate) {
        List<String> expected = new ArrayList<>();
        List<Path> candidates = listCandidates(dir);
        for (int i = 0; i < candidates.size(); i++) {
            String file = layout.relativize(candidates.get(i));
            if (!InputGate.existsAsEntry(candidates.get(i))) {
                expected.add(file);
                continue;
            }
            List<Diagnostic> diagnostics = new ArrayList<>();
            Text text = readText(dir, candidates.get(i), file, connector, gate, diagnostics);
            if (text.text().isEmpty()) {
                // a refused file was not opened: only its place was looked at
                if (text.refused()) {
                    expected.add(file);
                }
                return new Result(Optional.empty(), diagnostics, text.refused() ? List.of() : List.of(file), expected);
            }
            ParsedSpec parsed = parseSpec(connector, file, text.text().get());
            diagnostics.addAll(parsed.diagnostics());
            List<String> read = new ArrayList<>(List.of(file));
            Optional<Spec> spec = parsed.spec();
            if (spec.isPresent() && (i == 1 || i == 2)) {
                // a Python connector with spec.json or spec.yaml may still declare its streams in a package manifest
                Path manifest = candidates.get(candidates.size() - 1);
                String manifestFile = layout.relativize(manifest);
                if (!InputGate.existsAsEntry(manifest)) {
                    expected.add(manifestFile);
                } else {
                    Text manifestRead = readText(dir, manifest, manifestFile, connector, gate, diagnostics);
                    (manifestRead.refused() ? expected : read).add(manifestFile);
                    Optional<byte[]> manifestText = manifestRead.text();
                    Optional<SpecStreams> streams = manifestText.flatMap(t -> readStreams(connector, manifestFile, t,
                            diagnostics));
                    Spec s = spec.get();
                    spec = Optional.of(new Spec(s.file(), s.pos(), s.fields(), s.options(), s.closed(),
                            streams.orElse(s.streams())));
                }
            }
            return new Result(spec, diagnostics, read, expected);
        }
        return new Result(Optional.empty(), List.of(), List.of(), expected);
    }

    /** A spec file's text, or none (then a finding says why); {@code refused} when the gate kept it unopened. */
    private record Text(Optional<byte[]> text, boolean refused) {
    }

    /** The text of a spec candidate that exists, or empty with a finding saying why it is not read. */
    private static Text readText(Path dir, Path candidate, String file, String connector, InputGate gate,
                                             List<Diagnostic> out) {
        InputGate.Verdict admitted = gate.admitConnectorFile(dir, candidate);
        if (!admitted.isAccepted()) {
            out.add(refused(connector, file, admitted.requireReason()));
            return new Text(Optional.empty(), true);
        }
        Path real = admitted.requireRealPath();
        try {
            if (!Files.isRegularFile(real)) {
                out.add(refused(connector, file, "is not a regular file"));
                return new Text(Optional.empty(), true);
            }
            long size = Files.size(real);
            if (size > SpecTreeReader.MAX_BYTES) {
                out.add(invalid(connector, SourcePos.ofFile(file), "the spec file is " + size + " bytes; the limit is "
                        + SpecTreeReader.MAX_BYTES + ", so it is not parsed",
                        "keep stream schemas in separate files or trim the manifest"));
                return new Text(Optional.empty(), false);
            }
            return new Text(Optional.of(Files.readAllBytes(real)), false);
        } catch (IOException e) {
            out.add(invalid(connector, SourcePos.ofFile(file), "cannot read the spec file: " + e.getMessage(),
                    "check that the file is readable"));
            return new Text(Optional.empty(), false);
        }
    }

    /** The streams a package manifest lists, when the spec itself comes from a spec.json or spec.yaml. */
    static Optional<SpecStreams> readStreams(String connector, String file, byte[] text, List<Diagnostic> out) {
        try {
            SpecTreeReader.Tree tree = SpecTreeReader.readTree(file, text, false, true);
            if (!(tree.root() instanceof YamlNode.Mapping top)) {
                return Optional.empty();
            }
            Supplier<YamlNode> full = () -> readWhole(file, text, tree.root());
            SpecRefs refs = new SpecRefs(top, Optional.of(full));
            return Optional.of(SpecStreamReader.readStreams(top, refs, connector, out));
        } catch (YamlSyntaxException e) {
            out.add(invalid(connector, e.pos(), "the manifest does not parse: " + e.getMessage(),
                    "write it as one YAML mapping"));
            return Optional.empty();
        }
    }

    private static YamlNode readWhole(String file, byte[] text, YamlNode fallback) {
        try {
            return SpecTreeReader.readTree(file, text, false, false).root();
        } catch (YamlSyntaxException e) {
            // the same text read without skipping parses as it did with skipping, bar limits
            return fallback;
        }
    }

    record ParsedSpec(Optional<Spec> spec, List<Diagnostic> diagnostics) {
    }

    /** The spec in {@code text}, the file at {@code file} (relative to ROOT; its name says which form it is). */
    static ParsedSpec parseSpec(String connector, String file, byte[] text) {
        boolean manifest = file.endsWith("/" + MANIFEST) || file.equals(MANIFEST);
        boolean json = file.endsWith(".json");
        SpecTreeReader.Tree tree;
        try {
            tree = SpecTreeReader.readTree(file, text, json, manifest);
        } catch (YamlSyntaxException e) {
            return new ParsedSpec(Optional.empty(), List.of(invalid(connector, e.pos(), "the spec file does not parse: "
                    + e.getMessage(), json ? "write it as one JSON object" : "write it as one YAML mapping")));
        }
        Supplier<YamlNode> full = () -> readWhole(file, text, tree.root());
        SpecRefs refs = new SpecRefs(tree.root(), tree.partial() ? Optional.of(full) : Optional.empty());
        String where = manifest ? "spec.connection_specification" : "connectionSpecification";
        if (!(tree.root() instanceof YamlNode.Mapping top)) {
            return notObject(connector, tree.root().pos(), "the spec file is " + tree.root().kindName() + ", not a mapping");
        }
        Optional<YamlNode.Entry> schemaEntry = manifest
                ? top.findEntry("spec").map(YamlNode.Entry::value).flatMap(s -> s instanceof YamlNode.Mapping m
                ? m.findEntry("connection_specification") : Optional.empty())
                : top.findEntry("connectionSpecification");
        if (schemaEntry.isEmpty()) {
            return notObject(connector, top.pos(), "the spec file has no " + where);
        }
        SpecRefs.Resolved schema = refs.resolve(schemaEntry.get().value(), List.of());
        List<Diagnostic> diagnostics = new ArrayList<>();
        schema.problem().ifPresent(p -> diagnostics.add(invalid(connector, p.pos(), p.message(), p.hint())));
        if (!(schema.node() instanceof YamlNode.Mapping m) || !isObjectSchema(m)) {
            ParsedSpec not = notObject(connector, schemaEntry.get().keyPos(), where + " is "
                    + (schema.node() instanceof YamlNode.Mapping ? "a schema of another type" : schema.node().kindName())
                    + ", not an object schema");
            diagnostics.addAll(not.diagnostics());
            return new ParsedSpec(Optional.empty(), diagnostics);
        }
        SpecSchemaReader reader = new SpecSchemaReader(connector, refs);
        List<SpecField> fields = reader.readFields(m, "", 0, schema.chain());
        List<SpecOption> options = reader.readOptions(m, "", 0, schema.chain());
        diagnostics.addAll(reader.diagnostics());
        SpecStreams streams = manifest ? SpecStreamReader.readStreams(top, refs, connector, diagnostics)
                : SpecStreams.undeclared();
        return new ParsedSpec(Optional.of(new Spec(file, schemaEntry.get().keyPos(), fields, options,
                SpecSchemaReader.isClosed(m), streams)), diagnostics);
    }

    /** An object schema: {@code type: object} (or a list naming it), or no type but properties or a oneOf. */
    private static boolean isObjectSchema(YamlNode.Mapping m) {
        Optional<YamlNode> type = m.findEntry("type").map(YamlNode.Entry::value);
        if (type.isEmpty()) {
            return m.findEntry("properties").filter(p -> p.value() instanceof YamlNode.Mapping).isPresent()
                    || m.findEntry("oneOf").filter(p -> p.value() instanceof YamlNode.Sequence).isPresent();
        }
        if (type.get() instanceof YamlNode.Sequence s) {
            return s.items().stream().anyMatch(i -> i instanceof YamlNode.Scalar sc && sc.text().equals("object"));
        }
        return type.get() instanceof YamlNode.Scalar s && s.text().equals("object")
                && m.findEntry("properties").map(p -> p.value() instanceof YamlNode.Mapping
                || p.value() instanceof YamlNode.Scalar sc && sc.kind() == YamlNode.ScalarKind.NULL).orElse(true);
    }

    private static ParsedSpec notObject(String connector, SourcePos pos, String message) {
        return new ParsedSpec(Optional.empty(), List.of(invalid(connector, pos, message,
                "make it a JSON Schema object: type: object with properties: {...}")));
    }

    private static Diagnostic refused(String connector, String file, String reason) {
        return invalid(connector, SourcePos.ofFile(file), "the spec file " + reason + "; it is not read",
                "keep the spec file a plain file in the connector's folder");
    }

    static Diagnostic invalid(String connector, SourcePos pos, String message, String hint) {
        return new Diagnostic(RULE, Severity.ERROR, connector, pos, message, hint);
    }
}
