package dev.sitegen.load;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.ConnectorSubtype;
import dev.sitegen.model.ConnectorType;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FieldPositions;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.RegistryOverride;
import dev.sitegen.model.ReleaseStage;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.SupportLevel;
import dev.sitegen.model.Version;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the text of one {@code metadata.yaml} into {@link Metadata}, or into the
 * {@code metadata-invalid} diagnostics that explain why it cannot be. All problems of a file are
 * reported at once, not just the first. Keys the site does not read are ignored, never errors.
 */
public final class MetadataReader {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final List<String> REGISTRIES = List.of("cloud", "oss");
    /**
     * 256 KiB: a metadata.yaml over this is refused before it is read or parsed. The largest in the
     * real monorepo is under 20 KiB; the YAML reader's own limits ({@link YamlTreeReader}) stay below it.
     */
    public static final long MAX_BYTES = 256 * 1024;

    private MetadataReader() {
    }

    /** The result of reading one file: metadata when valid, and every problem found. */
    public record Result(Optional<Metadata> metadata, List<Diagnostic> diagnostics) {
        // immutable: a long-lived process's load cache shares one result between commands (codec/MemoryTier)
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * Reads and parses the {@code metadata.yaml} at {@code real} (the path the input gate admitted);
     * bytes that are not UTF-8 are read as U+FFFD and are a finding at the first of them.
     */
    static Result readMetadataFile(String connector, String file, Path real) throws IOException {
        TextFiles.Text text = TextFiles.readUtf8(real);
        Result result = readMetadata(connector, file, text.content());
        if (!text.hadInvalidBytes()) {
            return result;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        diagnostics.add(new Diagnostic(FieldValidator.RULE, Severity.ERROR, connector,
                SourcePos.at(file, text.invalidLine(), text.invalidColumn()),
                "metadata.yaml is not valid UTF-8 here; undecodable bytes were read as \uFFFD", "save the file as UTF-8"));
        return new Result(result.metadata(), diagnostics);
    }

    public static Result readMetadata(String connector, String file, String text) {
        FieldValidator v = new FieldValidator(connector);
        YamlNode root;
        try {
            root = new YamlTreeReader(file).readTree(text);
        } catch (YamlSyntaxException e) {
            v.report(e.pos(), "YAML syntax error: " + e.getMessage(), "fix the YAML syntax at this position");
            return new Result(Optional.empty(), v.diagnostics());
        }
        if (!(root instanceof YamlNode.Mapping rootMap)) {
            v.report(root.pos(), "metadata must be a mapping with a 'data:' key, found " + root.kindName(),
                    "start the file with 'data:' and indent the connector's fields below it");
            return new Result(Optional.empty(), v.diagnostics());
        }
        Optional<YamlNode.Mapping> data = v.findMapping(rootMap, "data", "data");
        if (data.isEmpty()) {
            Optional<YamlNode.Entry> entry = rootMap.findEntry("data");
            if (entry.isEmpty()) {
                v.report(rootMap.pos(), "required key 'data:' is missing",
                        "put the connector's fields under a top-level 'data:' key");
            } else if (FieldValidator.isNull(entry.get().value())) {
                // found by fuzzing: an empty 'data:' used to drop the connector without a word
                v.report(entry.get().keyPos(), "'data:' is empty",
                        "indent the connector's fields below 'data:'");
            }
            return new Result(Optional.empty(), v.diagnostics());
        }
        Optional<Metadata> metadata = readData(v, data.get(), file);
        return new Result(metadata, v.diagnostics());
    }

    private static Optional<Metadata> readData(FieldValidator v, YamlNode.Mapping data, String file) {
        v.positions().put("", data.pos());
        Optional<String> name = v.requireString(data, "name", "name");
        Optional<String> definitionId = v.requireString(data, "definitionId", "definitionId");
        definitionId.filter(id -> !UUID.matcher(id).matches()).ifPresent(id -> v.reportValueProblem(
                v.positions().get("definitionId"), "'definitionId' is not a UUID: '" + id + "'",
                "use a UUID such as 3f2b9c1e-8a4d-4e6f-9b1a-2c3d4e5f6a7b"));
        Optional<ConnectorType> type = v.requireEnum(data, "connectorType", "connectorType",
                ConnectorType.class, ConnectorType::yamlName);
        Optional<String> repository = v.requireString(data, "dockerRepository", "dockerRepository");
        Optional<Version> tag = v.requireString(data, "dockerImageTag", "dockerImageTag")
                .map(text -> Version.parse(text, v.positions().get("dockerImageTag")));
        Optional<String> license = v.requireString(data, "license", "license");
        Optional<String> docsUrl = v.requireString(data, "documentationUrl", "documentationUrl");
        docsUrl.filter(u -> !isHttpUrl(u)).ifPresent(u -> v.reportValueProblem(v.positions().get("documentationUrl"),
                "'documentationUrl' is not an http(s) URL: '" + u + "'",
                "write the full URL of the connector's docs page"));
        Optional<String> issueLabel = v.requireString(data, "githubIssueLabel", "githubIssueLabel");
        Optional<ConnectorSubtype> subtype = v.requireEnum(data, "connectorSubtype", "connectorSubtype",
                ConnectorSubtype.class, ConnectorSubtype::yamlName);
        Optional<ReleaseStage> stage = v.requireEnum(data, "releaseStage", "releaseStage",
                ReleaseStage.class, ReleaseStage::yamlName);
        SupportLevel support = v.findEnum(data, "supportLevel", "supportLevel",
                SupportLevel.class, SupportLevel::yamlName).orElse(SupportLevel.COMMUNITY);
        List<String> tags = v.findStringList(data, "tags", "tags");
        Optional<String> icon = v.findString(data, "icon", "icon");
        List<RegistryOverride> overrides = readRegistryOverrides(v, data);
        Optional<YamlNode.Mapping> releases = v.findMapping(data, "releases", "releases");
        List<BreakingChange> breaking = releases.map(r -> BreakingChangeReader.readBreakingChanges(v, r))
                .orElse(List.of());
        boolean rollout = releases.flatMap(r -> v.findField(r, "rolloutConfiguration",
                "releases.rolloutConfiguration")).filter(n -> !FieldValidator.isNull(n)).isPresent();
        if (v.hasFatalProblems()) {
            return Optional.empty();
        }
        return Optional.of(new Metadata(name.orElseThrow(), definitionId.orElseThrow(), type.orElseThrow(),
                repository.orElseThrow(), tag.orElseThrow(), license.orElseThrow(), docsUrl.orElseThrow(),
                issueLabel.orElseThrow(), subtype.orElseThrow(), stage.orElseThrow(), support, tags, icon,
                overrides, breaking, rollout, new FieldPositions(file, v.positions())));
    }

    private static List<RegistryOverride> readRegistryOverrides(FieldValidator v, YamlNode.Mapping data) {
        List<RegistryOverride> out = new ArrayList<>();
        Optional<YamlNode.Mapping> overrides = v.findMapping(data, "registryOverrides", "registryOverrides");
        for (String registry : REGISTRIES) {
            String path = "registryOverrides." + registry;
            overrides.flatMap(o -> v.findMapping(o, registry, path)).ifPresent(m -> {
                Optional<Boolean> enabled = v.requireBoolean(m, "enabled", path + ".enabled");
                String tagPath = path + ".dockerImageTag";
                Optional<Version> tag = v.findString(m, "dockerImageTag", tagPath)
                        .map(text -> Version.parse(text, v.positions().get(tagPath)));
                enabled.ifPresent(e -> out.add(new RegistryOverride(registry, e, tag, m.pos())));
            });
        }
        return out;
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
