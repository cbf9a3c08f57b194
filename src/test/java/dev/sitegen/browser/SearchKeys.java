package dev.sitegen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;

/**
 * What the search browser tests do to a page: real key presses through the DevTools protocol (so "/" reaches
 * the document as a keyboard user's would, not an element's value), the resources the page fetched, console
 * errors and axe.
 */
final class SearchKeys {

    /** key -> [code, Windows virtual key code, text typed]. */
    private static final Map<String, Object[]> KEYS = Map.of(
            "Enter", new Object[] {"Enter", 13, "\r"},
            "Escape", new Object[] {"Escape", 27, ""},
            "ArrowDown", new Object[] {"ArrowDown", 40, ""},
            "ArrowUp", new Object[] {"ArrowUp", 38, ""},
            "/", new Object[] {"Slash", 191, "/"});

    private final WebDriverClient driver;

    SearchKeys(WebDriverClient driver) {
        this.driver = driver;
    }

    /** "/" with the focus on the page itself (nothing focused), as a reader would press it. */
    void pressSlash() throws IOException {
        driver.execute("if (document.activeElement) { document.activeElement.blur(); }");
        press("/");
    }

    void press(String key) throws IOException {
        Object[] k = KEYS.get(key);
        send("keyDown", key, (String) k[0], (int) k[1], (String) k[2]);
        send("keyUp", key, (String) k[0], (int) k[1], "");
    }

    /** Types text into whatever has the focus, one key event per character. */
    void type(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            if (c.equals("/")) {
                press("/");
            } else {
                send("keyDown", c, "", 0, c);
                send("keyUp", c, "", 0, "");
            }
        }
    }

    private void send(String type, String key, String code, int vk, String text) throws IOException {
        ObjectNode p = driver.object().put("type", type).put("key", key).put("code", code)
                .put("windowsVirtualKeyCode", vk).put("nativeVirtualKeyCode", vk);
        if (!text.isEmpty()) {
            p.put("text", text).put("unmodifiedText", text);
        }
        driver.cdp("Input.dispatchKeyEvent", p);
    }

    /** The page's fetched resources whose URL contains {@code part}: [url, transferSize, encodedBodySize]. */
    JsonNode resourcesNamed(String part) throws IOException {
        return driver.execute("var part = arguments[0];"
                + "return performance.getEntriesByType('resource').filter(function (r) {"
                + " return r.name.indexOf(part) >= 0; }).map(function (r) {"
                + " return [r.name, r.transferSize, r.encodedBodySize]; });", part);
    }

    void assertNoConsoleErrors(String where) throws IOException {
        BrowserSite.assertNoConsoleErrors(driver, where);
    }

    void assertNoAxeViolations(String where) throws IOException {
        Axe.Result result = Axe.run(driver, Axe.WCAG21_AA);
        assertThat(result.passes()).as("axe rules that ran and passed").isGreaterThan(10);
        assertThat(result.violations().size()).as("axe violations on %s:%n%s", where, result.describe()).isZero();
    }

}
