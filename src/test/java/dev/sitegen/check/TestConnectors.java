package dev.sitegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorInputs;
import dev.sitegen.model.ConnectorSubtype;
import dev.sitegen.model.ConnectorType;
import dev.sitegen.model.Deadline;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.FieldPositions;
import dev.sitegen.model.IsoDates;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.MigrationGuide;
import dev.sitegen.model.MigrationSection;
import dev.sitegen.model.RegistryOverride;
import dev.sitegen.model.ReleaseStage;
import dev.sitegen.model.SemVers;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.SupportLevel;
import dev.sitegen.model.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.semver4j.Semver;

/**
 * Builds connectors for rule tests straight from model records, so the tests do not depend on the
 * markdown parsers. Every element sits at a fixed, documented line so tests can assert positions:
 * metadata fields at the {@code *_LINE} constants, changelog row {@code i} at {@link #rowLine(int)},
 * breaking change {@code i} at {@link #breakingLine(int)} (its deadline two lines below) and migration
 * section {@code i} at {@link #sectionLine(int)}.
 */
final class TestConnectors {

    static final String REPO = "https://github.com/acme/connectors";
    static final String HOST = "docs.example.com";
    static final CheckContext CONTEXT = new CheckContext(Optional.of(HOST), Optional.of(REPO));

    static final String METADATA = "connectors/source-foo/metadata.yaml";
    static final String DOC = "docs/integrations/sources/foo.md";
    static final String GUIDE = "docs/integrations/sources/foo-migrations.md";
    static final int TAG_LINE = 5;
    static final int DOC_URL_LINE = 7;
    static final int ICON_LINE = 9;
    static final int BREAKING_CHANGES_LINE = 20;

    private TestConnectors() {
    }

    static int rowLine(int index) {
        return 14 + index;
    }

    static int breakingLine(int index) {
        return 21 + 3 * index;
    }

    static int deadlineLine(int index) {
        return breakingLine(index) + 2;
    }

    static int sectionLine(int index) {
        return 3 + 4 * index;
    }

    static int overrideLine(String registry) {
        return registry.equals("oss") ? 12 : 15;
    }

    static Builder source() {
        return new Builder();
    }

    static List<Diagnostic> runRule(Rule rule, Connector c) {
        return runRule(rule, c, CONTEXT);
    }

    static List<Diagnostic> runRule(Rule rule, Connector c, CheckContext ctx) {
        List<Diagnostic> out = new ArrayList<>();
        rule.checkConnector(c, ctx, out);
        return out;
    }

    /** Exactly one diagnostic, of this rule and severity, at this file and line; returns it. */
    static Diagnostic assertSingle(List<Diagnostic> found, RuleInfo rule, Severity severity, String file, int line) {
        assertThat(found).as("diagnostics").hasSize(1);
        Diagnostic d = found.get(0);
        assertThat(d.rule()).isEqualTo(rule.id());
        assertThat(d.severity()).isEqualTo(severity);
        assertThat(d.pos().file()).isEqualTo(file);
        assertThat(d.pos().line()).isEqualTo(line);
        assertThat(d.connector()).isEqualTo("source-foo");
        assertThat(d.message()).isNotBlank();
        assertThat(d.hint()).isNotBlank();
        return d;
    }

    /** A connector {@code source-foo}, by default documented, at tag 1.0.0 with an empty changelog. */
    static final class Builder {
        private String tag = "1.0.0";
        private String docUrl = "https://" + HOST + "/integrations/sources/foo";
        private boolean hasDoc = true;
        private boolean hasChangelog = true;
        private final List<ChangelogEntry> rows = new ArrayList<>();
        private final List<BreakingChange> breaking = new ArrayList<>();
        private Optional<List<MigrationSection>> guide = Optional.empty();
        private final List<RegistryOverride> overrides = new ArrayList<>();
        private boolean rollout;
        private Optional<String> icon = Optional.empty();
        private Optional<String> iconFile = Optional.empty();
        private final Map<String, SourcePos> positions = new TreeMap<>();

        Builder tag(String value) {
            tag = value;
            return this;
        }

        Builder docUrl(String value) {
            docUrl = value;
            return this;
        }

        Builder noDoc() {
            hasDoc = false;
            return this;
        }

        Builder noChangelog() {
            hasChangelog = false;
            return this;
        }

        /** A well-formed row linking PR {@code 100 + index} of {@link #REPO}. */
        Builder row(String version, String date) {
            int pr = 100 + rows.size();
            return row(version, date, "[" + pr + "](" + REPO + "/pull/" + pr + ")", Optional.of(pr),
                    Optional.of(REPO + "/pull/" + pr));
        }

        Builder row(String version, String date, String rawPr, Optional<Integer> prNumber, Optional<String> prUrl) {
            return addRow(version, date, rawPr, prNumber, prUrl, Optional.empty());
        }

        /** A row with a shape problem whose cells are shifted: its date and link are junk too. */
        Builder malformedRow(String version, String problem) {
            return addRow(version, ":---", "[1](https://example.com/x)", Optional.of(1),
                    Optional.of("https://example.com/x"), Optional.of(problem));
        }

