package dev.sitegen.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which command lines bin/site-gen hands to the daemon. */
class DaemonClientTest {

    @Test
    void buildAndCheckGoToTheDaemon() {
        assertThat(DaemonClient.shouldRoute(new String[] {"build", "content"}, Map.of())).isTrue();
        assertThat(DaemonClient.shouldRoute(new String[] {"check", "--only", "x"}, Map.of("SITE_GEN_DAEMON", "on")))
                .isTrue();
        assertThat(DaemonClient.shouldRoute(new String[] {"check"}, Map.of("CI", ""))).isTrue();
    }

    @Test
    void otherCommandsNoDaemonOffAndCiRunInProcess() {
        assertThat(DaemonClient.shouldRoute(new String[0], Map.of())).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"serve", "content"}, Map.of())).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"daemon", "status"}, Map.of())).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"--version"}, Map.of())).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"content", "build"}, Map.of())).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"build", "content", "--no-daemon"}, Map.of())).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"check"}, Map.of("SITE_GEN_DAEMON", "off"))).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"check"}, Map.of("CI", "true"))).isFalse();
    }

    @Test
    void nothingListeningIsNotRunningSoTheCallerStartsOneOrRunsItself() {
        java.nio.file.Path missing = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "no-such-site-gen.sock");
        int code = DaemonClient.send(missing, new Request(Wire.STATUS, "x", "", Map.of(), java.util.List.of()),
                java.io.OutputStream.nullOutputStream(), java.io.OutputStream.nullOutputStream());
        assertThat(code).isEqualTo(DaemonClient.NOT_RUNNING);
    }
}
