/**
 * Where the inputs are and how the site is configured: detects the project layout
 * ({@code content/} with {@code site.yaml}) or a connector monorepo, and reads {@code site.yaml}.
 * Never reads connectors.
 */
package dev.sitegen.config;
