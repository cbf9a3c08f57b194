package dev.sitegen.cli;

import dev.sitegen.build.Build;
import dev.sitegen.build.CheckScope;
import dev.sitegen.config.ConfigException;
import dev.sitegen.load.BaseRevision;
import dev.sitegen.model.BaseCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import picocli.CommandLine.Option;

/**
 * {@code --changed-since GIT_REF}, for {@code check} and {@code build}: a pull request's CI run
 * reports only the connectors the pull request touched, so unrelated old problems elsewhere in the
 * repository neither fail it nor bury its own findings.
 */
final class ChangedSinceOption {

    private static final int MAX_NAMED = 10;

    /** git runs with the caller's environment. */
    private final Invocation invocation;

    @Option(names = "--changed-since", paramLabel = "GIT_REF",
            description = "Report only connectors whose input files (metadata, icon, doc, migration guide, the "
                    + "snippets they include; or where a missing one would be), or any file of whose folder, differ "
                    + "from GIT_REF (committed, staged, unstaged or untracked changes; needs git), and judge their "
                    + "version, changelog history, breaking changes, spec and streams against GIT_REF.")
    String ref;

    /** The changed files, asked of git while the catalog loads ({@link #startListing}). */
    private FutureTask<GitChanges.Listing> listing;

    /** Made by picocli through {@link InvocationFactory}. */
    ChangedSinceOption(Invocation invocation) {
        this.invocation = invocation;
    }

    /** Whether the option was given. */
    boolean isGiven() {
        return ref != null;
    }

    /**
     * Starts asking git for the changed files of {@code root} on a thread of its own: a few git processes
     * that wait on git, not on the catalog, so they run while it loads. Does nothing without the option;
     * git's refusals are reported by {@link #readChanges}, once the catalog's own problems have been.
     */
    void startListing(Path root) {
        if (ref == null) {
            return;
        }
        listing = new FutureTask<>(() -> GitChanges.listChangedFiles(root, ref, invocation.environment()));
        Thread thread = new Thread(listing, "git-changes");
        thread.setDaemon(true);
        thread.start();
    }

    private GitChanges.Listing listChangedFiles(Path root) throws ConfigException, IOException {
        if (listing == null) {
            return GitChanges.listChangedFiles(root, ref, invocation.environment());
        }
        try {
            return listing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking git for the changed files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConfigException c) {
                throw c;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    /**
     * {@code scope} narrowed to the connectors changed since the ref, with those connectors as they were
     * at the ref (read from git) for the rules that judge the change; {@code scope} itself and no base
     * without the option.
     */
    PullRequestScope readChanges(Build build, CheckScope scope, PrintWriter err) throws ConfigException, IOException {
        if (ref == null) {
            return new PullRequestScope(scope, BaseCatalog.none());
        }
        Path root = build.site().layout().root();
        GitChanges.Listing listed = listChangedFiles(root);
        CheckScope narrowed = narrowScope(build, scope, listed.files(), err);
        return new PullRequestScope(narrowed, BaseRevision.readBase(root, ref, listed.base(), build.site().catalog(),
                listed.files(), narrowed.selected().orElseThrow(), invocation.environment()));
    }

    private CheckScope narrowScope(Build build, CheckScope scope, List<String> files, PrintWriter err) {
        SortedSet<String> changed = ChangedConnectors.mapChangedPaths(build.site().layout(), build.site().catalog(),
                files);
        CheckScope narrowed = scope.narrowTo(changed).withFiles(files);
        err.println("changed since " + ref + ": " + describeConnectors(narrowed.selected().orElseThrow()));
        return narrowed;
    }

    /** {@code 2 connector(s): a, b}, naming at most ten. */
    static String describeConnectors(SortedSet<String> connectors) {
        if (connectors.isEmpty()) {
            return "0 connector(s)";
        }
        String names = String.join(", ", connectors.stream().limit(MAX_NAMED).toList());
        String more = connectors.size() > MAX_NAMED ? ", and " + (connectors.size() - MAX_NAMED) + " more" : "";
        return connectors.size() + " connector(s): " + names + more;
    }
}
