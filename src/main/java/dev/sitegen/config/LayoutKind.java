package dev.sitegen.config;

/** The two input layouts the generator understands without being told. */
public enum LayoutKind {
    /** {@code site.yaml}, {@code connectors/<dir>/metadata.yaml} and {@code docs/integrations/}. */
    PROJECT,
    /** {@code airbyte-integrations/connectors/<dir>/metadata.yaml} and {@code docs/integrations/}. */
    MONOREPO
}
