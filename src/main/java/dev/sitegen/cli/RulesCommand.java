package dev.sitegen.cli;

import dev.sitegen.check.RuleInfo;
import dev.sitegen.check.RuleRegistry;
import picocli.CommandLine.Command;

/** {@code rules}: lists every rule with its default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules and their default severities.")
final class RulesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        for (RuleInfo rule : RuleRegistry.allRules()) {
            spec.commandLine().getOut().printf("%-36s %-8s %s%n", rule.id(), rule.defaultSeverity().label(),
                    rule.summary());
        }
    }
}
