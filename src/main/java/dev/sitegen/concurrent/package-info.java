/**
 * Threads shared by every stage, outside the pipeline: the worker pool that maps connectors in
 * parallel with results in input order ({@link dev.sitegen.concurrent.Workers}), and the deep-stack
 * threads markdown renders on ({@link dev.sitegen.concurrent.DeepStack}). Depends on no other package
 * of the project, so every package may use it.
 */
package dev.sitegen.concurrent;
