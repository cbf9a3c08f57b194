package dev.sitegen.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.semver4j.Semver;

class NextVersionTest {

    private final List<String> problems = new ArrayList<>();

    private String next(String current, BumpKind kind, boolean rc) {
        Optional<Semver> v = NextVersion.computeNext(new Semver(current), kind, rc, problems);
        return v.map(Semver::getVersion).orElse("refused");
    }

    @Test
    void releasesMoveOneComponent() {
        assertThat(next("1.3.2", BumpKind.PATCH, false)).isEqualTo("1.3.3");
        assertThat(next("1.3.2", BumpKind.MINOR, false)).isEqualTo("1.4.0");
        assertThat(next("1.3.2", BumpKind.MAJOR, false)).isEqualTo("2.0.0");
        assertThat(next("0.4.2", BumpKind.MAJOR, false)).isEqualTo("1.0.0");
        assertThat(problems).isEmpty();
    }

    @Test
    void candidatesCountUpAndRelease() {
        assertThat(next("1.4.0-rc.1", BumpKind.RC, false)).isEqualTo("1.4.0-rc.2");
        assertThat(next("1.4.0-rc.9", BumpKind.RC, false)).isEqualTo("1.4.0-rc.10");
        assertThat(next("1.3.2", BumpKind.RC, false)).isEqualTo("1.3.3-rc.1");
        assertThat(next("1.3.2", BumpKind.PATCH, true)).isEqualTo("1.3.3-rc.1");
        assertThat(next("1.3.2", BumpKind.MINOR, true)).isEqualTo("1.4.0-rc.1");
        assertThat(next("1.4.0-rc.2", BumpKind.RELEASE, false)).isEqualTo("1.4.0");
        assertThat(problems).isEmpty();
    }

    @Test
    void refusesWhatHasNoClearNextVersion() {
        assertThat(next("1.4.0-rc.1", BumpKind.PATCH, false)).isEqualTo("refused");
        assertThat(next("1.4.0-beta", BumpKind.RC, false)).isEqualTo("refused");
        assertThat(next("1.4.0", BumpKind.RELEASE, false)).isEqualTo("refused");
        assertThat(next("1.4.0", BumpKind.MAJOR, true)).isEqualTo("refused");
        assertThat(problems).hasSize(4);
        assertThat(problems.get(1)).contains("not 'X.Y.Z-rc.N'");
    }
}
