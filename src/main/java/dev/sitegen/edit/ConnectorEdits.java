package dev.sitegen.edit;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.SitePaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * Computes the new text of each file a bump touches, in memory: metadata.yaml (version, rollout
 * configuration for a candidate, breaking change), the changelog doc (new top row) and, for a
 * breaking change, the migration guide (new section, or a new guide beside the doc). Files are listed
 * in that order; one that ends up unchanged is left out.
 */
final class ConnectorEdits {

    private final SiteLayout layout;
    private final Path root;
    private final Connector connector;
    private final BumpRequest request;
    private final Semver next;

    ConnectorEdits(SiteLayout layout, Connector connector, BumpRequest request, Semver next) {
        this.layout = layout;
        this.root = layout.root();
        this.connector = connector;
        this.request = request;
        this.next = next;
    }

    List<FileChange> editFiles(String repositoryUrl, List<String> problems) throws IOException {
        List<FileChange> changes = new ArrayList<>();
        editMetadata(problems).ifPresent(changes::add);
        editChangelog(repositoryUrl, problems).ifPresent(changes::add);
        if (request.breaking().isPresent()) {
            editMigrationGuide(problems).ifPresent(changes::add);
        }
        return changes.stream().filter(c -> !c.before().equals(Optional.of(c.after()))).toList();
    }

    private Optional<FileChange> editMetadata(List<String> problems) throws IOException {
        Optional<SourceText> source = SourceText.readSource(root, connector.metadataFile(), problems);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Metadata m = connector.metadata();
        TextLines lines = TextLines.splitLines(source.get().body());
        TagEdit.setTag(lines, m.imageTag().pos(), m.dockerImageTag(), next.getVersion(), problems);
        if (!next.getPreRelease().isEmpty() && !m.rolloutConfigured()) {
            ReleasesEdit.addRollout(lines, connector.metadataFile(), problems);
        }
        request.breaking().ifPresent(b -> ReleasesEdit.addBreakingChange(lines, connector.metadataFile(),
                new BreakingEntry(next.getVersion(), chooseBreakingMessage(b), b.deadline(), b.streams()), problems));
        return Optional.of(source.get().changeTo(lines.joinLines()));
    }

    private Optional<FileChange> editChangelog(String repositoryUrl, List<String> problems) throws IOException {
        Changelog table = connector.changelog().orElseThrow();
        Optional<SourceText> source = SourceText.readSource(root, table.pos().file(), problems);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        TextLines lines = TextLines.splitLines(source.get().body());
        List<ChangelogEdit.NewRow> rows = new ArrayList<>();
        rows.add(new ChangelogEdit.NewRow(next.getVersion(), request.date(), request.pullRequest(), repositoryUrl,
                request.message()));
        if (request.documentGap()) {
            String current = connector.metadata().dockerImageTag();
            rows.add(new ChangelogEdit.NewRow(current, request.date(), request.pullRequest(), repositoryUrl,
                    describeGap(current)));
        }
        ChangelogEdit.insertRows(lines, table, rows, problems);
        return Optional.of(source.get().changeTo(lines.joinLines()));
    }

    private Optional<FileChange> editMigrationGuide(List<String> problems) throws IOException {
        BumpRequest.Breaking b = request.breaking().orElseThrow();
        MigrationGuideEdit.Section section = new MigrationGuideEdit.Section(next.getVersion(),
                connector.metadata().connectorType().yamlName(), chooseBreakingMessage(b), b.deadline(), b.streams());
        if (connector.migrationGuide().isEmpty()) {
            String file = resolveGuideFile();
            String newline = TextLines.splitLines(connector.doc().orElseThrow().markdown()).newline();
            String text = MigrationGuideEdit.createGuide(connector.metadata().name(), section, newline);
            return Optional.of(new FileChange(file, root.resolve(file), Optional.empty(), text));
        }
        String file = connector.migrationGuide().get().page().file();
        Optional<SourceText> source = SourceText.readSource(root, file, problems);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        TextLines lines = TextLines.splitLines(source.get().body());
        MigrationGuideEdit.insertSection(lines, connector.migrationGuide().get(), section);
        return Optional.of(source.get().changeTo(lines.joinLines()));
    }

    /** Where the loader looks for the guide: {@code <page path>-migrations.md} under the docs folder. */
    private String resolveGuideFile() {
        return layout.relativize(layout.docsDir().resolve(SitePaths.docFileOf(SitePaths.migrationGuidePathOf(connector.pagePath()))));
    }

    /** The subject of the row {@code --document-gap} adds: says it was written after the fact, and by which bump. */
    private String describeGap(String current) {
        return "Released as " + current + " without a changelog row; row added with " + next.getVersion();
    }

    /** The breaking change's own message, else the changelog subject. */
    private String chooseBreakingMessage(BumpRequest.Breaking b) {
        return b.message().isBlank() ? request.message() : b.message();
    }
}
