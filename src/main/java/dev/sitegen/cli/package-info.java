/**
 * The command line: picocli commands ({@code build}, {@code check}, {@code rules},
 * {@code explain}), their options, exit codes and the choice of reporter. Wires the pipeline
 * stages together; holds no parsing, rules or markup of its own. Every command runs for one
 * {@link dev.sitegen.cli.Invocation} (the caller's folder and environment), never the JVM's.
 */
package dev.sitegen.cli;
