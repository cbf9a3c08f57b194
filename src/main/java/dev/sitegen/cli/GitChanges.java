package dev.sitegen.cli;

import dev.sitegen.config.ConfigException;
import dev.sitegen.load.BaseCommit;
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

    /** What git answered: the commit REF named and ROOT's place in the work tree, and the changed files. */
    record Listing(BaseCommit base, List<String> files) {
    }

    /**
     * Sorted paths relative to {@code root} that changed since {@code ref}, untracked files included, and the
     * commit {@code ref} named. The three questions (is ROOT in a work tree, at what place, which commit does REF
     * name; what differs; what is untracked) go to three git
     * processes at once: each costs a process start and a read of the index, which dominate on a repository the
     * size of the monorepo, and run one after another they outlasted the catalog's load they overlap. The answers
     * are read in that order, so a refusal is the one asking them one by one gives; a diff asked of a ref the first
     * question refuses is dropped unread. The diff is of {@code REF^{commit}}, the object the first question vouched
     * for (a tree or a range would be refused there). Renames are not paired ({@code --no-renames}, whatever the
     * user's {@code diff.renames}): a file moved out of a connector's folder changes that connector too.
     */
    static Listing listChangedFiles(Path root, String ref, Map<String, String> environment)
            throws ConfigException, IOException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new ConfigException("--changed-since '" + ref + "': not a git ref",
                    "pass a branch, tag or commit, for example --changed-since origin/main");
        }
        String commit = ref + "^{commit}";
        try (GitRun known = GitRun.startGit(root, environment, "rev-parse", "--is-inside-work-tree", "--show-prefix",
                     "--verify", "--quiet", commit);
             GitRun tracked = GitRun.startGit(root, environment, "diff", "--name-only", "--relative", "--no-renames",
                     "-z", commit, "--");
             GitRun untracked = GitRun.startGit(root, environment, "ls-files", "--others", "--exclude-standard",
                     "-z")) {
            GitRun.Result answer = known.awaitResult();
            List<String> lines = answer.out().lines().toList();
            if (answer.exitCode() != 0 || lines.size() != 3 || !lines.get(0).equals("true")) {
                requireWorkTreeCommit(root, ref, environment);
                tracked.awaitSuccess(); // a ROOT inside .git passes both checks, and fails here with git's message
                throw new IOException("git rev-parse answered '" + answer.out().strip() + "' (exit code "
                        + answer.exitCode() + ") for " + commit + " in " + root);
            }
            TreeSet<String> paths = new TreeSet<>();
            paths.addAll(tracked.awaitSuccess().splitPaths());
            paths.addAll(untracked.awaitSuccess().splitPaths());
            return new Listing(new BaseCommit(lines.get(2), lines.get(1)), List.copyOf(paths));
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
