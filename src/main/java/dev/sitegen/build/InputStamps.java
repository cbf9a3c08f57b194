package dev.sitegen.build;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.LoadMemo;
import dev.sitegen.publish.FileStamp;
import dev.sitegen.publish.InputSet;
import java.io.IOException;
import java.util.SortedMap;

/**
 * A published build's inputs as they were before loading read them: the key (generator, root, options)
 * and the size and time of every input file, recorded in the build stamp so the next build knows
 * whether it has anything to do; and what the load parsed or re-used ({@link LoadCache}), kept for the
 * next build.
 */
record InputStamps(String key, InputSet inputs, SortedMap<String, FileStamp> before, LoadMemo memo) {

    static InputStamps stampInputs(SiteLayout layout, SiteConfig config, RenderOptions render, LoadMemo memo)
            throws IOException {
        InputSet inputs = BuildInputs.describeInputs(layout, config);
        String key = BuildInputs.describeKey(layout, render.baseUrl(), render.asOf());
        return new InputStamps(key, inputs, inputs.stampInputs(), memo);
    }
}
