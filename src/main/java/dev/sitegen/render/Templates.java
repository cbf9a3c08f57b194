package dev.sitegen.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The theme's Pebble templates, loaded from the classpath ({@code themes/default/templates}).
 * Autoescaping is on and undefined variables are errors, so a template typo fails the build instead
 * of printing an empty string.
 */
final class Templates {

    static final String THEME = "themes/default";

    private final PebbleEngine engine;

    Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(THEME + "/templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                // filters such as lower follow the engine's locale: never the JVM's (a daemon's is not its caller's)
                .defaultLocale(Locale.ROOT)
                // the default "html" strategy (unbescape's escapeHtml4Xml) with the same output, for speed
                .addEscapingStrategy("html", Templates::escapeHtml)
                .build();
    }

    /** Renders {@code name} with the view bound as {@code page}. */
    String renderTemplate(String name, Object view) {
        PebbleTemplate template = engine.getTemplate(name);
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, Map.of("page", view));
        } catch (IOException e) {
            throw new UncheckedIOException("rendering template " + name, e);
        }
        return out.toString();
    }

    /**
     * Autoescaping of every printed value: the five markup characters as Pebble's default {@code html}
     * strategy writes them (unbescape's {@code escapeHtml4Xml}: named references, {@code '} as {@code &#39;}),
     * everything else as it is. Written out because unbescape's general escaper was 2% of a cold build's CPU
     * (code point by code point, through its level tables), and most values have nothing to escape.
     */
    static String escapeHtml(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !isMarkup(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isMarkup(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }
}
