package dev.sitegen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitegen.config.ConfigException;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fingerprints that survive unrelated edits, multiset matching, stale entries and the file format. */
class BaselineTest {

    private static final String DOC = "docs/integrations/sources/apple.md";

    private static Diagnostic row(String rule, int line, String message) {
        return new Diagnostic(rule, Severity.ERROR, "source-apple", SourcePos.at(DOC, line, 1), message, "fix it");
    }

    @Test
    void subjectDropsLineAndColumnNumbersButKeepsVersions() {
        assertThat(BaselineKey.normalizeSubject("changelog row 1.1.0 repeats the version of the row above it (line 12)"))
                .isEqualTo("changelog row 1.1.0 repeats the version of the row above it (line #)");
        assertThat(BaselineKey.normalizeSubject("add a row above docs/x.md:7 (the first row)"))
                .isEqualTo("add a row above docs/x.md (the first row)");
        assertThat(BaselineKey.normalizeSubject("duplicate key 'a' at metadata.yaml:3:5, lines 3-5, column 9"))
                .isEqualTo("duplicate key 'a' at metadata.yaml, lines #, column #");
        assertThat(BaselineKey.normalizeSubject("upgradeDeadline 2024-07-01 of  breaking change 2.0.0"))
                .isEqualTo("upgradeDeadline 2024-07-01 of breaking change 2.0.0");
    }

    @Test
    void movedFindingKeepsItsKeyAndFingerprint() {
        BaselineKey before = BaselineKey.computeKey(row("changelog-duplicate", 13, "row 1.1.0 repeats (line 12)"));
        BaselineKey after = BaselineKey.computeKey(row("changelog-duplicate", 14, "row 1.1.0 repeats (line 13)"));

        assertThat(after).isEqualTo(before);
        assertThat(after.computeFingerprint()).isEqualTo(before.computeFingerprint()).hasSize(32);
        assertThat(BaselineKey.computeKey(row("changelog-order", 14, "row 1.1.0 repeats (line 13)"))
                .computeFingerprint()).isNotEqualTo(before.computeFingerprint());
    }

    @Test
    void matchesAsAMultisetAndCountsStaleEntriesInScope() {
        Diagnostic date = row("changelog-date", 12, "changelog date '2024-03-1' is not a YYYY-MM-DD date");
        Diagnostic gone = new Diagnostic("changelog-date", Severity.WARNING, "source-berry", SourcePos.ofFile("b.md"),
                "old", "");
        Baseline baseline = Baseline.recordFindings(List.of(date, gone));

        BaselineResult twice = baseline.applyBaseline(List.of(date, row("changelog-date", 20, date.message())),
                c -> true);
        assertThat(twice.shown()).extracting(d -> d.pos().line()).containsExactly(20);
        assertThat(twice.hidden()).isEqualTo(1);
        assertThat(twice.stale()).isEqualTo(1);

        BaselineResult appleOnly = baseline.applyBaseline(List.of(date), "source-apple"::equals);
        assertThat(appleOnly.shown()).isEmpty();
        assertThat(appleOnly.stale()).isZero();
    }

    @Test
    void writesSortedCountsAndReadsThemBack(@TempDir Path tmp) throws Exception {
        Diagnostic date = row("changelog-date", 12, "changelog date '2024-03-1' is not a YYYY-MM-DD date");
        Diagnostic order = row("changelog-order", 3, "row 2.0.0 is newer than the row above it");
        Baseline baseline = Baseline.recordFindings(List.of(order, date, row("changelog-date", 15, date.message())));
        Path file = tmp.resolve("sub/baseline.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, baseline.formatBaseline());
        String written = Files.readString(file);

        assertThat(written).containsSubsequence("\"version\" : 1", "\"rule\" : \"changelog-date\"", "\"count\" : 2",
                "\"rule\" : \"changelog-order\"", "\"count\" : 1");
        Baseline read = Baseline.readBaseline(file);
        assertThat(read.countFindings()).isEqualTo(3);
        Path again = tmp.resolve("again.json");
        assertThat(read.formatBaseline()).isEqualTo(written);
    }

    @Test
    void replaceScopeKeepsTheConnectorsAPartialRunDidNotCheck() {
        Diagnostic apple = row("changelog-date", 12, "old apple finding");
        Diagnostic berry = new Diagnostic("docs-missing", Severity.ERROR, "source-berry", SourcePos.ofFile("m.yaml"),
                "no doc", "");
        Baseline old = Baseline.recordFindings(List.of(apple, berry));

        Baseline merged = old.replaceScope("source-apple"::equals, Baseline.recordFindings(List.of()));

        assertThat(merged.counts().keySet()).extracting(BaselineKey::connector).containsExactly("source-berry");
    }

    @Test
    void missingOrMalformedFileAbortsWithContext(@TempDir Path tmp) throws Exception {
        assertThatThrownBy(() -> Baseline.readBaseline(tmp.resolve("none.json")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("no such baseline file");
        Path notJson = Files.writeString(tmp.resolve("bad.json"), "{oops");
        assertThatThrownBy(() -> Baseline.readBaseline(notJson))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not a site-gen baseline: not JSON");
        Path badCount = Files.writeString(tmp.resolve("count.json"), "{\"version\":1,\"findings\":[{\"rule\":\"r\","
                + "\"connector\":\"c\",\"file\":\"f\",\"subject\":\"s\",\"count\":0}]}");
        assertThatThrownBy(() -> Baseline.readBaseline(badCount))
                .isInstanceOf(ConfigException.class).hasMessageContaining("findings[0].count");
    }
}
