package dev.sitegen.model;

import java.util.Locale;

/**
 * One difference between a connector's spec at a pull request's base and now, at a field path in the
 * docs' FieldAnchor notation (empty for the specification itself; an option as {@code field[value]}).
 * Its kind says whether a configuration valid at the base may be invalid now ({@link Kind#incompatible()}).
 * {@code detail} names what moved (values, bounds, types), {@code pos} is where the change shows in the
 * new spec file: the field, or for a field or option that is gone the object that held it.
 */
public record SpecChange(String path, Kind kind, String detail, SourcePos pos) {

    /** What changed; the first group breaks configurations that were valid at the base. */
    public enum Kind {
        REQUIRED_FIELD_ADDED(true, "required field added without a default"),
        MADE_REQUIRED(true, "optional field made required"),
        REQUIRED_FIELD_REMOVED(true, "required field removed"),
        CLOSED_FIELD_REMOVED(true, "field removed where additionalProperties is false"),
        TYPE_NARROWED(true, "type narrowed"),
        ENUM_VALUES_REMOVED(true, "enum values removed"),
        OPTION_REMOVED(true, "oneOf option removed"),
        PATTERN_TIGHTENED(true, "pattern tightened"),
        BOUND_TIGHTENED(true, "bound tightened"),
        PROPERTIES_CLOSED(true, "additionalProperties set to false"),
        ENUM_ADDED(true, "values limited to an enum"),
        FIELD_ADDED(false, "field added"),
        FIELD_REMOVED(false, "optional field removed"),
        MADE_OPTIONAL(false, "required field made optional"),
        TYPE_WIDENED(false, "type widened"),
        ENUM_VALUES_ADDED(false, "enum values added"),
        ENUM_REMOVED(false, "enum removed"),
        OPTION_ADDED(false, "oneOf option added"),
        PATTERN_REMOVED(false, "pattern removed"),
        BOUND_LOOSENED(false, "bound loosened"),
        DEFAULT_CHANGED(false, "default changed");

        private final boolean incompatible;
        private final String label;

        Kind(boolean incompatible, String label) {
            this.incompatible = incompatible;
            this.label = label;
        }

        /** Whether a configuration valid before the change may be rejected after it. */
        public boolean incompatible() {
            return incompatible;
        }

        public String label() {
            return label;
        }

        /** The kind's stable name in JSON: {@code required-field-added}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public boolean isIncompatible() {
        return kind.incompatible();
    }

    /** {@code `path`: label (detail)}, the way messages and summaries list a change. */
    public String describe() {
        return "`" + (path.isEmpty() ? "(specification)" : path) + "`: " + kind.label()
                + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
