/**
 * Decides what is wrong: one class per rule, the rule registry with default severities and help,
 * severity overrides, the baseline that hides known findings, and the reporters that print
 * diagnostics (text, github, json, sarif). Never renders pages.
 */
package dev.sitegen.check;
