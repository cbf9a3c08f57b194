package dev.sitegen.load;

import dev.sitegen.model.BaseSpec;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Spec;
import dev.sitegen.model.SpecStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A connector's spec at a git ref, from the blobs of its spec candidates there: the first candidate
 * present, in {@link SpecFiles}' order, parsed by {@link SpecFiles#parseSpec} into the same {@link Spec}
 * the work tree gets (a package {@code spec.json|yaml} with the streams of the package manifest). The
 * ref's findings are not reported (they are not the pull request's); a candidate that does not read as
 * a spec makes the spec unreadable there, with the first finding as the reason.
 */
final class BaseSpecReader {

    private BaseSpecReader() {
    }

    /** The candidate files of the connector whose folder (relative to ROOT, ending in {@code /}) is given. */
    static List<String> listCandidateFiles(String folder, String dirName) {
        return SpecFiles.listCandidateNames(dirName).stream().map(n -> folder + n).toList();
    }

    static BaseSpec readBaseSpec(String connector, String folder, Map<String, byte[]> atRef) {
        List<String> candidates = listCandidateFiles(folder, connector);
        for (int i = 0; i < candidates.size(); i++) {
            String file = candidates.get(i);
            byte[] text = atRef.get(file);
            if (text == null) {
                continue;
            }
            if (text.length > SpecTreeReader.MAX_BYTES) {
                return BaseSpec.unreadable(file + " is " + text.length + " bytes, over the limit of "
                        + SpecTreeReader.MAX_BYTES);
            }
            SpecFiles.ParsedSpec parsed = SpecFiles.parseSpec(connector, file, text);
            if (parsed.spec().isEmpty()) {
                return BaseSpec.unreadable(parsed.diagnostics().stream().findFirst()
                        .map(d -> d.pos() + ": " + d.message()).orElse(file + " is no spec"));
            }
            Spec spec = parsed.spec().get();
            String manifest = candidates.get(candidates.size() - 1);
            if ((i == 1 || i == 2) && atRef.containsKey(manifest)) {
                List<Diagnostic> ignored = new ArrayList<>();
                Optional<SpecStreams> streams = SpecFiles.readStreams(connector, manifest, atRef.get(manifest), ignored);
                spec = new Spec(spec.file(), spec.pos(), spec.fields(), spec.options(), spec.closed(),
                        streams.orElse(spec.streams()));
            }
            return BaseSpec.read(spec);
        }
        return BaseSpec.absent();
    }
}
