package dev.sitegen.build;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.SpecMemo;
import dev.sitegen.publish.OutputLock;
import dev.sitegen.publish.SpecCacheFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The spec cache of a published build's output ({@link SpecCacheFile}, entries vouched for by
 * {@link SpecMemo}): opened before loading, written after the output is committed. The whole file belongs
 * to one generator and root; one of another, or one that does not read (truncated, damaged, edited), is
 * ignored with an {@code info:} line and every spec is read. {@code --force} ignores it.
 */
final class SpecCache {

    private SpecCache() {
    }

    /** The memo of {@code request}'s output's last build, or an empty one that still records this load. */
    static SpecMemo openSpecs(SiteLayout layout, OutputRequest request) throws IOException {
        if (request.force()) {
            return SpecMemo.empty();
        }
        Path target;
        try {
            target = OutputTarget.checkOutput(layout, OutputPolicy.of(layout), request, false);
        } catch (ConfigException e) {
            // an output this build may not write: the publishing step says so
            return SpecMemo.empty();
        }
        Optional<byte[]> bytes = SpecCacheFile.readCache(target);
        if (bytes.isEmpty()) {
            return SpecMemo.empty();
        }
        try {
            return SpecMemo.decode(bytes.get(), describeKey(layout));
        } catch (IOException e) {
            request.notices().accept("info: the spec cache cannot be used (" + e.getMessage()
                    + "); ignored, every spec is read");
            return SpecMemo.empty();
        }
    }

    /** Writes what this build's load read, for the next build of the output {@code lock} holds. */
    static void keepSpecs(OutputLock lock, SiteLayout layout, SpecMemo specs) throws IOException {
        if (specs.isRecording()) {
            SpecCacheFile.writeCache(lock, specs.encode(describeKey(layout)));
        }
    }

    /** The generator (its jar) and the root: positions and findings name files relative to the root. */
    private static String describeKey(SiteLayout layout) throws IOException {
        return "generator " + BuildInputs.stampGenerator() + "\nroot " + layout.root() + "\nlayout " + layout.kind();
    }
}
