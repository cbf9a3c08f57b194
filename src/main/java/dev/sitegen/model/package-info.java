/**
 * The catalog as immutable data: connectors, their metadata, docs and the problems found while
 * reading them. Nothing here does I/O; every element a rule can blame carries its {@link
 * dev.sitegen.model.SourcePos}.
 */
package dev.sitegen.model;
