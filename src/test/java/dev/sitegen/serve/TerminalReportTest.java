package dev.sitegen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import dev.sitegen.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** serve's terminal: brief by default (errors, the rest counted), every finding with --verbose. */
class TerminalReportTest {

    private static final URI FEED = URI.create("http://127.0.0.1:4000/__site-gen/diagnostics.json");
    private static final Diagnostic ERROR = new Diagnostic("broken-link", Severity.ERROR, "source-alpha",
            SourcePos.at("docs/integrations/sources/alpha.md", 5, 10), "link './gamma.md' leads nowhere", "");
    private static final Diagnostic WARNING = new Diagnostic("changelog-date", Severity.WARNING, "source-alpha",
            SourcePos.at("docs/integrations/sources/alpha.md", 11, 1), "bad date", "");
    private static final Diagnostic INFO = new Diagnostic("broken-link", Severity.INFO, "source-alpha",
            SourcePos.at("docs/integrations/sources/alpha.md", 5, 44), "link 'https://x.example/' is unverifiable", "");
    private static final List<Diagnostic> ALL = List.of(ERROR, WARNING, INFO);

    private static List<String> printFirst(boolean verbose) throws Exception {
        StringWriter text = new StringWriter();
        SiteLayout layout = SiteLayout.detect(TestPaths.fixtureSite("check-and-link-errors"));
        new TerminalReport(new PrintWriter(text), layout, FEED, verbose).printFirst("built 2 pages", 1, ALL);
        return text.toString().lines().toList();
    }

    @Test
    void theFirstBuildListsItsErrorsAndCountsTheRest() throws Exception {
        List<String> lines = printFirst(false);

        assertThat(lines).first().isEqualTo("built 2 pages");
        assertThat(lines).contains("docs/integrations/sources/alpha.md:5:10: error[broken-link]: link './gamma.md' "
                + "leads nowhere", "1 connector(s) checked: 1 error(s), 1 warning(s), 1 info",
                "2 more finding(s) not shown here; see " + FEED + " or the pages");
        assertThat(lines).noneMatch(line -> line.contains("warning[") || line.contains("info["));
    }

    @Test
    void verboseListsEveryFindingOfTheFirstBuild() throws Exception {
        List<String> lines = printFirst(true);

        assertThat(lines).containsSubsequence("1 error(s) in 1 file(s):", "1 warning(s) in 1 file(s):",
                "1 info finding(s) in 1 file(s):", "docs/integrations/sources/alpha.md:5:44: info[broken-link]: "
                        + "link 'https://x.example/' is unverifiable");
        assertThat(lines).noneMatch(line -> line.contains("not shown here") || line.contains("not listed"));
    }
}
