/**
 * Puts a rendered site on disk: writes into a sibling staging folder and swaps it in only when the
 * build succeeded, so a failed or interrupted build leaves the previous output as it was.
 */
package dev.sitegen.publish;
