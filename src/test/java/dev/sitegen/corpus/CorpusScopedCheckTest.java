package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitegen.build.Build;
import dev.sitegen.build.CheckScope;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.testing.TestPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code check --only X} loads for X ({@code Build.load} with the checked set) and must report exactly
 * what the same check reports on a catalog loaded for every connector: rules and links, every field.
 */
class CorpusScopedCheckTest {

    @Test
    void checkOnlyLoadedForTheCheckedConnectorFindsWhatAFullLoadFinds() throws Exception {
        assumeTrue(TestPaths.findCorpus().isPresent(), "shared corpus not found beside the project: skipped");
        SiteLayout layout = SiteLayout.detect(TestPaths.findCorpus().get());
        try (Workers workers = new Workers(2)) {
            Build full = Build.load(layout, SiteConfigFile.readSiteConfig(layout), workers, Optional.empty());
            List<String> all = new ArrayList<>();
            for (String dir : List.of("source-postgres", "destination-s3", "source-faker")) {
                Build scoped = Build.load(layout, SiteConfigFile.readSiteConfig(layout), workers,
                        Optional.of(Set.of(dir)));
                List<String> expected = describe(full, dir);
                assertThat(describe(scoped, dir)).as(dir).isEqualTo(expected);
                assertThat(expected).as(dir).isNotEmpty();
                all.addAll(expected);
            }
            // the comparison means something: findings of both kinds (rules, links) are compared
            assertThat(all).anyMatch(f -> f.startsWith("broken-link ")).anyMatch(f -> !f.startsWith("broken-link "));
        }
    }

    private static List<String> describe(Build build, String dir) {
        CheckScope scope = CheckScope.of(List.of(dir));
        List<Diagnostic> found = new ArrayList<>(build.runChecks(scope));
        found.addAll(build.checkLinks(scope));
        found.sort(Diagnostic.REPORT_ORDER);
        return found.stream().map(d -> String.join(" ", d.rule(), d.severity().toString(), d.connector(),
                d.pos().toString(), d.message(), d.hint())).toList();
    }
}
