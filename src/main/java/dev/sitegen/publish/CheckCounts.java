package dev.sitegen.publish;

/**
 * The check summary of a build (connectors checked and findings by severity), copied into the
 * manifest so a preview diff can show whether a pull request made the docs better or worse.
 */
public record CheckCounts(int connectors, int errors, int warnings, int infos) {
}
