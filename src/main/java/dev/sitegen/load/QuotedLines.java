package dev.sitegen.load;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one reader of the source lines reports quote (the build's text report and serve's terminal
 * report hand {@link #findLine} to the reporter): reads the lines diagnostics quote, keeping the file last opened as bytes with its line starts and
 * decoding only the lines asked for: a report quotes a few lines of many large docs, in file order,
 * so one file at a time is read once and a large catalog's report never holds every doc. Lines end
 * at {@code \n}, {@code \r\n} or a lone {@code \r}, as the loader counts them. A file is quoted only when
 * the {@link InputGate} admits it now, and from the real path it admitted: a report lands in CI logs, and a
 * link may have been swapped in since the file was checked. One instance per report, so a report
 * quotes the files as they read when it is written.
 */
public final class QuotedLines {

    private final Path root;
    private final InputGate gate;
    private String lastFile;
    private Indexed last;

    public QuotedLines(SiteLayout layout) {
        this.root = layout.root();
        this.gate = new InputGate(layout);
    }

    /** The line {@code pos} points at, without a byte order mark; empty when the file is not quoted. */
    public Optional<String> findLine(SourcePos pos) {
        if (!pos.file().equals(lastFile)) {
            last = readFile(pos.file());
            lastFile = pos.file();
        }
        Indexed file = last;
        int i = pos.line() - 1;
        return i >= 0 && i < file.count() ? Optional.of(stripBom(file.decodeLine(i))) : Optional.empty();
    }

    private Indexed readFile(String file) {
        try {
            InputGate.Verdict admitted = gate.admitQuoted(root.resolve(file));
            return Indexed.indexLines(admitted.isAccepted() ? Files.readAllBytes(admitted.requireRealPath()) : new byte[0]);
        } catch (IOException | RuntimeException e) {
            return Indexed.indexLines(new byte[0]);
        }
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** A file's bytes and where each line starts and ends. */
    private record Indexed(byte[] bytes, int[] starts, int[] ends, int count) {

        static Indexed indexLines(byte[] b) {
            int[] starts = new int[16];
            int[] ends = new int[16];
            int n = 0;
            int start = 0;
            while (start < b.length) {
                int end = start;
                while (end < b.length && b[end] != '\n' && b[end] != '\r') {
                    end++;
                }
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = start;
                ends[n] = end;
                n++;
                start = end < b.length && b[end] == '\r' && end + 1 < b.length && b[end + 1] == '\n' ? end + 2 : end + 1;
            }
            return new Indexed(b, starts, ends, n);
        }

        String decodeLine(int i) {
            return new String(bytes, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        }
    }
}
