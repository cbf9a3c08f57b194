package dev.sitegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry covers the contract's rule ids, and every rule explains itself with examples. */
class RuleRegistryTest {

    private static final List<String> CHECKED_ELSEWHERE = List.of("metadata-invalid", "broken-link", "spec-invalid");

    @Test
    void everyContractRuleButLoadAndVerifyOnesHasAConnectorRule() {
        List<String> ids = RuleRegistry.connectorRules().stream().map(r -> r.info().id()).toList();

        assertThat(ids).doesNotHaveDuplicates().isSorted().hasSize(32);
        assertThat(ids).allMatch(RuleRegistry::isKnownRuleId);
        assertThat(ids).doesNotContainAnyElementsOf(CHECKED_ELSEWHERE);
    }

    @Test
    void everyRuleHasASummaryAndHelpWithBadAndGoodExamples() {
        assertThat(RuleRegistry.allRules()).hasSize(35).allSatisfy(r -> {
            assertThat(r.summary()).as(r.id()).isNotBlank().doesNotContain("\n");
            assertThat(r.why()).as(r.id()).isNotBlank().doesNotContain("\n");
            assertThat(List.of(r.bad(), r.good())).as(r.id()).allSatisfy(example -> assertThat(example)
                    .isNotBlank().isEqualTo(example.strip()));
            assertThat(r.bad()).as(r.id()).isNotEqualTo(r.good());
        });
    }

    @Test
    void findRuleReturnsTheRegisteredInfo() {
        assertThat(RuleRegistry.findRule("changelog-order")).contains(ChangelogOrderRule.INFO);
        assertThat(RuleRegistry.findRule("broken-link")).contains(RuleRegistry.BROKEN_LINK);
        assertThat(RuleRegistry.findRule("spec-invalid")).contains(RuleRegistry.SPEC_INVALID);
        assertThat(RuleRegistry.isKnownRuleId("spec-invalid")).isTrue();
        assertThat(RuleRegistry.isKnownRuleId("broken-link")).isTrue();
    }

    @Test
    void rulesCheckedElsewhereAreListedWithTheirHelp() {
        assertThat(RuleRegistry.allRules()).extracting(RuleInfo::id).containsAll(CHECKED_ELSEWHERE).isSorted();
        assertThat(RuleRegistry.BROKEN_LINK.defaultSeverity()).isEqualTo(dev.sitegen.model.Severity.ERROR);
        assertThat(RuleRegistry.BROKEN_LINK.why()).contains("--check-external", "climbs above the docs root");
        assertThat(RuleRegistry.BROKEN_LINK.bad()).contains("#step-1-create-a-dedicated-read-only-user");
        assertThat(RuleRegistry.BROKEN_LINK.good()).contains("#step-1-create-a-read-only-user");
    }

    @Test
    void examplesLoseTheBlankLinesAroundThemButKeepTheirIndentation() {
        RuleInfo info = new RuleInfo("x", dev.sitegen.model.Severity.INFO, "s", "w", "\n  \n  indented: 1\nnext\n\n",
                "plain\n\n  nested\n");

        assertThat(info.bad()).isEqualTo("  indented: 1\nnext");
        assertThat(info.good()).isEqualTo("plain\n\n  nested");
    }
}
