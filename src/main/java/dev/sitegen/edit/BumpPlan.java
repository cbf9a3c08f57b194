package dev.sitegen.edit;

import java.util.List;

/**
 * The outcome of planning a bump, before anything is written: either the problems that make the
 * bump refuse (then {@code changes} is empty and no file may be touched), or every file's new text.
 * {@code notes} are things the user should know that do not stop the bump.
 */
public record BumpPlan(String connector, String fromVersion, String toVersion, List<FileChange> changes,
                       List<String> problems, List<String> notes) {

    public BumpPlan {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    static BumpPlan refuse(String connector, List<String> problems) {
        return new BumpPlan(connector, "", "", List.of(), problems, List.of());
    }

    public boolean isRefused() {
        return !problems.isEmpty();
    }

    /** The changes as one unified diff, file by file, paths relative to the build root. */
    public String formatDiff() {
        StringBuilder out = new StringBuilder();
        for (FileChange change : changes) {
            out.append(UnifiedDiff.formatChange(change));
        }
        return out.toString();
    }
}
