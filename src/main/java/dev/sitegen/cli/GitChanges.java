package dev.sitegen.cli;

import dev.sitegen.config.ConfigException;
import dev.sitegen.load.ChildProcesses;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The files of a work tree that differ from a git ref, asked of the {@code git} command (no library):
 * committed, staged and unstaged changes ({@code git diff --name-only --no-renames REF --}) plus untracked files
 * ({@code git ls-files --others --exclude-standard}), as paths relative to ROOT with forward slashes.
 * A missing git, a ROOT outside a work tree or an unknown ref abort with a hint (exit 2). git runs with the
 * caller's environment, in ROOT ({@link ChildProcesses}).
 */
final class GitChanges {

    static final String SHALLOW_HINT = "in a shallow CI clone, fetch the ref first: git fetch origin ";

    private GitChanges() {
    }

    /**
     * Sorted paths relative to {@code root} that changed since {@code ref}, untracked files included. The three
     * questions (is ROOT in a work tree at a commit REF names, what differs, what is untracked) go to three git
     * processes at once: each costs a process start and a read of the index, which dominate on a repository the
     * size of the monorepo, and run one after another they outlasted the catalog's load they overlap. The answers
     * are read in that order, so a refusal is the one asking them one by one gives; a diff asked of a ref the first
     * question refuses is dropped unread. The diff is of {@code REF^{commit}}, the object the first question vouched
     * for (a tree or a range would be refused there). Renames are not paired ({@code --no-renames}, whatever the
     * user's {@code diff.renames}): a file moved out of a connector's folder changes that connector too.
     */
    static List<String> listChangedFiles(Path root, String ref, Map<String, String> environment)
            throws ConfigException, IOException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new ConfigException("--changed-since '" + ref + "': not a git ref",
                    "pass a branch, tag or commit, for example --changed-since origin/main");
        }
        String commit = ref + "^{commit}";
        try (GitRun known = GitRun.startGit(root, environment, "rev-parse", "--is-inside-work-tree", "--verify",
                     "--quiet", commit);
             GitRun tracked = GitRun.startGit(root, environment, "diff", "--name-only", "--relative", "--no-renames",
                     "-z", commit, "--");
             GitRun untracked = GitRun.startGit(root, environment, "ls-files", "--others", "--exclude-standard",
                     "-z")) {
            GitRun.Result answer = known.awaitResult();
            if (answer.exitCode() != 0 || !answer.out().startsWith("true\n")) {
                requireWorkTreeCommit(root, ref, environment);
            }
            TreeSet<String> paths = new TreeSet<>();
            paths.addAll(tracked.awaitSuccess().splitPaths());
            paths.addAll(untracked.awaitSuccess().splitPaths());
            return List.copyOf(paths);
        }
    }

    /** The two checks asked apart, to tell which one fails, with git's own message. */
    private static void requireWorkTreeCommit(Path root, String ref, Map<String, String> environment)
            throws ConfigException, IOException {
        GitRun.Result inside = runGit(root, environment, "rev-parse", "--is-inside-work-tree");
        if (inside.exitCode() != 0) {
            throw new ConfigException(root + ": not inside a git work tree (" + inside.firstErrorLine() + ")",
                    "--changed-since needs ROOT to be in a git checkout; drop it to check every connector");
        }
        if (runGit(root, environment, "rev-parse", "--verify", "--quiet", ref + "^{commit}").exitCode() != 0) {
            throw new ConfigException("--changed-since " + ref + ": git does not know this ref in " + root,
                    SHALLOW_HINT + ref.replaceFirst("^(refs/remotes/)?origin/", ""));
        }
    }

    private static GitRun.Result runGit(Path root, Map<String, String> environment, String... args)
            throws ConfigException, IOException {
        try (GitRun run = GitRun.startGit(root, environment, args)) {
            return run.awaitResult();
        }
    }
}
