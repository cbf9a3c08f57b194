package dev.sitegen.build;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.publish.OutputGuard;
import dev.sitegen.publish.OutputLock;
import dev.sitegen.publish.PublishException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The output folder of a request once the output policy allows it, its lock, and the files kept
 * beside it (link cache). Refusals are configuration errors (exit 2) raised before anything is written.
 */
final class OutputTarget {

    /** How long a build waits for another build of the same output folder to finish. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private OutputTarget() {
    }

    /**
     * The real output folder, once it is neither a source folder, {@code /}, home nor someone else's,
     * and the files kept beside it (lock, build stamp, link cache) may be written.
     */
    static Path checkOutput(SiteLayout layout, OutputPolicy policy, OutputRequest request, boolean external)
            throws ConfigException, IOException {
        Path target;
        try {
            target = OutputGuard.checkTarget(request.out(), layout.root(),
                    List.of(layout.connectorsDir(), layout.docsDir(), layout.guidesDir()),
                    // the caller's HOME and the account's (a CI job's HOME is often not the account's home)
                    List.of(request.home(), Path.of(System.getProperty("user.home", "/"))));
        } catch (PublishException e) {
            throw OutputPolicy.refused(e);
        }
        policy.checkBeside(target);
        policy.checkFile(external ? linkCacheOf(request, target) : null, "--link-cache");
        return target;
    }

    static OutputLock lockOutput(Path target, OutputRequest request) throws ConfigException, IOException {
        try {
            return OutputLock.acquire(target, LOCK_WAIT, request.notices()::accept);
        } catch (PublishException e) {
            throw OutputPolicy.refused(e);
        }
    }

    /** The {@code --check-external} result cache: {@code --link-cache}, or one beside the output. */
    static Path linkCacheOf(OutputRequest request, Path target) {
        return request.linkCache().orElseGet(() -> target.resolveSibling(".site-gen").resolve("link-cache.json"));
    }
}
