package dev.sitegen.cli;

import dev.sitegen.build.CheckScope;
import dev.sitegen.build.OutputPolicy;
import dev.sitegen.check.Baseline;
import dev.sitegen.check.BaselineResult;
import dev.sitegen.config.ConfigException;
import dev.sitegen.model.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --baseline FILE} and {@code --write-baseline FILE} of {@code check}: adopting site-gen on a
 * repository with history means recording today's findings once and failing only on new ones.
 */
final class BaselineOptions {

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Hide the findings recorded in FILE; report and fail only on new ones.")
    Path baselineFile;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record every current finding in FILE (a partial run keeps FILE's other connectors).")
    Path writeFile;

    /** The baseline to apply, read before checking so a bad file fails fast. */
    Optional<Baseline> readBaseline() throws IOException, ConfigException {
        return baselineFile == null ? Optional.empty() : Optional.of(Baseline.readBaseline(baselineFile));
    }

    /** Refuses, before checking, a {@code --write-baseline} the output policy would not write. */
    void checkWriteFile(OutputPolicy policy) throws IOException, ConfigException {
        policy.checkFile(writeFile, "--write-baseline");
    }

    /** Writes {@code found} (all findings, not only the new ones) when asked to. */
    void writeIfAsked(List<Diagnostic> found, CheckScope scope, OutputPolicy policy, PrintWriter err)
            throws IOException, ConfigException {
        if (writeFile == null) {
            return;
        }
        Baseline current = Baseline.recordFindings(found);
        if (!scope.isAll() && Files.exists(writeFile)) {
            current = Baseline.readBaseline(writeFile).replaceScope(scope::includes, current);
        }
        policy.writeFile(writeFile, "--write-baseline", current.formatBaseline().getBytes(StandardCharsets.UTF_8));
        err.println("wrote baseline " + writeFile + ": " + current.countFindings() + " finding(s)");
    }

    /** Prints what the baseline did on stderr, one line, so the report on stdout stays clean. */
    void printOutcome(BaselineResult result, PrintWriter err) {
        err.println("baseline " + baselineFile + ": " + result.hidden() + " known finding(s) hidden, "
                + result.stale() + " stale (recorded but no longer found)"
                + (result.stale() > 0 ? "; refresh it with --write-baseline " + baselineFile : ""));
    }
}
