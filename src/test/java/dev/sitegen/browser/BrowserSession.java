package dev.sitegen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What every browser test class starts with: a site built into its temporary folder, served on localhost under a
 * base URL, and a Chromium driving it; closed after the class.
 */
final class BrowserSession implements AutoCloseable {

    private final StaticSiteServer server;
    private final WebDriverClient driver;
    private final Path profile;

    private BrowserSession(StaticSiteServer server, WebDriverClient driver, Path profile) {
        this.server = server;
        this.driver = driver;
        this.profile = profile;
    }

    /** Why the browser tests cannot run here (no Chromium or chromedriver), if they cannot. */
    static Optional<String> findSkipReason() {
        return Chromium.configured().missing();
    }

    /** Builds {@code root} into {@code tmp/site} with {@code --base-url prefix} and the options, serves it, starts Chromium. */
    static BrowserSession open(Path tmp, Path root, String prefix, String... options) throws IOException {
        Path site = tmp.resolve("site");
        List<String> args = new ArrayList<>(List.of("build", root.toString(), "--out", site.toString(),
                "--base-url", prefix));
        args.addAll(List.of(options));
        CliRun build = CliRun.runCli(args.toArray(String[]::new));
        assertThat(build.exitCode()).as("build of %s failed:%n%s%s", root, build.out(), build.err()).isZero();
        StaticSiteServer server = StaticSiteServer.start(site, prefix);
        // Outside @TempDir: a Chromium helper still closing files must not fail JUnit's cleanup.
        Path profile = Files.createTempDirectory("sitegen-chromium-");
        return new BrowserSession(server, Chromium.configured().start(profile, tmp.resolve("chromedriver.log")),
                profile);
    }

    StaticSiteServer server() {
        return server;
    }

    WebDriverClient driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
        server.close();
        deleteTree(profile);
    }

    /** Deletes a folder under the system temp folder and what it holds, as far as it can (best effort). */
    static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: it is under the system temp folder
        }
    }
}
