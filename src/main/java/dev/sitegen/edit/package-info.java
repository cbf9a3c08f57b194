/**
 * In-place edits of a connector's files ({@code site-gen bump}): the version in metadata.yaml, a new
 * changelog row, a breaking change and its migration-guide section. Every edit touches only the lines
 * it adds or the one value it changes, so comments, key order, quoting, padding and line endings of
 * the rest of each file stay byte for byte. Reading is left to {@code load} and {@code markdown}: the
 * edits start from their positions and re-read the result with them before anything is written.
 */
package dev.sitegen.edit;
