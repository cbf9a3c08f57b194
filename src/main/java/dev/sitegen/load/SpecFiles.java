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
 * would take its place); the one found is read through the {@link InputGate}. A file that cannot be read
 * or parsed, or whose specification is not an object schema, is a {@code spec-invalid} finding and no spec;
 * the connector builds without one.
 */
final class SpecFiles {

    static final String RULE = "spec-invalid";
    static final String MANIFEST = "manifest.yaml";

    /** What was found: the spec if it reads as one, its findings, and the files read and looked for. */
    record Result(Optional<Spec> spec, List<Diagnostic> diagnostics, List<String> read, List<String> expected) {
    }

    private SpecFiles() {
    }

    /** The candidate files of the connector in {@code dir}, in the order the first one present is taken. */
    static List<Path> listCandidates(Path dir) {
        String pkg = dir.getFileName().toString().replace('-', '_');
        return List.of(dir.resolve(MANIFEST), dir.resolve(pkg).resolve("spec.json"), dir.resolve(pkg).resolve("spec.yaml"),
                dir.resolve("src/main/resources/spec.json"), dir.resolve(pkg).resolve(MANIFEST));
    }

    static Result readSpec(Path dir, String connector, SiteLayout layout, InputGate gate) {
        List<String> expected = new ArrayList<>();
        for (Path candidate : listCandidates(dir)) {
            String file = layout.relativize(candidate);
            if (!InputGate.existsAsEntry(candidate)) {
                expected.add(file);
                continue;
            }
            InputGate.Verdict admitted = gate.admitConnectorFile(dir, candidate);
            if (!admitted.isAccepted()) {
                expected.add(file);
                return refused(connector, file, admitted.requireReason(), expected);
            }
            Path real = admitted.requireRealPath();
            try {
                if (!Files.isRegularFile(real)) {
                    expected.add(file);
                    return refused(connector, file, "is not a regular file", expected);
                }
                long size = Files.size(real);
                if (size > SpecTreeReader.MAX_BYTES) {
                    return new Result(Optional.empty(), List.of(invalid(connector, SourcePos.ofFile(file), "the spec file is "
                            + size + " bytes; the limit is " + SpecTreeReader.MAX_BYTES + ", so it is not parsed",
                            "keep stream schemas in separate files or trim the manifest")), List.of(file), expected);
                }
                String text = TextFiles.readUtf8(real).content();
                ParsedSpec parsed = parseSpec(connector, file, text);
                return new Result(parsed.spec(), parsed.diagnostics(), List.of(file), expected);
            } catch (IOException e) {
                return new Result(Optional.empty(), List.of(invalid(connector, SourcePos.ofFile(file),
                        "cannot read the spec file: " + e.getMessage(), "check that the file is readable")),
                        List.of(file), expected);
            }
        }
        return new Result(Optional.empty(), List.of(), List.of(), expected);
    }

    record ParsedSpec(Optional<Spec> spec, List<Diagnostic> diagnostics) {
    }

    /** The spec in {@code text}, the file at {@code file} (relative to ROOT; its name says which form it is). */
    static ParsedSpec parseSpec(String connector, String file, String text) {
        boolean manifest = file.endsWith("/" + MANIFEST) || file.equals(MANIFEST);
        boolean json = file.endsWith(".json");
        SpecTreeReader.Tree tree;
        try {
            tree = SpecTreeReader.readTree(file, text, json, manifest);
        } catch (YamlSyntaxException e) {
            return new ParsedSpec(Optional.empty(), List.of(invalid(connector, e.pos(), "the spec file does not parse: "
                    + e.getMessage(), json ? "write it as one JSON object" : "write it as one YAML mapping")));
        }
        Supplier<YamlNode> full = () -> {
            try {
                return SpecTreeReader.readTree(file, text, json, false).root();
            } catch (YamlSyntaxException e) {
                // the same text read without skipping parses as it did with skipping, bar limits
                return tree.root();
            }
        };
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
        return new ParsedSpec(Optional.of(new Spec(file, schemaEntry.get().keyPos(), fields, options, streams)), diagnostics);
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

    private static Result refused(String connector, String file, String reason, List<String> expected) {
        return new Result(Optional.empty(), List.of(invalid(connector, SourcePos.ofFile(file), "the spec file "
                + reason + "; it is not read", "keep the spec file a plain file in the connector's folder")),
                List.of(), expected);
    }

    static Diagnostic invalid(String connector, SourcePos pos, String message, String hint) {
        return new Diagnostic(RULE, Severity.ERROR, connector, pos, message, hint);
    }
}
