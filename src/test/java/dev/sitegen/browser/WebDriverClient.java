package dev.sitegen.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small W3C WebDriver client over {@link HttpClient}: starts a chromedriver process on a free
 * localhost port and drives one session. Only what the browser tests need; every HTTP call has a
 * timeout, and {@link #close()} quits the session and ends chromedriver and its children.
 */
public final class WebDriverClient implements AutoCloseable {

    /** The W3C key under which an element reference travels. */
    private static final String ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(90);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final Process driver;
    private final URI base;
    private final Path driverLog;
    private String sessionId;

    private WebDriverClient(Process driver, URI base, Path driverLog) {
        this.driver = driver;
        this.base = base;
        this.driverLog = driverLog;
    }

    /** Starts chromedriver on a free 127.0.0.1 port and waits until it reports ready. */
    public static WebDriverClient start(Path chromedriver, Path logFile) throws IOException {
        Files.createDirectories(logFile.getParent());
        IOException failure = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            // The port is free when probed; another process may still take it first, hence the retries.
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            Process p = new ProcessBuilder(chromedriver.toString(), "--port=" + port, "--log-level=WARNING")
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            WebDriverClient client = new WebDriverClient(p, URI.create("http://127.0.0.1:" + port + "/"), logFile);
            try {
                client.awaitReady(Duration.ofSeconds(20));
                return client;
            } catch (RuntimeException | IOException e) {
                client.close();
                failure = e instanceof IOException io ? io : new IOException(e);
            }
        }
        throw failure;
    }

    private void awaitReady(Duration timeout) throws IOException {
        Instant end = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(end)) {
            if (!driver.isAlive()) {
                throw new IOException("chromedriver exited with " + driver.exitValue() + ": " + driverLogText());
            }
            try {
                JsonNode v = call("GET", "status", null, Duration.ofSeconds(2));
                if (v.path("ready").asBoolean(false)) {
                    return;
                }
                last = v.toString();
            } catch (IOException | RuntimeException e) {
                last = e.toString();
            }
            pause(100);
        }
        throw new IOException("chromedriver not ready after " + timeout + ": " + last);
    }

    /** Opens a session with the given {@code capabilities.alwaysMatch} object. */
    public void newSession(ObjectNode alwaysMatch) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.putObject("capabilities").set("alwaysMatch", alwaysMatch);
        JsonNode v;
        try {
            v = call("POST", "session", body, CALL_TIMEOUT);
        } catch (WebDriverException e) {
            throw new IOException(e.getMessage() + "\nchromedriver log:\n" + driverLogText(), e);
        }
        sessionId = v.path("sessionId").asText(null);
        if (sessionId == null) {
            throw new IOException("no session id in " + v);
        }
    }

    public ObjectNode object() {
        return json.createObjectNode();
    }

    public ArrayNode array() {
        return json.createArrayNode();
    }

    // --- navigation and window ---

    public void navigate(String url) throws IOException {
        ObjectNode b = object().put("url", url);
        session("POST", "url", b);
    }

    public String currentUrl() throws IOException {
        return session("GET", "url", null).asText();
    }

    public void setTimeouts(long scriptMs, long pageLoadMs) throws IOException {
        session("POST", "timeouts", object().put("script", scriptMs).put("pageLoad", pageLoadMs).put("implicit", 0));
    }

    public void setWindowSize(int width, int height) throws IOException {
        session("POST", "window/rect", object().put("width", width).put("height", height));
    }

    /**
     * The text of the alert, confirm or prompt dialog open now, if any: a script that ran would leave one
     * open (an override of window.alert could be installed too late to see it).
     */
    public java.util.Optional<String> findOpenAlert() throws IOException {
        try {
            return java.util.Optional.of(session("GET", "alert/text", null).asText());
        } catch (WebDriverException e) {
            if (e.getMessage().contains("no such alert")) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    /** Dismisses the open dialog, so the session can go on after a failed check. */
    public void dismissAlert() throws IOException {
        session("POST", "alert/dismiss", object());
    }

    // --- elements ---

    public String findElement(String css) throws IOException {
        JsonNode v = session("POST", "element", object().put("using", "css selector").put("value", css));
        return v.path(ELEMENT_KEY).asText();
    }

    public void click(String elementId) throws IOException {
        session("POST", "element/" + elementId + "/click", object());
    }

    public void sendKeys(String elementId, String text) throws IOException {
        session("POST", "element/" + elementId + "/value", object().put("text", text));
    }

    public void clear(String elementId) throws IOException {
        session("POST", "element/" + elementId + "/clear", object());
    }

    public boolean isDisplayed(String elementId) throws IOException {
        return session("GET", "element/" + elementId + "/displayed", null).asBoolean();
    }

    // --- scripts ---

    /** Runs a synchronous script; {@code args} are Jackson-serialisable values. */
    public JsonNode execute(String script, Object... args) throws IOException {
        return session("POST", "execute/sync", scriptBody(script, args));
    }

    /** Runs an asynchronous script; it must call {@code arguments[arguments.length - 1]} with its result. */
    public JsonNode executeAsync(String script, Object... args) throws IOException {
        return session("POST", "execute/async", scriptBody(script, args));
    }

    private ObjectNode scriptBody(String script, Object... args) {
        ObjectNode b = object().put("script", script);
        ArrayNode a = b.putArray("args");
        for (Object o : args) {
            a.add(json.valueToTree(o));
        }
        return b;
    }

    /** Polls a JS expression until it is truthy; fails with {@code what} and its last value on timeout. */
    public JsonNode waitFor(String expression, Duration timeout, String what) throws IOException {
        Instant end = Instant.now().plus(timeout);
        JsonNode last;
        do {
            last = execute("return (" + expression + ");");
            if (truthy(last)) {
                return last;
            }
            pause(25);
        } while (Instant.now().isBefore(end));
        throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what
                + " (`" + expression + "` was " + last + ")");
    }

    private static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return v.asDouble() != 0;
        }
        if (v.isTextual()) {
            return !v.asText().isEmpty();
        }
        return true;
    }

    // --- Chromium extras ---

    /** Runs a Chrome DevTools Protocol command through chromedriver's {@code goog/cdp/execute}. */
    public JsonNode cdp(String cmd, ObjectNode params) throws IOException {
        return session("POST", "goog/cdp/execute", object().put("cmd", cmd).set("params", params == null ? object() : params));
    }

    /** Emulates a viewport (CSS px); {@code mobile} adds phone behaviour such as the meta viewport. */
    public void emulateViewport(int width, int height, boolean mobile) throws IOException {
        cdp("Emulation.setDeviceMetricsOverride", object().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", mobile));
    }

    public void clearViewport() throws IOException {
        cdp("Emulation.clearDeviceMetricsOverride", null);
    }

    /** Emulates {@code prefers-color-scheme: light|dark}; lasts across navigations. */
    public void emulateColorScheme(String scheme) throws IOException {
        ObjectNode params = object();
        params.putArray("features").addObject().put("name", "prefers-color-scheme").put("value", scheme);
        cdp("Emulation.setEmulatedMedia", params);
    }

    public void setScriptsDisabled(boolean disabled) throws IOException {
        cdp("Emulation.setScriptExecutionDisabled", object().put("value", disabled));
    }

    /** Browser console entries since the last call ({@code goog:loggingPrefs} must enable them). */
    public List<LogEntry> browserLogs() throws IOException {
        JsonNode v = session("POST", "se/log", object().put("type", "browser"));
        List<LogEntry> out = new ArrayList<>();
        for (JsonNode e : v) {
            out.add(new LogEntry(e.path("level").asText(), e.path("message").asText(), e.path("source").asText("")));
        }
        return out;
    }

    /** A full-page PNG through CDP (clip to the layout's content size, beyond the viewport). */
    public byte[] fullPageScreenshot() throws IOException {
        JsonNode metrics = cdp("Page.getLayoutMetrics", null);
        JsonNode size = metrics.has("cssContentSize") ? metrics.get("cssContentSize") : metrics.get("contentSize");
        ObjectNode params = object().put("format", "png").put("captureBeyondViewport", true).put("fromSurface", true);
        params.putObject("clip")
                .put("x", 0).put("y", 0)
                .put("width", Math.ceil(size.path("width").asDouble()))
                .put("height", Math.min(Math.ceil(size.path("height").asDouble()), 16000))
                .put("scale", 1);
        JsonNode shot = cdp("Page.captureScreenshot", params);
        return Base64.getDecoder().decode(shot.path("data").asText());
    }

    /** The viewport as a PNG through the W3C endpoint. */
    public byte[] screenshot() throws IOException {
        return Base64.getDecoder().decode(session("GET", "screenshot", null).asText());
    }

    public record LogEntry(String level, String message, String source) {
        @Override
        public String toString() {
            return level + " " + source + ": " + message;
        }
    }

    // --- plumbing ---

    private JsonNode session(String method, String path, JsonNode body) throws IOException {
        if (sessionId == null) {
            throw new IllegalStateException("no WebDriver session");
        }
        return call(method, "session/" + sessionId + "/" + path, body, CALL_TIMEOUT);
    }

    private JsonNode call(String method, String path, JsonNode body, Duration timeout) throws IOException {
        HttpRequest.Builder rb = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
        if (body != null) {
            rb.header("Content-Type", "application/json; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        } else {
            rb.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> res;
        try {
            res = http.send(rb.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + method + " " + path, e);
        }
        JsonNode root = res.body().isEmpty() ? json.createObjectNode() : json.readTree(res.body());
        JsonNode value = root.path("value");
        if (res.statusCode() != 200) {
            String error = value.path("error").asText("http " + res.statusCode());
            String message = value.path("message").asText(res.body());
            throw new WebDriverException(method + " /" + path + " failed: " + error + ": " + firstLines(message, 6));
        }
        return value;
    }

    private static String firstLines(String s, int n) {
        String[] lines = s.split("\n", n + 1);
        return String.join("\n", java.util.Arrays.copyOf(lines, Math.min(n, lines.length)));
    }

    private String driverLogText() {
        try {
            return Files.exists(driverLog) ? firstLines(Files.readString(driverLog), 20) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Quits the session (which closes Chromium) and ends chromedriver; safe to call twice. */
    @Override
    public void close() {
        if (sessionId != null) {
            try {
                call("DELETE", "session/" + sessionId, null, Duration.ofSeconds(20));
            } catch (IOException | RuntimeException ignored) {
                // chromedriver is about to be ended anyway
            }
            sessionId = null;
        }
        List<ProcessHandle> children = driver.descendants().toList();
        driver.destroy();
        try {
            if (!driver.waitFor(5, TimeUnit.SECONDS)) {
                driver.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A Chromium left behind by a failed quit must not outlive the test run.
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** A WebDriver error answer (the W3C {@code error} code and message). */
    public static final class WebDriverException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WebDriverException(String message) {
            super(message);
        }
    }
}
