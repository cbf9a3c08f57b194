package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.SpecField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code spec-field-undocumented}: a required top-level field of the spec that the doc never mentions, by
 * title or by name, outside its changelog. Kept quiet on purpose: only required, visible, top-level fields;
 * a mention is any case-insensitive occurrence of the title, the name, or the name with underscores as
 * spaces, so a doc that says "API key" documents {@code api_key}.
 */
final class SpecFieldUndocumentedRule implements Rule {

    private static final Pattern SETUP_HEADING = Pattern.compile(
            "^#{1,6}\\s+.*\\b(set ?up|setting up|configur|prerequisite)", Pattern.CASE_INSENSITIVE);

    static final RuleInfo INFO = new RuleInfo("spec-field-undocumented", Severity.WARNING,
            "A required field of the connector's spec is never mentioned in its doc (outside the changelog).",
            "Users must fill every required field to set the connector up; a doc that never names one leaves "
                    + "them guessing where its value comes from. A field counts as mentioned when its title, its "
                    + "name, or its name with '_' read as spaces appears anywhere in the doc outside the "
                    + "changelog, ignoring case. Only required, visible (not airbyte_hidden) top-level fields are "
                    + "judged; fields with a default or a const value, and names starting with '__' (set by the platform), are not. A oneOf field (an authentication method) counts as mentioned when one of its options' titles is. The finding points at "
                    + "the doc's first setup heading ('Set up', 'Configuration', 'Prerequisites'), the section "
                    + "where the field belongs, else at the doc's first line.",
                    """
                    ## Set up the connector

                    1. Enter your **Account ID**.
                    (spec: required [account_id, api_token]; the doc never says API token)
                    """,
                    """
                    ## Set up the connector

                    1. Enter your **Account ID**.
                    2. Enter the **API token** from your profile page.
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        if (c.spec().isEmpty() || c.doc().isEmpty()) {
            return;
        }
        DocPage doc = c.doc().get();
        String text = stripChangelog(c, doc).toLowerCase(Locale.ROOT);
        for (SpecField f : c.spec().get().fields()) {
            if (!f.required() || f.hidden() || f.name().startsWith("__") || f.defaultValue().isPresent() || f.constValue().isPresent()
                    || isMentioned(text, f)) {
                continue;
            }
            String titled = f.title().isBlank() ? "" : " (" + f.title() + ")";
            out.add(INFO.createDiagnostic(c, findSetupPos(doc),
                    "required field '" + f.name() + "'" + titled + " is never mentioned in the doc",
                    "describe where users get the value of '" + f.name() + "' in the setup steps"));
        }
    }

    /** An option field (an authentication method, say) counts as mentioned when one of its options is. */
    private static boolean isMentioned(String text, SpecField f) {
        return containsName(text, f.name()) || containsTitle(text, f.title())
                || f.options().stream().anyMatch(o -> containsTitle(text, o.title()) || containsTitle(text, o.value()));
    }

    private static boolean containsName(String text, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return text.contains(lower) || text.contains(lower.replace('_', ' '));
    }

    private static boolean containsTitle(String text, String title) {
        return !title.isBlank() && text.contains(title.toLowerCase(Locale.ROOT).strip());
    }

    private static String stripChangelog(Connector c, DocPage doc) {
        if (c.changelog().isEmpty() || !c.changelog().get().pos().file().equals(doc.file())) {
            return doc.markdown();
        }
        int first = c.changelog().get().firstLine();
        int last = c.changelog().get().lastLine();
        String[] lines = doc.markdown().split("\n", -1);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i + 1 < first || i + 1 > last) {
                kept.append(lines[i]).append('\n');
            }
        }
        return kept.toString();
    }

    private static SourcePos findSetupPos(DocPage doc) {
        String[] lines = doc.markdown().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (SETUP_HEADING.matcher(lines[i]).find()) {
                return SourcePos.at(doc.file(), i + 1, 1);
            }
        }
        return SourcePos.at(doc.file(), 1, 1);
    }
}
