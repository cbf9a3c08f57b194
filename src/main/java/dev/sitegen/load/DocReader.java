package dev.sitegen.load;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.markdown.FieldAnchors;
import dev.sitegen.markdown.MarkdownLimits;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SitePaths;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one markdown file of a build root into a {@link DocPage}, with what is wrong with it as
 * {@code docs-missing} diagnostics: a file that cannot be read or is over {@value #MAX_BYTES} bytes is
 * left out (its connector then has no doc), invalid UTF-8 is decoded with U+FFFD and reported at its
 * first bad byte, and a doc past a {@link MarkdownLimits} bound loads but will be shown as plain text.
 * The doc's {@code <FieldAnchor>} references are read here, once ({@link FieldAnchors}).
 */
final class DocReader {

    static final String RULE = "docs-missing";
    /** 4 MiB: forty times the largest doc of the real monorepo; a 10,000-row changelog is about 1 MiB. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    /** The doc when it could be read, and its problems. */
    record Result(Optional<DocPage> doc, List<Diagnostic> diagnostics) {
        // immutable: a long-lived process's load memo shares one result between commands (codec/MemoryTier)
        Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private DocReader() {
    }

    /** Every contribution guide, read in parallel; URL paths are relative to ROOT ({@code contributing/...}). */
    static List<DocPage> readGuides(SiteLayout layout, InputGate gate, Workers workers, List<Diagnostic> diagnostics)
            throws IOException {
        InputGate.Listing listing = gate.listFiles(layout.guidesDir(), ".md", layout.guidesDir());
        listing.refused().forEach(r -> diagnostics.add(refused(layout.relativize(r.path()), r.reason())));
        List<Result> results = workers.mapInOrder(listing.files(), f -> readDocFile(layout, gate, f, true, true));
        List<DocPage> docs = new ArrayList<>();
        for (Result r : results) {
            r.doc().ifPresent(docs::add);
            diagnostics.addAll(r.diagnostics());
        }
        return docs;
    }

    /** A doc (or, when {@code guide}, a contribution guide) read from the real path the gate admitted. */
    static Result readDocFile(SiteLayout layout, InputGate gate, Path file, boolean guide, boolean judgeLimits) {
        String relative = layout.relativize(file);
        InputGate.Verdict admitted = guide ? gate.admitGuide(file) : gate.admitDoc(file);
        if (!admitted.isAccepted()) {
            return new Result(Optional.empty(), List.of(refused(relative, admitted.requireReason())));
        }
        Path real = admitted.requireRealPath();
        String urlPath = SitePaths.pagePathOfDocFile((guide ? layout.root() : layout.docsDir()).relativize(file).toString());
        return judgeLimits ? readDoc(real, relative, urlPath) : readText(real, relative, urlPath);
    }

    /**
     * @param relative the file relative to ROOT, for positions
     * @param urlPath where the doc is published
     */
    static Result readDoc(Path file, String relative, String urlPath) {
        Result read = readText(file, relative, urlPath);
        List<Diagnostic> out = new ArrayList<>(read.diagnostics());
        read.doc().ifPresent(d -> out.addAll(judgeLimits(d)));
        return new Result(read.doc(), out);
    }

    /** As {@link #readDoc} without judging the doc against the markdown limits. */
    static Result readText(Path file, String relative, String urlPath) {
        long size;
        TextFiles.Text text;
        try {
            size = Files.size(file);
            if (size > MAX_BYTES) {
                return refuse(relative, "the doc is " + size + " bytes; the limit is " + MAX_BYTES
                        + ", so it is not read", "split the page, or move generated content out of the docs");
            }
            text = TextFiles.readUtf8(file);
        } catch (IOException e) {
            return refuse(relative, "cannot read the doc: " + e.getMessage(), "check that the file is readable");
        }
        List<Diagnostic> out = new ArrayList<>();
        if (text.hadInvalidBytes()) {
            out.add(new Diagnostic(RULE, Severity.WARNING, "", SourcePos.at(relative, text.invalidLine(),
                    text.invalidColumn()), "the doc is not valid UTF-8 here; undecodable bytes are shown as \uFFFD",
                    "save the file as UTF-8"));
        }
        return new Result(Optional.of(new DocPage(relative, urlPath, text.content(),
                FieldAnchors.findFieldRefs(relative, text.content()))), out);
    }

    /** The doc's {@link MarkdownLimits} problem, as a diagnostic, if it has one. */
    static List<Diagnostic> judgeLimits(DocPage doc) {
        return MarkdownLimits.findProblem(doc.markdown()).map(p -> List.of(new Diagnostic(RULE, Severity.ERROR, "",
                SourcePos.at(doc.file(), p.line(), 1), "the doc cannot be rendered and is shown as plain text: "
                + p.message(), "flatten the nesting, split long lines and paragraphs, or split the page"))).orElse(List.of());
    }

    /** A file or folder of the docs that is not read at all. */
    static Diagnostic refused(String relative, String why) {
        // the whole file, no line: a report must never quote a line of what a link points at
        return new Diagnostic(RULE, Severity.ERROR, "", SourcePos.ofFile(relative), relative + " " + why
                + "; it is not read", "keep docs plain files of their folder: not hidden, not links out of it");
    }

    private static Result refuse(String relative, String message, String hint) {
        return new Result(Optional.empty(), List.of(new Diagnostic(RULE, Severity.ERROR, "",
                SourcePos.ofFile(relative), message, hint)));
    }
}
