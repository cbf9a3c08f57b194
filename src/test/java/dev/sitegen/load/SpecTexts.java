package dev.sitegen.load;

import dev.sitegen.model.Spec;
import java.nio.charset.StandardCharsets;

/** Specs parsed from text by the loader itself, for tests outside {@code load} that compare specs. */
public final class SpecTexts {

    private SpecTexts() {
    }

    /** The spec of a package {@code spec.yaml} whose {@code connectionSpecification} is {@code schema}. */
    public static Spec parseSchema(String schema) {
        String text = "connectionSpecification:\n" + schema.indent(2);
        return SpecFiles.parseSpec("source-x", "source-x/source_x/spec.yaml", text.getBytes(StandardCharsets.UTF_8))
                .spec().orElseThrow(() -> new AssertionError("not a spec:\n" + text));
    }
}
