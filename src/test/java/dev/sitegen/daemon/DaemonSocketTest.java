package dev.sitegen.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the daemon's socket lives, which folders are refused, and what makes two site-gens the same. */
class DaemonSocketTest {

    @TempDir
    Path tmp;

    @Test
    void theSocketLivesInAPrivateFolderOfTheRuntimeDir() throws Exception {
        DaemonSocket socket = DaemonSocket.requireSocket(Map.of("XDG_RUNTIME_DIR", tmp.toString()));
        Path folder = tmp.resolve("site-gen");
        assertThat(socket.path().getParent()).isEqualTo(folder);
        assertThat(socket.path().getFileName().toString()).matches("[0-9a-f]{16}\\.sock");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(socket.logFile().getFileName().toString()).endsWith(".sock.log");
    }

    @Test
    void aFolderOthersCanEnterIsRefused() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("site-gen"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThatThrownBy(() -> DaemonSocket.requireSocket(Map.of("XDG_RUNTIME_DIR", tmp.toString())))
                .isInstanceOf(IOException.class).hasMessageContaining("rwxr-xr-x");
    }

    @Test
    void aLinkedFolderIsRefused() throws Exception {
        Path real = Files.createDirectory(tmp.resolve("elsewhere"));
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwx------"));
        Files.createSymbolicLink(tmp.resolve("site-gen"), real);
        assertThatThrownBy(() -> DaemonSocket.requireSocket(Map.of("XDG_RUNTIME_DIR", tmp.toString())))
                .isInstanceOf(IOException.class).hasMessageContaining("link");
    }

    @Test
    void aPathTooLongForASocketIsRefused() throws Exception {
        Path deep = Files.createDirectories(tmp.resolve("d".repeat(90)));
        assertThatThrownBy(() -> DaemonSocket.requireSocket(Map.of("XDG_RUNTIME_DIR", deep.toString())))
                .isInstanceOf(IOException.class).hasMessageContaining("too long");
    }

    @Test
    void localeAndTimeZoneSettingsMakeAnotherDaemon() throws Exception {
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", tmp.toString(), "TZ", "UTC", "LANG", "C.UTF-8");
        Path socket = DaemonSocket.requireSocket(env).path();
        assertThat(DaemonSocket.requireSocket(Map.of("XDG_RUNTIME_DIR", tmp.toString(), "TZ", "UTC", "LANG",
                "C.UTF-8", "HOME", "/elsewhere")).path()).isEqualTo(socket);
        assertThat(DaemonSocket.requireSocket(Map.of("XDG_RUNTIME_DIR", tmp.toString(), "TZ", "Europe/Berlin",
                "LANG", "C.UTF-8")).path()).isNotEqualTo(socket);
        assertThat(DaemonSocket.requireSocket(Map.of("XDG_RUNTIME_DIR", tmp.toString(), "TZ", "UTC", "LANG",
                "C.UTF-8", "LC_ALL", "de_DE.UTF-8")).path()).isNotEqualTo(socket);
        assertThat(DaemonSocket.requireSocket(Map.of("XDG_RUNTIME_DIR", tmp.toString(), "TZ", "UTC", "LANG",
                "C.UTF-8", "SITE_GEN_JAVA_OPTS", "-Xmx1g")).path()).isNotEqualTo(socket);
    }

    @Test
    void aRebuiltJarIsAnotherIdentity() throws Exception {
        Path jar = Files.writeString(tmp.resolve("site-gen.jar"), "one");
        String before = DaemonSocket.describeIdentity(jar, Map.of(), new java.util.Properties());
        Files.writeString(jar, "other");
        assertThat(DaemonSocket.describeIdentity(jar, Map.of(), new java.util.Properties())).isNotEqualTo(before);
        assertThat(DaemonSocket.digest(before)).hasSize(16).isNotEqualTo(DaemonSocket.digest(before + " "));
    }

    @Test
    void whatChangesAJvmsOutputMakesAnotherIdentity() throws Exception {
        Path jar = Files.writeString(tmp.resolve("site-gen.jar"), "one");
        Properties props = new Properties();
        props.setProperty("file.encoding", "UTF-8");
        String base = DaemonSocket.describeIdentity(jar, Map.of("LANG", "C.UTF-8"), props);
        assertThat(DaemonSocket.describeIdentity(jar, Map.of("LANG", "C.UTF-8", "HOME", "/elsewhere"), props))
                .isEqualTo(base);
        // JDK 17 derives file.encoding and sun.jnu.encoding from LC_CTYPE; the Java options reach every JVM
        for (String variable : List.of("LC_CTYPE", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            assertThat(DaemonSocket.describeIdentity(jar, Map.of("LANG", "C.UTF-8", variable, "x"), props))
                    .as(variable).isNotEqualTo(base);
        }
        // the JVM's effective settings, whatever set them, and the umask bin/site-gen passes
        for (String property : List.of("file.encoding", "sun.jnu.encoding", "user.language", "user.country",
                "sitegen.umask")) {
            Properties other = new Properties();
            other.putAll(props);
            other.setProperty(property, "0077");
            assertThat(DaemonSocket.describeIdentity(jar, Map.of("LANG", "C.UTF-8"), other)).as(property)
                    .isNotEqualTo(base);
        }
    }

    @Test
    void aRuntimeDirOfAnotherUserIsNotUsed() {
        String user = System.getProperty("user.name");
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", tmp.toString());
        assertThat(DaemonSocket.chooseFolder(env, user)).isEqualTo(tmp.resolve("site-gen"));
        // after sudo -E, root's site-gen folder there would lock its owner out of the daemon
        assertThat(DaemonSocket.chooseFolder(env, "not-" + user))
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "site-gen-not-" + user));
        assertThat(tmp.resolve("site-gen")).doesNotExist();
    }
}
