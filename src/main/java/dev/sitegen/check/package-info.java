/**
 * Decides what is wrong: one class per rule, the rule registry with default severities and help,
 * severity overrides, and the reporters that print diagnostics (text, json). Never renders pages.
 */
package dev.sitegen.check;
