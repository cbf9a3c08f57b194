package dev.sitegen.edit;

import dev.sitegen.model.MigrationGuide;
import dev.sitegen.model.MigrationSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the {@code Upgrading to X.Y.Z} section of a breaking change into a migration guide: above the
 * guide's first section, at that section's heading level (so the title, intro and imports stay on
 * top), or at the end of a guide without sections; or a new guide with just a title and the section.
 * The section is a short template (what changed, who is affected, how to upgrade) for the author to
 * complete.
 */
final class MigrationGuideEdit {

    /** The section to write: the version, whom it concerns and what the breaking change says. */
    record Section(String version, String connectorType, String message, LocalDate deadline, List<String> streams) {

        Section {
            streams = List.copyOf(streams);
        }

        List<String> renderLines(int level) {
            String heading = "#".repeat(level) + " ";
            String sub = "#".repeat(Math.min(6, level + 1)) + " ";
            List<String> out = new ArrayList<>(List.of(heading + "Upgrading to " + version, "", sub + "What changed", ""));
            out.addAll(Arrays.asList(message.strip().split("\\R")));
            out.addAll(List.of("", sub + "Who is affected", "", describeAffected(), "", sub + "How to upgrade", "",
                    "1. Upgrade the " + connectorType + " to " + version + " before " + deadline + ".",
                    "2. In each affected connection, apply the changes described above.",
                    "3. Run a sync and check its results."));
            return out;
        }

        private String describeAffected() {
            if (streams.isEmpty()) {
                return "Every connection that uses this " + connectorType + ".";
            }
            List<String> quoted = streams.stream().map(s -> "`" + s + "`").toList();
            String names = quoted.size() == 1 ? quoted.get(0)
                    : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
            return "Connections that sync the " + names + (streams.size() == 1 ? " stream." : " streams.")
                    + " Other streams are not affected.";
        }
    }

    private MigrationGuideEdit() {
    }

    /** Adds the section to an existing guide, unless it has one for this version already. */
    static void insertSection(TextLines lines, MigrationGuide guide, Section section) {
        if (guide.findSection(section.version()).isPresent()) {
            return;
        }
        if (guide.sections().isEmpty()) {
            List<String> block = new ArrayList<>();
            if (lines.size() > 0 && !lines.isBlank(lines.size() - 1)) {
                block.add("");
            }
            block.addAll(section.renderLines(2));
            lines.insertLines(lines.size(), block);
            return;
        }
        MigrationSection first = guide.sections().get(0);
        int at = first.pos().line() - 1;
        List<String> block = new ArrayList<>(section.renderLines(countHeadingLevel(lines.content(at))));
        block.add("");
        if (at > 0 && !lines.isBlank(at - 1)) {
            block.add(0, "");
        }
        lines.insertLines(at, block);
    }

    /** A new guide: {@code # <Name> Migration Guide} and the section. */
    static String createGuide(String connectorName, Section section, String newline) {
        List<String> out = new ArrayList<>(List.of("# " + connectorName + " Migration Guide", ""));
        out.addAll(section.renderLines(2));
        return String.join(newline, out) + newline;
    }

    private static int countHeadingLevel(String heading) {
        String t = heading.stripLeading();
        int level = 0;
        while (level < t.length() && t.charAt(level) == '#') {
            level++;
        }
        return Math.max(1, Math.min(6, level));
    }
}
