/**
 * The pipeline itself, one implementation shared by {@code build}, {@code check} and {@code serve}:
 * load the {@code Site}, check, render, verify the links and publish. Options come in as values
 * ({@link dev.sitegen.build.OutputRequest}, {@link dev.sitegen.build.RenderOptions}); findings, counts,
 * pages and elapsed time come out ({@link dev.sitegen.build.BuildResult}). Parses no options and prints
 * nothing: the callers do.
 */
package dev.sitegen.build;
