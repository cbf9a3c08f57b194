package dev.sitegen.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The limits a schema puts on a value beyond its type, kept so a pull request's spec can be compared
 * with its base: {@code minimum}, {@code maximum}, {@code minLength} and {@code maxLength} as numbers
 * (a bound written as something else is no bound), and {@code closed} when the schema's
 * {@code additionalProperties} is {@code false}, so a key it does not list makes a configuration invalid.
 */
public record SpecConstraints(Optional<BigDecimal> minimum, Optional<BigDecimal> maximum,
                              Optional<BigDecimal> minLength, Optional<BigDecimal> maxLength, boolean closed) {

    public static SpecConstraints none() {
        return new SpecConstraints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
