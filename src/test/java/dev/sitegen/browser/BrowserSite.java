package dev.sitegen.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up every browser test class shares, as a JUnit extension on a static field: before the class, the site
 * built and served under its base URL with a Chromium driving it ({@link BrowserSession}); before each test, the
 * test skipped with the reason when Chromium, chromedriver or the site's input is missing (checked per test so
 * each is reported as skipped with the reason: surefire shows an aborted {@code @BeforeAll} as zero tests), and
 * otherwise the page reset to desktop size, light system setting, console drained; after the class, all closed.
 */
final class BrowserSite implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final Optional<Path> root;
    private final String missingRoot;
    private final String prefix;
    private final String[] options;
    private BrowserSession session;
    private Path tmp;
    private String skipReason;

    private BrowserSite(Optional<Path> root, String missingRoot, String prefix, String... options) {
        this.root = root;
        this.missingRoot = missingRoot;
        this.prefix = prefix;
        this.options = options.clone();
    }

    /** {@code root} built with {@code --base-url prefix} and {@code options}. */
    static BrowserSite buildSite(Path root, String prefix, String... options) {
        return new BrowserSite(Optional.of(root), "", prefix, options);
    }

    /** The shared corpus built at {@code /}; its tests skip without it. */
    static BrowserSite buildCorpus(String... options) {
        return new BrowserSite(TestPaths.findCorpus(), "shared corpus not found beside the project: skipped", "/",
                options);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        skipReason = root.isEmpty() ? missingRoot : BrowserSession.findSkipReason().orElse(null);
        if (skipReason != null) {
            System.err.println("[" + context.getDisplayName() + "] " + skipReason);
            return;
        }
        tmp = Files.createTempDirectory("sitegen-browser-");
        session = BrowserSession.open(tmp, root.get(), prefix, options);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        assumeTrue(skipReason == null, skipReason);
        WebDriverClient driver = session.driver();
        driver.clearViewport();
        driver.emulateColorScheme("light");
        driver.setWindowSize(1280, 900);
        driver.browserLogs();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (session != null) {
            session.close();
            session = null;
            BrowserSession.deleteTree(tmp);
        }
    }

    WebDriverClient driver() {
        return session.driver();
    }

    StaticSiteServer server() {
        return session.server();
    }

    /** Navigates to {@code path} under the site's root (its base URL). */
    void open(String path) throws IOException {
        driver().navigate(server().rootUrl() + path);
    }

    /** Fails with the console's entries when it logged an error since it was last read; drains it either way. */
    void assertNoConsoleErrors(String where) throws IOException {
        assertNoConsoleErrors(driver(), where);
    }

    static void assertNoConsoleErrors(WebDriverClient driver, String where) throws IOException {
        List<WebDriverClient.LogEntry> logs = driver.browserLogs();
        assertThat(logs.stream().filter(e -> e.level().equals("SEVERE")).map(Object::toString).toList())
                .as("console errors on %s (all entries: %s)", where, logs).isEmpty();
    }

    /** A JSON array's items as text. */
    static List<String> listTexts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
