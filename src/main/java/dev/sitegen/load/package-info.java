/**
 * Reads a build root into a {@link dev.sitegen.model.Catalog}: finds connectors and docs, parses
 * {@code metadata.yaml} with positions, resolves each connector's doc, migration guide and icon, and reads
 * {@code site.yaml} and its snippets. Every file is read through {@link dev.sitegen.load.InputGate}, the input
 * policy, and so are the lines reports quote ({@link dev.sitegen.load.QuotedLines}). Reports malformed input
 * as {@code metadata-invalid} diagnostics; never decides what else is wrong.
 */
package dev.sitegen.load;
