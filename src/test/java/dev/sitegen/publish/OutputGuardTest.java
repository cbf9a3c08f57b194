package dev.sitegen.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

    @TempDir
    Path tmp;
    Path root;
    Path home;
    List<Path> readBack;

    @BeforeEach
    void makeProject() throws IOException {
        root = Files.createDirectories(tmp.resolve("project/content"));
        readBack = List.of(Files.createDirectories(root.resolve("connectors")),
                Files.createDirectories(root.resolve("docs")), root.resolve("contributing"));
        home = Files.createDirectories(tmp.resolve("home/me"));
        Files.writeString(home.resolve(".profile"), "x");
    }

    private Path check(Path out) throws Exception {
        return OutputGuard.checkTarget(out, root, readBack, List.of(home));
    }

    @Test
    void acceptsTheDefaultSiteOutBesideContentANewFolderAnEmptyOneAndAnEarlierOutput() throws Exception {
        Path siteOut = tmp.resolve("project/site-out");
        assertThat(check(siteOut)).isEqualTo(OutputGuard.resolveReal(siteOut)).endsWithRaw(Path.of("project/site-out"));
        assertThat(check(tmp.resolve("a/b/c"))).isEqualTo(OutputGuard.resolveReal(tmp.resolve("a/b/c")));
        assertThat(check(Files.createDirectories(tmp.resolve("empty")))).isNotNull();
        Path earlier = Files.createDirectories(tmp.resolve("earlier/.site-gen"));
        Files.writeString(earlier.resolve("output"), "x");
        Files.writeString(earlier.resolveSibling("index.html"), "<p>old</p>");
        assertThat(check(earlier.getParent())).isNotNull();
        assertThat(check(root.resolve("site-out"))).as("inside ROOT but outside what the build reads").isNotNull();
        assertThat(check(home.resolve("site-out"))).isNotNull();
    }

    @Test
    void refusesRootAndItsAncestors() {
        assertRefused(root, "is ROOT or a folder that contains ROOT");
        assertRefused(root.getParent(), "is ROOT or a folder that contains ROOT");
        assertRefused(root.resolve("connectors/.."), "is ROOT or a folder that contains ROOT");
    }

    @Test
    void refusesFoldersTheBuildReadsBack() {
        assertRefused(root.resolve("docs"), "overlaps");
        assertRefused(root.resolve("docs/integrations/site"), "overlaps");
        assertRefused(root.resolve("connectors/source-x/out"), "overlaps");
        assertRefused(root.resolve("contributing"), "overlaps");
    }

    @Test
    void refusesTheFileSystemRootAndHome() {
        assertRefused(Path.of("/"), "file system root");
        assertRefused(home, "home folder");
        assertRefused(home.getParent(), "home folder");
    }

    @Test
    void refusesEveryHomeGivenTheCallersAndTheAccounts() throws IOException {
        Path account = Files.createDirectories(tmp.resolve("account/me"));
        assertThatThrownBy(() -> OutputGuard.checkTarget(account, root, readBack, List.of(home, account)))
                .isInstanceOf(PublishException.class).hasMessageContaining("home folder");
    }

    @Test
    void refusesANonEmptyFolderThatIsNoOutputAndAFile() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "years of work");
        assertRefused(mine, "not a site-gen output");
        assertRefused(Files.writeString(tmp.resolve("file.txt"), "x"), "is a file");
    }

    @Test
    void seesThroughSymbolicLinks() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("link"), root);
        assertRefused(link, "is ROOT");
        assertRefused(link.resolve("docs"), "overlaps");
    }

    private void assertRefused(Path out, String why) {
        assertThatThrownBy(() -> check(out)).as(out.toString())
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("--out " + out)
                .hasMessageContaining(why)
                .satisfies(e -> assertThat(((PublishException) e).hint()).isNotBlank());
    }
}
