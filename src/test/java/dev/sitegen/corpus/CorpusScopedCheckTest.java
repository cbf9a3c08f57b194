package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.build.Build;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.testing.CheckedFindings;
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
        SiteLayout layout = SiteLayout.detect(TestPaths.requireCorpus());
        try (Workers workers = new Workers(2)) {
            Build full = Build.load(layout, SiteConfigFile.readSiteConfig(layout), workers, Optional.empty());
            List<String> all = new ArrayList<>();
            for (String dir : List.of("source-postgres", "destination-s3", "source-faker")) {
                Build scoped = Build.load(layout, SiteConfigFile.readSiteConfig(layout), workers,
                        Optional.of(Set.of(dir)));
                List<String> expected = CheckedFindings.describeFindings(full, dir);
                assertThat(CheckedFindings.describeFindings(scoped, dir)).as(dir).isEqualTo(expected);
                assertThat(expected).as(dir).isNotEmpty();
                all.addAll(expected);
            }
            // the comparison means something: findings of both kinds (rules, links) are compared
            assertThat(all).anyMatch(f -> f.startsWith("broken-link ")).anyMatch(f -> !f.startsWith("broken-link "));
        }
    }
}
