package dev.sitegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.semver4j.Semver;

/** The one version parser, on every odd form the corpus and hand-written metadata hold. */
class SemVersTest {

    private static final SourcePos POS = SourcePos.at("connectors/source-foo/metadata.yaml", 5, 19);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.2.3|1.2.3",
            "`1.2.3`|1.2.3",
            "`1.2.3|1.2.3",
            "1.`2`.3|1.2.3",
            "'  1.2.3 \t'|1.2.3",
            "` 1.2.3 `|1.2.3",
            "3.7.2-rc.1|3.7.2-rc.1",
            "1.0.0-alpha.beta|1.0.0-alpha.beta",
            "1.2.3+build.5|1.2.3+build.5",
            "0.0.0|0.0.0"})
    void readsVersionsWithoutBackticksAndSurroundingSpace(String text, String expected) {
        assertThat(SemVers.parseVersion(text).map(Semver::getVersion)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1.2.3", "V1.2.3", "`v1.2.3`", "=1.2.3", "0.1.3.", "2.0.0.rc4", "1.2", "1", "01.2.3",
            "1.2.3-rc.01", "1.2.3-", "1.2.3 rc", "(none)", "unpublished", "", "   ", "``",
            "99999999999999999999.0.0"})
    void refusesWhatIsNoStrictSemver(String text) {
        assertThat(SemVers.parseVersion(text)).as(text).isEmpty();
    }

    @Test
    void refusesLeadingVWhichSemver4jAloneAccepts() {
        assertThat(Semver.parse("v1.2.3")).as("why the digit check is there").isNotNull();
        assertThat(SemVers.parseVersion("v1.2.3")).isEmpty();
    }

    @Test
    void readsPrereleaseAndBuildParts() {
        Semver rc = SemVers.parseVersion("`3.7.2-rc.1`").orElseThrow();
        assertThat(rc.getPreRelease()).containsExactly("rc", "1");
        Semver built = SemVers.parseVersion("1.2.3+build.5").orElseThrow();
        assertThat(built.compareTo(new Semver("1.2.3"))).as("build metadata has no precedence").isZero();
    }

    @Test
    void judgesMajorShapes() {
        assertThat(SemVers.isMajorShape(new Semver("2.0.0"))).isTrue();
        assertThat(SemVers.isMajorShape(new Semver("0.5.0"))).isTrue();
        assertThat(SemVers.isMajorShape(new Semver("2.1.0"))).isFalse();
        assertThat(SemVers.isMajorShape(new Semver("2.0.1"))).isFalse();
        assertThat(SemVers.isMajorShape(new Semver("0.0.0"))).isFalse();
        assertThat(SemVers.isMajorShape(new Semver("2.0.0-rc.1"))).isFalse();
        assertThat(SemVers.isStrictMajor(new Semver("0.5.0"))).isFalse();
        assertThat(SemVers.isStrictMajor(new Semver("1.0.0"))).isTrue();
        assertThat(SemVers.isStrictMajor(new Semver("1.0.0-rc.1"))).isFalse();
        assertThat(SemVers.isStrictMajor(new Semver("1.1.0"))).isFalse();
    }

    @Test
    void versionKeepsItsTextAndPosition() {
        Version odd = Version.parse("2.0.0.rc4", POS);
        assertThat(odd.raw()).isEqualTo("2.0.0.rc4");
        assertThat(odd.semver()).isEmpty();
        assertThat(odd.pos()).isEqualTo(POS);

        Version ticked = Version.parse("`2.0.0`", POS);
        assertThat(ticked.raw()).isEqualTo("`2.0.0`");
        assertThat(ticked.semver()).contains(new Semver("2.0.0"));
    }

    @Test
    void deadlineIsADateOnlyWhenWrittenAsARealZeroPaddedDate() {
        assertThat(Deadline.parse("2024-07-14", POS))
                .isEqualTo(new Deadline("2024-07-14", Optional.of(LocalDate.of(2024, 7, 14)), POS));
        assertThat(Deadline.parse(" 2024-07-14 ", POS).date()).contains(LocalDate.of(2024, 7, 14));
        for (String garbage : List.of("14/07/2024", "2024-7-14", "2024-02-30", "2024-13-01", "July 14, 2024",
                "2024-07-14T00:00:00Z", "+12024-07-14", "soon", "")) {
            Deadline d = Deadline.parse(garbage, POS);
            assertThat(d.date()).as(garbage).isEmpty();
            assertThat(d.raw()).isEqualTo(garbage);
            assertThat(d.pos()).isEqualTo(POS);
        }
    }
}
