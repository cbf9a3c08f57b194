package dev.sitegen.check;

import dev.sitegen.model.Diagnostic;
import java.util.List;

/**
 * What applying a baseline did: the findings still to report (the new ones, in report order), how
 * many known findings it hid, and how many of its findings were not found any more (stale entries,
 * which mean the baseline can be shrunk with {@code --write-baseline}).
 */
public record BaselineResult(List<Diagnostic> shown, int hidden, int stale) {

    public BaselineResult {
        shown = List.copyOf(shown);
    }
}
