package dev.sitegen.cli;

import static dev.sitegen.cli.BuildOutputTest.assertBuilt;
import static dev.sitegen.cli.BuildOutputTest.build;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.InputEdits;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --changed-since} and the build's up-to-date check answer the same edits ({@link InputEdits}) from
 * the same list of each connector's inputs: the touched connectors are exactly the edit's, and the build
 * is up to date exactly when the edit rebuilds nothing (a file of a connector's folder that no page reads
 * touches the connector's release, so --changed-since names it, but no page). Serve's side is {@code serve/ChangeClassifierTest}.
 */
class InputEditsTest {

    private static final Pattern CHANGED = Pattern.compile("changed since HEAD: (\\d+) connector\\(s\\)(?:: (.*))?");

    @Test
    void changedSinceAndTheUpToDateCheckAgreeOnEachEdit(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(ChangedSinceTest.isGitAvailable(), "git is not on PATH");
        tmp = tmp.toRealPath();
        Path root = InputEdits.prepareSite(tmp);
        Path site = tmp.resolve("site");
        ChangedSinceTest.runGit(root, "init", "-q");
        commit(root, "prepared");
        assertBuilt(build(root, site, "--fail-on", "never"));

        for (InputEdits.Edit edit : InputEdits.listEdits()) {
            edit.applyTo(root);

            CliRun check = CliRun.runCli("check", root.toString(), "--changed-since", "HEAD", "--fail-on", "never");
            CliRun rebuilt = build(root, site, "--fail-on", "never");

            assertThat(readChanged(check.err())).as(edit.name() + ": " + check.err()).isEqualTo(edit.touched());
            assertBuilt(rebuilt);
            assertThat(rebuilt.err().contains(UpToDateBuildTest.UP_TO_DATE)).as(edit.name() + ": " + rebuilt.err())
                    .isEqualTo(!edit.rebuilds());
            commit(root, edit.name());
        }
    }

    private static Set<String> readChanged(String err) {
        Matcher m = CHANGED.matcher(err);
        assertThat(m.find()).as(err).isTrue();
        Set<String> out = new TreeSet<>();
        if (m.group(2) != null) {
            out.addAll(Set.of(m.group(2).strip().split(", ")));
        }
        assertThat(out).hasSize(Integer.parseInt(m.group(1)));
        return out;
    }

    private static void commit(Path root, String message) throws Exception {
        ChangedSinceTest.runGit(root, "add", "-A");
        ChangedSinceTest.runGit(root, "-c", "user.name=Site Gen Test", "-c", "user.email=test@example.invalid",
                "-c", "commit.gpgsign=false", "commit", "-q", "--allow-empty", "-m", message);
    }
}
