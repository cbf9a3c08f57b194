package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child process gets the caller's environment, folder and PATH lookup, never the JVM's. */
class ChildProcessesTest {

    @TempDir
    Path tmp;

    @Test
    void theProgramIsFoundOnTheCallersPathOnly() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path tool = writeScript(bin.resolve("tool"), "#!/bin/sh\necho hi\n");
        Path other = Files.createDirectories(tmp.resolve("other"));

        assertThat(ChildProcesses.requireProgram("tool", Map.of("PATH", other + ":" + bin))).isEqualTo(tool);
        assertThatThrownBy(() -> ChildProcesses.requireProgram("tool", Map.of("PATH", other.toString())))
                .isInstanceOf(IOException.class).hasMessageContaining("not found on PATH");
        // a relative entry would be the JVM's folder: never searched
        assertThatThrownBy(() -> ChildProcesses.requireProgram("tool", Map.of("PATH", "bin:")))
                .isInstanceOf(IOException.class);
        assertThat(ChildProcesses.requireProgram(tool.toString(), Map.of())).isEqualTo(tool);
        assertThatThrownBy(() -> ChildProcesses.requireProgram("bin/tool", Map.of("PATH", bin.toString())))
                .isInstanceOf(IOException.class).hasMessageContaining("relative");
    }

    @Test
    void theChildSeesExactlyTheCallersEnvironmentAndFolder() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        writeScript(bin.resolve("show"), "#!/bin/sh\npwd\n/usr/bin/env | /usr/bin/sort\n");
        Path folder = Files.createDirectories(tmp.resolve("work"));
        Map<String, String> env = Map.of("PATH", bin.toString(), "ONLY_HERE", "1");

        Process p = ChildProcesses.prepareProcess(List.of("show"), folder, env).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).isEqualTo(folder.toRealPath().toString());
        // sh may add PWD, SHLVL and _ of its own; nothing of the JVM's environment passes
        assertThat(lines.subList(1, lines.size())).contains("ONLY_HERE=1", "PATH=" + bin)
                .allMatch(l -> l.startsWith("ONLY_HERE=") || l.startsWith("PATH=") || l.startsWith("PWD=")
                        || l.startsWith("SHLVL=") || l.startsWith("_="));
    }

    private static Path writeScript(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
