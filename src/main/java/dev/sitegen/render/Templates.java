package dev.sitegen.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
}
