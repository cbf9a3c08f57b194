package dev.sitegen.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One step of a {@link FieldRef}'s path: a property name, the array index that follows it
 * ({@code streams.0} is {@code streams} at index 0) and the {@code oneOf} option it selects
 * ({@code provider[S3]} is {@code provider} with the option whose {@code const} is {@code S3}).
 *
 * @param name the property name as written
 * @param index the array element named after it, when there is one
 * @param option the option selector's text, without brackets, when there is one
 */
public record FieldSegment(String name, OptionalInt index, Optional<String> option) {

    /** A plain property name: no index, no option. */
    public static FieldSegment named(String name) {
        return new FieldSegment(name, OptionalInt.empty(), Optional.empty());
    }
}
