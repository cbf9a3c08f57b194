package dev.sitegen.build;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.publish.OutputFiles;
import dev.sitegen.publish.PublishException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The commands' side of the output policy ({@link OutputFiles}): what ROOT's inputs are, and a
 * refusal as a configuration error (exit 2, the path, why and a hint) raised before anything is
 * written. Files the commands write besides the site (report, baseline, link cache) go through here.
 */
public final class OutputPolicy {

    private final OutputFiles files;

    private OutputPolicy(OutputFiles files) {
        this.files = files;
    }

    /** The policy of a build or check of {@code layout}'s root. */
    public static OutputPolicy of(SiteLayout layout) throws IOException {
        return new OutputPolicy(OutputFiles.forRoot(layout.root(), listInputs(layout)));
    }

    /** What the build reads, and the repository's own folder: nothing site-gen writes may land there. */
    public static List<Path> listInputs(SiteLayout layout) {
        return List.of(layout.connectorsDir(), layout.docsDir(), layout.guidesDir(), layout.siteConfigFile(),
                layout.root().resolve(".git"));
    }

    /** Refuses {@code file} (given as {@code option}) unless it may be written; nothing when absent. */
    public void checkFile(Path file, String option) throws ConfigException, IOException {
        if (file == null) {
            return;
        }
        try {
            files.checkWritable(file, option);
        } catch (PublishException e) {
            throw refused(e);
        }
    }

    /** Refuses the lock and stamp files beside the output folder {@code target} unless they may be written. */
    public void checkBeside(Path target) throws ConfigException, IOException {
        try {
            files.checkBeside(target);
        } catch (PublishException e) {
            throw refused(e);
        }
    }

    /** Writes {@code content} as {@code file} (given as {@code option}), replacing it in one rename. */
    public void writeFile(Path file, String option, byte[] content) throws ConfigException, IOException {
        try {
            files.replaceFile(file, option, content);
        } catch (PublishException e) {
            throw refused(e);
        }
    }

    /** As {@link #writeFile}, for writers that may throw only I/O errors (the link cache). */
    public void writeCacheFile(Path file, byte[] content) throws IOException {
        try {
            files.replaceFile(file, "--link-cache", content);
        } catch (PublishException e) {
            throw new IOException(e.getMessage() + " (" + e.hint() + ")", e);
        }
    }

    public static ConfigException refused(PublishException e) {
        return new ConfigException(e.getMessage(), e.hint());
    }
}
