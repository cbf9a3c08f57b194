package dev.sitegen.testing;

import dev.sitegen.publish.SiteTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

/**
 * One list of edits to a copy of the project's {@code content/}, each with the connectors it touches, so
 * that {@code --changed-since}, the build's up-to-date check and serve's change classification are held
 * to the same answer: every edit of a file a connector was built from or looked for touches exactly that
 * connector, and an edit of a file no connector reads touches none.
 */
public final class InputEdits {

    /** The snippet {@link #prepareSite} maps and includes in formwise's doc. */
    public static final String SNIPPET = "docs/snippets/setup-steps.md";
    /** The doc {@link #prepareSite} deletes, so that adding it back adds a missing doc. */
    public static final String MISSING_DOC = "docs/integrations/sources/quillboard.md";

    /** One edit, applied to the root, and the connectors (folder names) it touches. */
    public record Edit(String name, String file, Set<String> touched, boolean rebuilds, Change change) {

        /** An edit that rebuilds exactly when it touches a connector. */
        public Edit(String name, String file, Set<String> touched, Change change) {
            this(name, file, touched, !touched.isEmpty(), change);
        }

        public void applyTo(Path root) throws IOException {
            change.apply(root.resolve(file));
        }
    }

    /** What an edit does to its file. */
    public interface Change {
        void apply(Path file) throws IOException;
    }

    private InputEdits() {
    }

    /**
     * A copy of {@code content/} in {@code dir} with a snippet mapped in {@code site.yaml} and included by
     * formwise's doc, and quillboard's doc missing.
     */
    public static Path prepareSite(Path dir) throws IOException {
        Path root = dir.resolve("content");
        SiteTrees.copyTree(TestPaths.contentDir(), root);
        Files.createDirectories(root.resolve(SNIPPET).getParent());
        Files.writeString(root.resolve(SNIPPET), "Open the settings page first.\n");
        append(root.resolve("site.yaml"), "snippets:\n  SetupSteps: " + SNIPPET + "\n");
        append(root.resolve("docs/integrations/sources/formwise.md"), "\n<SetupSteps />\n");
        Files.delete(root.resolve(MISSING_DOC));
        return root;
    }

    /** The edits, in the order they are applied one after the other. */
    public static List<Edit> listEdits() {
        return List.of(
                new Edit("migration guide edited", "docs/integrations/sources/ledgerly-migrations.md",
                        Set.of("source-ledgerly"), f -> append(f, "\nOne more note.\n")),
                new Edit("missing migration guide added", "docs/integrations/sources/mossdb-migrations.md",
                        Set.of("source-mossdb"), f -> Files.writeString(f, "# MossDB Migration Guide\n")),
                new Edit("missing doc added", MISSING_DOC, Set.of("source-quillboard"),
                        f -> Files.writeString(f, "# Quillboard\n\nBack again.\n")),
                new Edit("icon touched", "connectors/source-cratebox/icon.svg", Set.of("source-cratebox"),
                        f -> append(f, "\n<!-- touched -->\n")),
                new Edit("snippet edited", SNIPPET, Set.of("source-formwise"), f -> append(f, "Then sign in.\n")),
                new Edit("metadata edited", "connectors/source-harborsql/metadata.yaml", Set.of("source-harborsql"),
                        f -> append(f, "\n# a note\n")),
                new Edit("doc edited", "docs/integrations/destinations/shoal.md", Set.of("destination-shoal"),
                        f -> append(f, "\nMore text.\n")),
                // a file of the folder is part of the connector's release (--changed-since) but no page input
                new Edit("file no connector reads added", "connectors/source-pebblepay/NOTES.txt",
                        Set.of("source-pebblepay"), false, f -> Files.writeString(f, "notes\n")));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.APPEND);
    }
}
