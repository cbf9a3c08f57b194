package dev.sitegen.build;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.publish.BuildStamp;
import dev.sitegen.load.LoadMemo;
import dev.sitegen.publish.FileStamp;
import dev.sitegen.publish.InputSet;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A published build's inputs as they were before loading read them: the key (generator, root, options),
 * the size, time and identity of every input file, the system time taken before the first was stamped,
 * and the content hash of those too recent for their stamp to vouch for them (racy: edited in the clock
 * tick they were stamped in), recorded in the build stamp so the next build knows whether it has
 * anything to do; and what the load parsed or re-used ({@link LoadCache}), kept for the next build.
 */
record InputStamps(String key, InputSet inputs, SortedMap<String, FileStamp> before, long stampedAt,
                   SortedMap<String, String> racyHashes, Set<String> baseKeys, LoadMemo memo) {

    /**
     * Stamps the inputs known before loading: {@code inputs}' and the files the last build of the same output
     * found by loading ({@code known}, paths relative to the root), so a connector's spec or icon read again is
     * stamped before it is read and an edit during this build shows in the next one.
     */
    static InputStamps stampInputs(SiteLayout layout, SiteConfig config, RenderOptions render, List<String> known,
                                    LoadMemo memo)
            throws IOException {
        InputSet inputs = BuildInputs.describeInputs(layout, config);
        String key = BuildInputs.describeKey(layout, render.baseUrl(), render.asOf());
        long stampedAt = nowNanos();
        SortedMap<String, FileStamp> base = inputs.stampInputs();
        SortedMap<String, FileStamp> before = new TreeMap<>(base);
        inputs.stampKnownFiles(known, before);
        // hashed now, before loading reads them: what the build reads is this content or a later one,
        // whose stamp or hash then differs
        return new InputStamps(key, inputs, before, stampedAt, BuildStamp.hashRacyInputs(inputs, before, stampedAt),
                Set.copyOf(base.keySet()), memo);
    }

    /**
     * The stamp to write when the build commits: these inputs plus those loading found ({@code stamps}), and
     * only those: a file the last build found and this one did not is no input any more.
     */
    BuildStamp.Pending toPending(InputSet withLoaded, SortedMap<String, FileStamp> stamps, int pages,
                                 FindingCounts counts, BuildStamp.Report report) {
        Set<String> keep = new HashSet<>(baseKeys);
        withLoaded.files().forEach(f -> keep.add(withLoaded.keyOf(f)));
        SortedMap<String, FileStamp> inputStamps = new TreeMap<>(stamps);
        inputStamps.keySet().retainAll(keep);
        return new BuildStamp.Pending(key, withLoaded, inputStamps, stampedAt, racyHashes, pages, counts, report);
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }
}
