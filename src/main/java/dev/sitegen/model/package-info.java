/**
 * The catalog as immutable data: connectors, their metadata, docs and the problems found while
 * reading them. Nothing here does I/O; every element a rule can blame carries its {@link
 * dev.sitegen.model.SourcePos}. Also the pure value arithmetic every stage shares: SemVer
 * ({@link dev.sitegen.model.SemVers}) and URL paths ({@link dev.sitegen.model.UrlPaths}).
 */
package dev.sitegen.model;
