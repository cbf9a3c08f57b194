/**
 * Puts a rendered site on disk and describes it: refuses unsafe output folders, takes the output's
 * lock, writes into a sibling staging folder and swaps it in only when the build succeeded (so a
 * failed or killed build leaves the previous output as it was), keeps the modification time of
 * unchanged files, writes the build manifest and compares two manifests for pull request previews.
 * Every file site-gen writes beside or into the output goes through {@link dev.sitegen.publish.OutputFiles}.
 */
package dev.sitegen.publish;
