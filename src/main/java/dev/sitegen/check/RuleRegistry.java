package dev.sitegen.check;

import dev.sitegen.model.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every rule the checker runs, in id order, plus the rules whose diagnostics come from other stages
 * (loading, link verification): they have help and a severity but no {@link Rule} object here.
 */
public final class RuleRegistry {

    static final RuleInfo METADATA_INVALID = new RuleInfo("metadata-invalid", Severity.ERROR,
            "metadata.yaml is not valid YAML, or a required field is missing, mistyped or has an unknown value.",
            "metadata.yaml must be a mapping with a 'data:' key holding name, definitionId "
                    + "(a UUID), connectorType (source|destination), dockerRepository, dockerImageTag, license, "
                    + "documentationUrl (an http(s) URL), githubIssueLabel, connectorSubtype "
                    + "(api|database|datalake|file|custom|message_queue|unknown|vectorstore) and releaseStage "
                    + "(alpha|beta|generally_available|custom). supportLevel, when given, is "
                    + "community|certified|archived; registryOverrides.oss/cloud need 'enabled: true|false'. "
                    + "Unknown keys are allowed. A connector with invalid metadata is left out of the site.",
                    """
                    data:
                      name: Foo
                      connectorType: src
                    """,
                    """
                    data:
                      name: Foo
                      connectorType: source
                      definitionId: 3f2b9c1e-8a4d-4e6f-9b1a-2c3d4e5f6a7b
                      dockerRepository: acme/source-foo
                      dockerImageTag: 1.2.0
                      ...
                    """);

    static final RuleInfo BROKEN_LINK = new RuleInfo("broken-link", Severity.ERROR,
            "A link or image on the built site leads to no file of the site, or its #fragment to no anchor there.",
            "Checked on the rendered site, before it is published: every internal href and src "
                    + "of every page (doc links, template links, feeds and the sitemap) must lead to a file the "
                    + "site has, and every #fragment to an id (or <a name>) on the target page, compared "
                    + "case-sensitively. Heading ids follow GitHub's slugs: lower case, punctuation dropped, spaces "
                    + "become '-'; '{#my-id}' after a heading sets its own. A relative link whose '../' climbs above "
                    + "the docs root is broken. Findings point at the markdown line of the link, or at the "
                    + "template that wrote it. Links to docs outside docs/integrations cannot be verified from "
                    + "the output and are info; external links only get a syntax check (a malformed URL is a "
                    + "warning) unless 'build --check-external' probes them (404, 410 and unknown hosts are "
                    + "warnings). A severity set for broken-link in site.yaml caps all of these.",
                    """
                    ## Step 1: Create a read-only user

                    Start with [step 1](#step-1-create-a-dedicated-read-only-user),
                    then read [the upgrade guide](../../../upgrading.md).
                    """,
                    """
                    ## Step 1: Create a read-only user

                    Start with [step 1](#step-1-create-a-read-only-user),
                    then read [the upgrade guide](/integrations/sources/postgres-migrations#upgrading-to-3.0.0).
                    """);

    static final RuleInfo SPEC_INVALID = new RuleInfo("spec-invalid", Severity.ERROR,
            "The connector's spec file does not parse, is not an object schema, or has a $ref that leads nowhere.",
            "The spec is the first of: the connector folder's manifest.yaml (spec.connection_specification), "
                    + "<python_package>/spec.json or spec.yaml (connectionSpecification), "
                    + "src/main/resources/spec.json, <python_package>/manifest.yaml. It must parse (one JSON or YAML "
                    + "document, no aliases, at most 4 MiB) and its specification must be a JSON Schema object "
                    + "(type: object with properties, or a oneOf of objects). $refs must be local pointers "
                    + "(#/definitions/...) to something in the same file, without cycles; a spec has at most 5,000 "
                    + "fields nested at most 24 deep. The connector still builds; without a readable spec its page has "
                    + "no configuration reference.",
                    """
                    spec:
                      connection_specification:
                        - type: object
                        - properties: {}
                    """,
                    """
                    spec:
                      connection_specification:
                        type: object
                        required: [api_key]
                        properties:
                          api_key:
                            type: string
                            airbyte_secret: true
                    """);

    private static final List<Rule> CONNECTOR_RULES = Stream.<Rule>of(
            new DocsMissingRule(), new MdxComponentRule(), new ChangelogMissingRule(), new ChangelogCurrentVersionRule(),
            new ChangelogAheadOfVersionRule(), new ChangelogOrderRule(), new ChangelogDuplicateRule(),
            new ChangelogMalformedRowRule(), new ChangelogDateRule(), new ChangelogPrLinkRule(),
            new BreakingChangeNotMajorRule(), new BreakingChangeNotInChangelogRule(),
            new BreakingChangeDeadlineRule(), new MajorBumpUndeclaredRule(), new MigrationGuideMissingRule(),
            new MigrationGuideSectionRule(), new MigrationGuideOrderRule(), new MigrationGuideStraySectionRule(),
            new RegistryOverrideVersionRule(), new PrereleaseRolloutRule(), new DocumentationUrlRule(),
            new IconMissingRule(), new VersionNotIncrementedRule(), new VersionDecrementedRule(),
            new ChangelogHistoryChangedRule(), new BreakingChangeRemovedRule(), new DocFieldUnknownRule(),
            new SpecFieldUndocumentedRule(), new BreakingChangeUnknownStreamRule(),
            new SpecBreakingChangeUndeclaredRule(), new SpecFieldRemovedRule(), new StreamRemovedUndeclaredRule())
            .sorted(Comparator.comparing(r -> r.info().id()))
            .toList();

    /** Every rule id of the contract (ARCHITECTURE.md), including those checked elsewhere, for config validation. */
    private static final List<String> CONTRACT_IDS = List.of("metadata-invalid", "docs-missing",
            "changelog-missing", "changelog-current-version", "changelog-ahead-of-version", "changelog-order",
            "changelog-duplicate", "changelog-malformed-row", "changelog-date", "changelog-pr-link",
            "breaking-change-not-major", "breaking-change-not-in-changelog", "breaking-change-deadline",
            "major-bump-undeclared", "migration-guide-missing", "migration-guide-section",
            "migration-guide-order", "migration-guide-stray-section", "registry-override-version",
            "prerelease-rollout", "documentation-url", "broken-link", "icon-missing", "mdx-component", "spec-invalid",
            "version-not-incremented", "version-decremented", "changelog-history-changed", "breaking-change-removed",
            "doc-field-unknown", "spec-field-undocumented", "breaking-change-unknown-stream",
            "spec-breaking-change-undeclared", "spec-field-removed", "stream-removed-undeclared");

    private RuleRegistry() {
    }

    static List<Rule> connectorRules() {
        return CONNECTOR_RULES;
    }

    /** Every rule's info, sorted by id. */
    public static List<RuleInfo> allRules() {
        return Stream.concat(Stream.of(METADATA_INVALID, BROKEN_LINK, SPEC_INVALID), CONNECTOR_RULES.stream().map(Rule::info))
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
