package dev.sitegen.render;

import dev.sitegen.check.RuleInfo;
import dev.sitegen.check.RuleRegistry;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SitePaths;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks reference ({@code checks/index.html}), generated from the same rule registry that
 * {@code rules} and {@code explain} print, with the severities this site configures.
 */
final class ChecksPage {

    /** The page's view; {@code checkCommand} works pasted at the repository root. */
    public record View(SiteView site, String checkCommand, List<RuleView> rules) {
    }

    private ChecksPage() {
    }

    static void renderChecksPage(RenderContext ctx, SiteSink sink) {
        List<RuleView> rules = new ArrayList<>();
        for (RuleInfo r : RuleRegistry.allRules()) {
            Severity effective = ctx.config.ruleSeverities().getOrDefault(r.id(), r.defaultSeverity());
            rules.add(new RuleView(r.id(), effective.label(), r.defaultSeverity().label(), r.summary(), r.why(),
                    r.bad(), r.good()));
        }
        String file = SitePaths.CHECKS + "/index.html";
        ctx.writeHtml(sink, file, "checks", new View(ctx.siteView(file), "site-gen check" + ctx.rootArgument(), rules));
    }
}
