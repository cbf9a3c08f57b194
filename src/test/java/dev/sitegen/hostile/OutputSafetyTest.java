package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.cli.Invocation;
import dev.sitegen.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} values that would let a build destroy files, beyond those BuildOutputTest covers: the
 * home folder, links to ROOT or to the docs, a path that climbs back into ROOT, a file, and a link to
 * someone's non-empty folder. Each exits 2 and changes nothing anywhere.
 */
class OutputSafetyTest {

    @TempDir
    Path tmp;
    private Path root;

    @BeforeEach
    void createRoot() throws IOException {
        root = HostileSites.newRoot(tmp);
        HostileSites.writeGoodConnector(root, "alpha");
    }

    @Test
    void unsafeOutputFoldersAreRefusedAndNothingIsWritten() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve(".bashrc"), "keep me");
        Path someone = Files.createDirectories(tmp.resolve("someone"));
        Files.writeString(someone.resolve("thesis.tex"), "keep me too");
        Map<Path, String> unsafe = new LinkedHashMap<>();
        unsafe.put(home, "home folder");
        unsafe.put(Files.createSymbolicLink(tmp.resolve("link-to-root"), root), "is ROOT");
        unsafe.put(Files.createSymbolicLink(tmp.resolve("link-to-docs"), root.resolve("docs")), "overlaps");
        unsafe.put(root.resolve("connectors/../docs/.."), "is ROOT");
        unsafe.put(Files.writeString(tmp.resolve("a-file"), "x"), "is a file");
        unsafe.put(Files.createSymbolicLink(tmp.resolve("link-to-someone"), someone), "not a site-gen output");
        List<Path> before = HostileSites.listFiles(tmp);
        // the caller's HOME is the home folder a build never replaces
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("HOME", home.toString());
        Invocation caller = new Invocation(tmp, env);
        unsafe.forEach((out, why) -> {
            CliRun run = HostileSites.build(caller, root, out);
            assertThat(run.exitCode()).as(out + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).as(out.toString()).contains("--out").contains(why);
        });
        assertThat(HostileSites.listFiles(tmp)).isEqualTo(before);
        assertThat(HostileSites.read(home.resolve(".bashrc"))).isEqualTo("keep me");
        assertThat(HostileSites.read(someone.resolve("thesis.tex"))).isEqualTo("keep me too");
    }

    @Test
    void outputInsideAFolderOfRootThatTheBuildDoesNotReadIsAllowed() {
        Path out = root.resolve("public/site");

        CliRun run = HostileSites.build(root, out);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("index.html")).isRegularFile();
    }
}
