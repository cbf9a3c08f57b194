package dev.sitegen.cli;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The ROOT a command uses when none is given. Contributors paste commands at the repository root, so
 * the current folder is ROOT when it is a root itself (a monorepo checkout, or a folder with
 * {@code site.yaml}); otherwise {@code content/}, where a project keeps its site. Neither is a
 * configuration error that says what was looked for.
 */
final class DefaultRoot {

    static final String PROJECT_FOLDER = "content";

    /** How a command's help describes the default. */
    static final String DESCRIPTION = "Default: the current folder when it is a monorepo root or has site.yaml, "
            + "else content/.";

    private DefaultRoot() {
    }

    /** {@code given} when there is one, else the default for the caller's working folder. */
    static Path resolveRoot(Optional<Path> given, Invocation invocation) throws ConfigException {
        return given.isPresent() ? given.get() : chooseRoot(invocation.workingFolder());
    }

    /** The default ROOT for a command run in {@code workingFolder}. */
    static Path chooseRoot(Path workingFolder) throws ConfigException {
        if (SiteLayout.isRoot(workingFolder)) {
            return workingFolder;
        }
        Path project = workingFolder.resolve(PROJECT_FOLDER);
        if (Files.isDirectory(project)) {
            return project;
        }
        throw new ConfigException("no ROOT given, and " + workingFolder + " is no site-gen root (neither a monorepo "
                + "checkout nor a folder with site.yaml) and has no " + PROJECT_FOLDER + "/ folder",
                "run the command at the repository root, or pass ROOT (the monorepo checkout or the folder with "
                        + "site.yaml)");
    }
}
