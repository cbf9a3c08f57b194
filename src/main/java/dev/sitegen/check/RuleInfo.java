package dev.sitegen.check;

import dev.sitegen.model.Severity;

/** A rule's stable id, default severity, one-line summary and a longer help text with a fix. */
public record RuleInfo(String id, Severity defaultSeverity, String summary, String help) {
}