        private Builder addRow(String version, String date, String rawPr, Optional<Integer> prNumber,
                               Optional<String> prUrl, Optional<String> problem) {
            rows.add(new ChangelogEntry(version, parseVersion(version), date, parseDate(date), rawPr, prNumber, prUrl,
                    "change " + rows.size(), problem, SourcePos.at(DOC, rowLine(rows.size()), 1),
                    SourcePos.at(DOC, rowLine(rows.size()), 40)));
            return this;
        }

        Builder breaking(String version, String deadline) {
            return breaking(version, Optional.of(deadline));
        }

        Builder breaking(String version, Optional<String> deadline) {
            int i = breaking.size();
            positions.put("releases.breakingChanges", SourcePos.at(METADATA, BREAKING_CHANGES_LINE, 5));
            positions.put("releases.breakingChanges." + version, SourcePos.at(METADATA, breakingLine(i), 7));
            SourcePos deadlinePos = SourcePos.at(METADATA, deadlineLine(i), 26);
            deadline.ifPresent(d -> positions.put("releases.breakingChanges." + version + ".upgradeDeadline",
                    deadlinePos));
            SourcePos keyPos = SourcePos.at(METADATA, breakingLine(i), 7);
            breaking.add(new BreakingChange(Version.parse(version, keyPos), "Something breaks in " + version,
                    deadline.map(d -> Deadline.parse(d, deadlinePos)), Optional.empty(), Optional.empty(), List.of(),
                    keyPos));
            return this;
        }

        /** A migration guide whose sections are headed {@code Upgrading to <v>}, in this order. */
        Builder guide(String... sectionVersions) {
            List<MigrationSection> sections = new ArrayList<>();
            for (String v : sectionVersions) {
                sections.add(new MigrationSection(v, parseVersion(v), "Upgrading to " + v,
                        "upgrading-to-" + v.replace(".", ""), "upgrading-to-" + v,
                        SourcePos.at(GUIDE, sectionLine(sections.size()), 1)));
            }
            guide = Optional.of(sections);
            return this;
        }

        Builder override(String registry, String pinned) {
            SourcePos pinPos = SourcePos.at(METADATA, overrideLine(registry), 23);
            positions.put("registryOverrides." + registry + ".dockerImageTag", pinPos);
            overrides.add(new RegistryOverride(registry, true, Optional.of(Version.parse(pinned, pinPos)),
                    SourcePos.at(METADATA, overrideLine(registry) - 2, 5)));
            return this;
        }

        Builder rollout() {
            rollout = true;
            return this;
        }

        /** {@code icon: name}; {@code resolved} is what the loader found (the file, or icon.svg). */
        Builder icon(String name, Optional<String> resolved) {
            icon = Optional.of(name);
            iconFile = resolved;
            return this;
        }

        Connector build() {
            SourcePos tagPos = SourcePos.at(METADATA, TAG_LINE, 19);
            positions.put("dockerImageTag", tagPos);
            positions.put("documentationUrl", SourcePos.at(METADATA, DOC_URL_LINE, 21));
            icon.ifPresent(i -> positions.put("icon", SourcePos.at(METADATA, ICON_LINE, 9)));
            Metadata m = new Metadata("Foo", "0b0f4c4e-1d7a-4a8e-9a51-2f1f6c0e7a11", ConnectorType.SOURCE,
                    "acme/source-foo", Version.parse(tag, tagPos), "MIT", docUrl, "source-foo", ConnectorSubtype.API, ReleaseStage.BETA,
                    SupportLevel.COMMUNITY, List.of(), icon, overrides, breaking, rollout,
                    new FieldPositions(METADATA, positions));
            Optional<DocPage> doc = hasDoc
                    ? Optional.of(new DocPage(DOC, "integrations/sources/foo", "# Foo\n\n## Setup\n\nText.\n"))
                    : Optional.empty();
            Optional<Changelog> changelog = hasDoc && hasChangelog
                    ? Optional.of(new Changelog(Optional.empty(), SourcePos.at(DOC, 10, 1), 10,
                            rowLine(rows.size()), rows))
                    : Optional.empty();
            Optional<MigrationGuide> migrationGuide = guide.map(sections -> new MigrationGuide(
                    new DocPage(GUIDE, "integrations/sources/foo-migrations", "# Foo Migration Guide\n"), sections,
                    new TreeSet<>()));
            List<String> read = new ArrayList<>(List.of(METADATA));
            doc.ifPresent(d -> read.add(d.file()));
            migrationGuide.ifPresent(g -> read.add(g.page().file()));
            iconFile.ifPresent(read::add);
            return new Connector("source-foo", METADATA, m, "integrations/sources/foo", doc, changelog,
                    migrationGuide, iconFile, new ConnectorInputs(read, List.of()), Optional.empty());
        }

        private static Optional<Semver> parseVersion(String text) {
            return SemVers.parseVersion(text);
        }

        private static Optional<LocalDate> parseDate(String text) {
            return IsoDates.parseIsoDate(text.strip()).or(() -> lenientDate(text.strip()));
        }

        /** Like the changelog parser: 2025-05-8 is read as 8 May. */
        private static Optional<LocalDate> lenientDate(String text) {
            String[] parts = text.split("-");
            try {
                return parts.length == 3 && parts[0].length() == 4
                        ? Optional.of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                                Integer.parseInt(parts[2])))
                        : Optional.empty();
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
