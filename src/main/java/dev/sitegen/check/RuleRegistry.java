package dev.sitegen.check;

import dev.sitegen.model.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every rule the checker runs, in id order, plus the rules whose diagnostics come from loading
 * (they have help and a severity but no {@link Rule} object).
 */
public final class RuleRegistry {

    static final RuleInfo METADATA_INVALID = new RuleInfo("metadata-invalid", Severity.ERROR,
            "metadata.yaml is not valid YAML, or a required field is missing, mistyped or has an unknown value.",
            "metadata.yaml must be a mapping with a 'data:' key holding name, definitionId (a UUID), "
                    + "connectorType (source|destination), dockerRepository, dockerImageTag, license, "
                    + "documentationUrl (an http(s) URL), githubIssueLabel, connectorSubtype "
                    + "(api|database|datalake|file|custom|message_queue|unknown|vectorstore) and "
                    + "releaseStage (alpha|beta|generally_available|custom). supportLevel, when given, is "
                    + "community|certified|archived; registryOverrides.oss/cloud need 'enabled: true|false'. "
                    + "Unknown keys are allowed. A connector with invalid metadata is left out of the site.");

    private static final List<Rule> CONNECTOR_RULES = List.of(new DocsMissingRule());

    /** Every rule id of the contract (DESIGN.md), including those not yet checked, for config validation. */
    private static final List<String> CONTRACT_IDS = List.of("metadata-invalid", "docs-missing",
            "changelog-missing", "changelog-current-version", "changelog-ahead-of-version", "changelog-order",
            "changelog-duplicate", "changelog-malformed-row", "changelog-date", "changelog-pr-link",
            "breaking-change-not-major", "breaking-change-not-in-changelog", "breaking-change-deadline",
            "major-bump-undeclared", "migration-guide-missing", "migration-guide-section",
            "migration-guide-order", "migration-guide-stray-section", "registry-override-version",
            "prerelease-rollout", "documentation-url", "broken-link", "icon-missing");

    private RuleRegistry() {
    }

    static List<Rule> connectorRules() {
        return CONNECTOR_RULES;
    }

    /** Every rule's info, sorted by id. */
    public static List<RuleInfo> allRules() {
        return Stream.concat(Stream.of(METADATA_INVALID), CONNECTOR_RULES.stream().map(Rule::info))
                .sorted(Comparator.comparing(RuleInfo::id))
                .toList();
    }

    /** True for every rule id of the contract, checked yet or not. */
    public static boolean isKnownRuleId(String id) {
        return CONTRACT_IDS.contains(id);
    }

    public static Optional<RuleInfo> findRule(String id) {
        return allRules().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
