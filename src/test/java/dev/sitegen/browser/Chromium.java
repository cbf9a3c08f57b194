package dev.sitegen.browser;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where Chromium and chromedriver are (Debian's {@code chromium} and {@code chromium-driver}
 * packages by default; {@code -Dsitegen.chromium=} and {@code -Dsitegen.chromedriver=} override),
 * and how a headless session is opened. Public for the hostile-input tests, which reuse it.
 */
public final class Chromium {

    public final Path binary;
    public final Path driver;

    private Chromium(Path binary, Path driver) {
        this.binary = binary;
        this.driver = driver;
    }

    public static Chromium configured() {
        return new Chromium(Path.of(System.getProperty("sitegen.chromium", "/usr/bin/chromium")),
                Path.of(System.getProperty("sitegen.chromedriver", "/usr/bin/chromedriver")));
    }

    /** Why the browser tests cannot run here, if they cannot. */
    public Optional<String> missing() {
        boolean browser = Files.isExecutable(binary);
        boolean chromedriver = Files.isExecutable(driver);
        if (browser && chromedriver) {
            return Optional.empty();
        }
        return Optional.of("browser tests skipped: " + (browser ? "" : "no Chromium at " + binary + ", ")
                + (chromedriver ? "" : "no chromedriver at " + driver + ", ")
                + "install the Debian packages chromium and chromium-driver"
                + " (or pass -Dsitegen.chromium=PATH -Dsitegen.chromedriver=PATH)");
    }

    /** Starts chromedriver and a headless session with the browser console log enabled. */
    public WebDriverClient start(Path profile, Path driverLog) throws IOException {
        WebDriverClient client = WebDriverClient.start(driver, driverLog);
        try {
            ObjectNode caps = client.object();
            caps.put("browserName", "chrome");
            caps.put("pageLoadStrategy", "normal");
            ObjectNode chrome = caps.putObject("goog:chromeOptions");
            chrome.put("binary", binary.toString());
            List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                    "--force-color-profile=srgb", "--lang=en-US", "--window-size=1280,900",
                    "--user-data-dir=" + profile).forEach(chrome.putArray("args")::add);
            caps.putObject("goog:loggingPrefs").put("browser", "ALL");
            client.newSession(caps);
            client.setTimeouts(60_000, 30_000);
            return client;
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }
}
