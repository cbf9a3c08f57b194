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

    /** The page's view. */
    public record View(SiteView site, List<RuleView> rules) {
    }

    private ChecksPage() {
    }

    static void renderChecksPage(RenderContext ctx, SiteSink sink) {
        List<RuleView> rules = new ArrayList<>();
        for (RuleInfo r : RuleRegistry.allRules()) {
            Severity effective = ctx.config.ruleSeverities().getOrDefault(r.id(), r.defaultSeverity());
            rules.add(new RuleView(r.id(), effective.label(), r.defaultSeverity().label(), r.summary(),
                    section(r.help(), null, "\n\nBAD:"), example(r.help(), "BAD:", "\n\nGOOD:"),
                    example(r.help(), "GOOD:", null)));
        }
        String file = SitePaths.CHECKS + "/index.html";
        ctx.writeHtml(sink, file, "checks", new View(ctx.siteView(file), rules));
    }

    private static String section(String help, String start, String end) {
        int from = start == null ? 0 : help.indexOf(start);
        if (from < 0) {
            return "";
        }
        from += start == null ? 0 : start.length();
        int to = end == null ? -1 : help.indexOf(end, from);
        return (to < 0 ? help.substring(from) : help.substring(from, to)).strip();
    }

    /** An example block without the four-space indent the help text uses. */
    private static String example(String help, String start, String end) {
        return section(help, start, end).lines().map(l -> l.startsWith("    ") ? l.substring(4) : l.strip())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
