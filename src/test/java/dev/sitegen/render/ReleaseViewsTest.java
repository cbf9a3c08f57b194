package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The releases page's latest releases: cutting each connector's list at the catalog's cutoff date
 * before merging (so the feeds' pass never holds every release) picks the same releases, in the same
 * order, as merging them all.
 */
class ReleaseViewsTest {

    @Test
    void cuttingAtTheCutoffKeepsTheSameLatestReleasesWithTies() {
        Random random = new Random(14);
        List<List<ReleaseView>> byConnector = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            List<ReleaseView> own = new ArrayList<>();
            for (int v = 0; v < 20; v++) {
                // few distinct dates, so many releases tie on the cutoff date itself
                LocalDate date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(40));
                dates.add(date);
                own.add(release("source-c" + c, "1." + v + ".0", date));
            }
            byConnector.add(own);
        }
        Optional<LocalDate> cutoff = ReleaseViews.findCutoff(new ArrayList<>(dates));
        assertThat(cutoff).isPresent();

        List<List<ReleaseView>> cut = byConnector.stream().map(own -> ReleaseViews.keepLatest(own, cutoff)).toList();

        assertThat(cut.stream().mapToInt(List::size).sum()).isLessThan(dates.size() / 2);
        List<ReleaseView> expected = ReleaseViews.listLatestReleases(byConnector);
        assertThat(expected).hasSize(ReleaseViews.LIMIT);
        assertThat(ReleaseViews.listLatestReleases(cut)).containsExactlyElementsOf(expected);
    }

    @Test
    void noCutoffWhileTheCatalogHasAtMostTheLimit() {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < ReleaseViews.LIMIT; i++) {
            dates.add(LocalDate.of(2024, 1, 1).plusDays(i));
        }
        assertThat(ReleaseViews.findCutoff(new ArrayList<>(dates))).isEmpty();
        dates.add(LocalDate.of(2020, 1, 1));
        assertThat(ReleaseViews.findCutoff(dates)).contains(LocalDate.of(2024, 1, 1));
    }

    private static ReleaseView release(String dir, String version, LocalDate date) {
        return new ReleaseView(dir, dir, "p/#v" + version, version, date.toString(), "minor", false, List.of(),
                "subject");
    }
}
