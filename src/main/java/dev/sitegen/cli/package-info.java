/**
 * The command line: picocli commands ({@code build}, {@code check}, {@code rules},
 * {@code explain}), their options, exit codes and the choice of reporter. Wires the pipeline
 * stages together; holds no parsing, rules or markup of its own.
 */
package dev.sitegen.cli;
