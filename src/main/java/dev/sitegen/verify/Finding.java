package dev.sitegen.verify;

import dev.sitegen.model.Diagnostic;
import java.util.Optional;

/**
 * A broken-link diagnostic, and for an unverifiable link to the docs site the absolute URL a probe
 * could settle (with {@code --check-external}) and how the link reads in a message.
 */
record Finding(Diagnostic diagnostic, Optional<String> probeUrl, String link) {

    static Finding of(Diagnostic d) {
        return new Finding(d, Optional.empty(), "");
    }
}
