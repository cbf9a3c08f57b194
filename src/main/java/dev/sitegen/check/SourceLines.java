package dev.sitegen.check;

import dev.sitegen.model.SourcePos;
import java.util.Optional;

/** Looks up the text of the line a diagnostic points at, so reports can quote it. */
@FunctionalInterface
public interface SourceLines {

    Optional<String> findLine(SourcePos pos);

    static SourceLines none() {
        return pos -> Optional.empty();
    }
}
