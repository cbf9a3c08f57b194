package dev.sitegen.load;

import dev.sitegen.config.LayoutKind;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.markdown.MarkdownLimits;
import dev.sitegen.model.SitePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The snippets a monorepo's docs import through the {@code @site} alias (the docs site's folder,
 * {@code docusaurus/}): {@code import Note from '@site/static/_note.md'} then {@code <Note />} shows that
 * file, as if {@code site.yaml} mapped it. Each source is resolved once per load, by whichever connector
 * meets it first (connectors load in parallel): a markdown file the {@link InputGate} admits as a snippet
 * is read and used when it is within the markdown limits; anything else (another root kind, a script, a
 * missing or refused file, one past the limits) is not, and the doc keeps its {@code mdx-component} warning.
 */
final class SiteImports {

    /** An import source's file relative to ROOT (empty when it lies outside ROOT) and its text, if read. */
    record Resolved(Optional<String> file, Optional<String> text) {
    }

    private final SiteLayout layout;
    private final InputGate gate;
    private final ConcurrentMap<String, Resolved> resolved = new ConcurrentHashMap<>();

    SiteImports(SiteLayout layout) {
        this.layout = layout;
        this.gate = new InputGate(layout);
    }

    /** What {@code source} names, for an {@code @site/} source in a monorepo; empty otherwise. */
    Optional<Resolved> resolveImport(String source) {
        if (layout.kind() != LayoutKind.MONOREPO) {
            return Optional.empty();
        }
        return SitePaths.siteImportFileOf(source).map(file -> resolved.computeIfAbsent(source, s -> readImport(file)));
    }

    /** Import source to the snippet's file (relative to ROOT), for every source read; sorted. */
    Map<String, String> listFiles() {
        Map<String, String> out = new TreeMap<>();
        resolved.forEach((source, r) -> r.text().ifPresent(t -> out.put(source, r.file().orElseThrow())));
        return out;
    }

    /** Import source to the snippet's text, for every source read; sorted. */
    Map<String, String> listTexts() {
        Map<String, String> out = new TreeMap<>();
        resolved.forEach((source, r) -> r.text().ifPresent(t -> out.put(source, t)));
        return out;
    }

    private Resolved readImport(String file) {
        Path path = layout.root().resolve(file).normalize();
        if (!path.startsWith(layout.root())) {
            return new Resolved(Optional.empty(), Optional.empty());
        }
        Optional<String> relative = Optional.of(layout.relativize(path));
        if (!SitePaths.isMarkdownSnippet(file) || !InputGate.existsAsEntry(path)) {
            return new Resolved(relative, Optional.empty());
        }
        InputGate.Verdict admitted = gate.admitSnippet(path);
        if (!admitted.isAccepted()) {
            return new Resolved(relative, Optional.empty());
        }
        Path real = admitted.requireRealPath();
        try {
            if (!Files.isRegularFile(real) || Files.size(real) > MarkdownLimits.MAX_CHARS) {
                return new Resolved(relative, Optional.empty());
            }
            String text = TextFiles.readUtf8(real).content();
            // a snippet past the markdown limits would cost every page that uses it; it is not used
            return MarkdownLimits.findProblem(text).isPresent() ? new Resolved(relative, Optional.empty())
                    : new Resolved(relative, Optional.of(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative.get(), e);
        }
    }
}
