package dev.sitegen.render;

/** One rule on the checks reference page: id, effective severity, summary, help and its examples. */
public record RuleView(String id, String severity, String defaultSeverity, String summary, String why,
                       String bad, String good) {
}
