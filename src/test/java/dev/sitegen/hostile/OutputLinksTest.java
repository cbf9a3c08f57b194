package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links a pull request can commit next to where CI writes (issue 13, items 1 and 7): the
 * output's lock file, its stamp folder, the report, the baseline, the link cache and a dangling
 * {@code --out}. site-gen writes through none of them: it exits 2 naming the path, before building,
 * and the files and folders the links lead to keep their bytes, their mode and their listing.
 */
class OutputLinksTest {

    private static final String VICTIM_TEXT = "#!/bin/sh\necho victim\n";

    @TempDir
    Path tmp;
    private Path root;
    private Path victimFile;
    private Path victimFolder;
    private Path preview;

    @BeforeEach
    void createRootAndVictims() throws IOException {
        root = HostileSites.newRoot(tmp);
        HostileSites.writeGoodConnector(root, "alpha");
        Path victim = Files.createDirectories(tmp.resolve("victim"));
        victimFile = Files.writeString(victim.resolve("file"), VICTIM_TEXT);
        Files.setPosixFilePermissions(victimFile, PosixFilePermissions.fromString("rwxr-xr-x"));
        victimFolder = Files.createDirectories(victim.resolve("folder"));
        Files.writeString(victimFolder.resolve("keep.txt"), "keep");
        preview = root.resolve("preview");
    }

    @Test
    void aLinkedLockFileIsRefusedAndItsTargetKeepsItsBytes() throws IOException {
        Path lock = Files.createSymbolicLink(root.resolve("preview.lock"), victimFile);

        assertRefusedUntouched(() -> HostileSites.build(root, preview), lock, "symbolic link");
    }

    @Test
    void aLinkedStampFolderIsRefusedAndNothingLandsInItsTarget() throws IOException {
        Path stamps = Files.createDirectories(root.resolve(".site-gen")).resolve("preview");
        Files.createSymbolicLink(stamps, victimFolder);

        assertRefusedUntouched(() -> HostileSites.build(root, preview), stamps, "symbolic link");
    }

    @Test
    void aLinkedSiteGenFolderBesideTheOutputIsRefused() throws IOException {
        Path dotSiteGen = Files.createSymbolicLink(root.resolve(".site-gen"), victimFolder);

        assertRefusedUntouched(() -> HostileSites.build(root, preview), dotSiteGen, "symbolic link");
    }

    @Test
    void aLinkedReportIsRefusedByBuildAndCheck() throws IOException {
        Path report = Files.createSymbolicLink(root.resolve("build-report.txt"), victimFile);

        assertRefusedUntouched(() -> HostileSites.build(root, preview, "--report", report.toString()), report,
                "symbolic link");
        assertRefusedUntouched(() -> check("--report", report.toString()), report, "symbolic link");
    }

    @Test
    void aReportOrBaselineOverASourceDocIsRefused() throws IOException {
        Path doc = root.resolve("docs/integrations/sources/alpha.md");
        String before = HostileSites.read(doc);

        assertRefusedUntouched(() -> HostileSites.build(root, preview, "--report", doc.toString()), doc, "ROOT's inputs");
        assertRefusedUntouched(() -> check("--report", doc.toString()), doc, "ROOT's inputs");
        assertRefusedUntouched(() -> check("--write-baseline", doc.toString()), doc, "ROOT's inputs");
        assertThat(HostileSites.read(doc)).isEqualTo(before);
    }

    @Test
    void aLinkedBaselineIsRefused() throws IOException {
        Path baseline = Files.createSymbolicLink(root.resolve("baseline.json"), victimFile);

        assertRefusedUntouched(() -> check("--write-baseline", baseline.toString()), baseline, "symbolic link");
    }

    @Test
    void aLinkedLinkCacheIsRefusedBeforeAnyLinkIsProbed() throws IOException {
        Path cache = Files.createSymbolicLink(root.resolve("link-cache.json"), victimFile);

        assertRefusedUntouched(() -> HostileSites.build(root, preview, "--check-external", "--link-cache",
                cache.toString()), cache, "symbolic link");
    }

    @Test
    void aDanglingOutIsRefusedBeforeBuilding() throws IOException {
        Path nowhere = tmp.resolve("nowhere/site");
        Path dangling = Files.createSymbolicLink(tmp.resolve("dangling"), nowhere);
        List<Path> before = listEntries(tmp);

        CliRun run = HostileSites.build(root, dangling);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("error: --out " + dangling).contains("symbolic link");
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(listEntries(tmp)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(nowhere.getParent()).doesNotExist();
    }

    private CliRun check(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("check", root.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        return CliRun.runCli(args.toArray(String[]::new));
    }

    /** Runs {@code command}: exit 2 naming {@code path} and {@code why}, no victim changed, nothing written. */
    private void assertRefusedUntouched(Supplier<CliRun> command, Path path, String why) throws IOException {
        List<Path> before = listEntries(tmp);
        CliRun run = command.get();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + path).contains(why).contains("help:");
        assertThat(preview).doesNotExist();
        assertThat(HostileSites.read(victimFile)).isEqualTo(VICTIM_TEXT);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(victimFile))).isEqualTo("rwxr-xr-x");
        assertThat(readTree(victimFolder)).containsOnlyKeys("keep.txt").containsEntry("keep.txt", "keep");
        assertThat(listEntries(tmp)).as("nothing written anywhere").isEqualTo(before);
    }

    private static SortedMap<String, String> readTree(Path dir) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        for (Path p : listEntries(dir)) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    /** Every entry below {@code dir}, links not followed, sorted. */
    private static List<Path> listEntries(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).sorted().toList();
        }
    }
}
