package dev.sitegen.cli;

import dev.sitegen.check.RuleInfo;
import dev.sitegen.check.RuleRegistry;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code explain RULE}: prints a rule's full help: summary, why, and the BAD and GOOD examples. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain one rule and how to fix it.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RULE", description = "A rule id, as listed by 'rules'.")
    String rule;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<RuleInfo> info = RuleRegistry.findRule(rule);
        if (info.isEmpty()) {
            spec.commandLine().getErr().println("error: unknown rule '" + rule + "'; run 'site-gen rules'");
            return AbortHandler.USAGE;
        }
        RuleInfo r = info.get();
        spec.commandLine().getOut().printf("%s (default: %s)%n%n%s%n%n%s%n%nBAD:%n%s%n%nGOOD:%n%s%n", r.id(),
                r.defaultSeverity().label(), r.summary(), r.why(), indent(r.bad()), indent(r.good()));
        return 0;
    }

    /** Examples print indented, so they read as code next to the prose and copy out cleanly. */
    private static String indent(String example) {
        return example.lines().map(line -> "    " + line).collect(Collectors.joining(System.lineSeparator()));
    }
}
