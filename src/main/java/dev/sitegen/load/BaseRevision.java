package dev.sitegen.load;

import dev.sitegen.markdown.ChangelogParser;
import dev.sitegen.model.BaseCatalog;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorChange;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Metadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the changed connectors as they were at a git ref, without a checkout: each one's
 * {@code metadata.yaml} and doc at the commit the ref named ({@link BaseCommit}) come from one
 * {@code git cat-file --batch} run ({@link GitBlobs}; none when a long-lived process kept them), with its spec
 * candidates, and are parsed by the loaders the work tree uses
 * ({@link MetadataReader}, {@link ChangelogParser}, {@link BaseSpecReader}), so a value at the ref means
 * what it means today. A file absent at the ref
 * (a new connector, a new doc) gives nothing to compare. The caller has checked that ROOT is in a work
 * tree and the ref is known.
 */
public final class BaseRevision {

    private BaseRevision() {
    }

    /**
     * @param ref          the ref as the user named it
     * @param commit       the commit it named when the changed files were listed
     * @param changedFiles every file that differs from {@code ref}, relative to {@code root}
     * @param connectors   the changed connectors' folder names; those without valid metadata today are skipped
     * @param environment  the caller's environment, git's ({@link ChildProcesses})
     */
    public static BaseCatalog readBase(Path root, String ref, BaseCommit commit, Catalog catalog,
                                       Collection<String> changedFiles, Collection<String> connectors,
                                       Map<String, String> environment)
            throws IOException {
        List<Connector> changed = connectors.stream().sorted().map(catalog::findConnector)
                .flatMap(Optional::stream).toList();
        List<String> paths = new ArrayList<>();
        for (Connector c : changed) {
            paths.add(c.metadataFile());
            c.doc().ifPresent(d -> paths.add(d.file()));
            // every candidate is asked for: git answers "missing" for those absent at the ref
            paths.addAll(BaseSpecReader.listCandidateFiles(c.folder(), c.dir()));
        }
        Map<String, byte[]> atRef = GitBlobs.readBlobs(root, commit, new TreeSet<>(paths), environment);
        Map<String, ConnectorChange> out = new TreeMap<>();
        for (Connector c : changed) {
            out.put(c.dir(), describeChange(root, c, changedFiles, atRef));
        }
        return new BaseCatalog(ref, out);
    }

    private static ConnectorChange describeChange(Path root, Connector c, Collection<String> changedFiles,
                                                  Map<String, byte[]> atRef) {
        String folder = c.folder();
        List<String> inFolder = changedFiles.stream().filter(f -> f.startsWith(folder)).sorted().toList();
        Optional<String> baseText = readText(atRef, c.metadataFile());
        Optional<Metadata> metadata = baseText
                .flatMap(t -> MetadataReader.readMetadata(c.dir(), c.metadataFile(), t).metadata());
        Optional<Changelog> changelog = c.doc().flatMap(d -> readText(atRef, d.file())
                .flatMap(t -> CatalogLoader.selectChangelog(
                        ChangelogParser.parseChangelogs(new DocPage(d.file(), d.urlPath(), t)), c.dir())));
        boolean beyondOverrides = inFolder.contains(c.metadataFile())
                && differsBeyondOverrides(c.metadataFile(), baseText, readWorkTree(root, c.metadataFile()));
        return new ConnectorChange(c.dir(), inFolder, beyondOverrides, metadata, changelog,
                BaseSpecReader.readBaseSpec(c.dir(), folder, atRef));
    }

    private static Optional<String> readText(Map<String, byte[]> atRef, String file) {
        return Optional.ofNullable(atRef.get(file)).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /**
     * Whether two versions of a metadata file differ once {@code data.registryOverrides} is set aside:
     * compared as YAML values (positions, comments and layout ignored), so re-indenting is no change
     * but any key the site does not read still is one. A side that does not parse counts as different.
     */
    static boolean differsBeyondOverrides(String file, Optional<String> before, Optional<String> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return true;
        }
        try {
            YamlTreeReader reader = new YamlTreeReader(file);
            return !describeValue(reader.readTree(before.get()), 0)
                    .equals(describeValue(reader.readTree(after.get()), 0));
        } catch (YamlSyntaxException e) {
            return true;
        }
    }

    /** A node as plain values (maps, lists, text), without {@code registryOverrides} under {@code data}. */
    private static Object describeValue(YamlNode node, int depth) {
        if (node instanceof YamlNode.Scalar s) {
            return List.of(s.kind().name(), s.text());
        }
        if (node instanceof YamlNode.Sequence s) {
            return s.items().stream().map(i -> describeValue(i, depth + 1)).toList();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        new TreeMap<>(((YamlNode.Mapping) node).entries()).forEach((key, entry) -> {
            if (!(depth == 1 && key.equals("registryOverrides"))) {
                values.put(key, describeValue(entry.value(), depth + 1));
            }
        });
        return values;
    }

    private static Optional<String> readWorkTree(Path root, String relative) {
        try {
            return Optional.of(Files.readString(root.resolve(relative), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
