package dev.sitegen.testing;

import dev.sitegen.build.Build;
import dev.sitegen.build.CheckScope;
import dev.sitegen.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** What {@code check --only dir} reports, every field of every finding, for comparing two loads of a site. */
public final class CheckedFindings {

    private CheckedFindings() {
    }

    /** The rule and link findings of checking {@code dir} on {@code build}, in report order, one line each. */
    public static List<String> describeFindings(Build build, String dir) {
        CheckScope scope = CheckScope.of(List.of(dir));
        List<Diagnostic> found = new ArrayList<>(build.runChecks(scope));
        found.addAll(build.checkLinks(scope));
        found.sort(Diagnostic.REPORT_ORDER);
        return found.stream().map(d -> String.join(" ", d.rule(), d.severity().toString(), d.connector(),
                d.pos().toString(), d.message(), d.hint())).toList();
    }
}
