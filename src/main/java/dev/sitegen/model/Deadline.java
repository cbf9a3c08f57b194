package dev.sitegen.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A breaking change's {@code upgradeDeadline}: the text as written (quoted or an unquoted YAML date,
 * both read as text), its date when the text is a real {@code YYYY-MM-DD} date (read once, by
 * {@link IsoDates#parseIsoDate}) and where the value was written. A deadline that is no date is kept,
 * so the checks can quote it and the pages show it as written.
 */
public record Deadline(String raw, Optional<LocalDate> date, SourcePos pos) {

    public static Deadline parse(String raw, SourcePos pos) {
        return new Deadline(raw, IsoDates.parseIsoDate(raw.strip()), pos);
    }
}
