package dev.sitegen.load;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.SpecStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The streams a declarative manifest lists under {@code streams:}: inline definitions, {@code $ref}
 * objects or plain {@code "#/definitions/..."} strings, each named by {@code name} or
 * {@code $parameters.name} (its own or, through refs, its definition's). With {@code dynamic_streams}
 * some streams are known only at run time.
 */
final class SpecStreamReader {

    private SpecStreamReader() {
    }

    static SpecStreams readStreams(YamlNode.Mapping manifest, SpecRefs refs, String connector, List<Diagnostic> out) {
        List<SpecStreams.SpecStream> names = new ArrayList<>();
        Optional<YamlNode> streams = manifest.findEntry("streams").map(YamlNode.Entry::value);
        if (streams.isPresent() && streams.get() instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                readStream(item, refs, connector, out).ifPresent(names::add);
            }
        }
        boolean dynamic = manifest.findEntry("dynamic_streams").isPresent();
        return new SpecStreams(dynamic ? SpecStreams.Status.DYNAMIC : SpecStreams.Status.LISTED, names);
    }

    private static Optional<SpecStreams.SpecStream> readStream(YamlNode item, SpecRefs refs, String connector,
                                                               List<Diagnostic> out) {
        YamlNode node = item;
        if (item instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.STRING) {
            Optional<YamlNode> target = refs.findTarget(s.text());
            if (target.isEmpty()) {
                out.add(SpecFiles.invalid(connector, s.pos(), "stream '" + s.text() + "' points to nothing in the file",
                        "point it at a stream definition, e.g. \"#/definitions/streams/<name>\""));
                return Optional.empty();
            }
            node = target.get();
        }
        SpecRefs.Resolved r = refs.resolve(node, List.of());
        r.problem().ifPresent(p -> out.add(SpecFiles.invalid(connector, p.pos(), p.message(), p.hint())));
        Optional<YamlNode.Mapping> stream = r.node() instanceof YamlNode.Mapping m ? Optional.of(m) : Optional.empty();
        Optional<YamlNode.Scalar> name = stream.flatMap(m -> findName(m).or(() -> findParameter(m)));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        // a name from a definition elsewhere is blamed on the list item that brought it in
        SourcePos pos = item instanceof YamlNode.Mapping m && m.findEntry("$ref").isEmpty() ? name.get().pos() : item.pos();
        return Optional.of(new SpecStreams.SpecStream(name.get().text(), pos));
    }

    private static Optional<YamlNode.Scalar> findName(YamlNode.Mapping m) {
        return m.findEntry("name").map(YamlNode.Entry::value).filter(v -> v instanceof YamlNode.Scalar s
                && s.kind() == YamlNode.ScalarKind.STRING && !s.text().isBlank() && !s.text().contains("{{"))
                .map(v -> (YamlNode.Scalar) v);
    }

    private static Optional<YamlNode.Scalar> findParameter(YamlNode.Mapping m) {
        return m.findEntry("$parameters").map(YamlNode.Entry::value).filter(v -> v instanceof YamlNode.Mapping)
                .flatMap(p -> findName((YamlNode.Mapping) p));
    }
}
