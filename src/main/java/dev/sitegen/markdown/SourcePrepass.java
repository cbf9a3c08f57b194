package dev.sitegen.markdown;

import java.nio.CharBuffer;
import java.util.List;

/**
 * The one pass over a doc's lines before parsing: blanks the line ranges the caller drops and the
 * MDX {@code import} statements at column 0 outside code. Lines are blanked, never removed, so
 * flexmark's line numbers still match the file. One instance per doc.
 */
final class SourcePrepass {

    /** A multi-line import that never says {@code from} stops being one after this many lines. */
    private static final int MAX_IMPORT_LINES = 50;

    private final String markdown;
    private final List<LineRange> dropLines;
    private final FenceTracker fences = new FenceTracker(FenceTracker.ANY_INDENT);
    private int importLinesLeft;
    /*
     * The lines searched for the end of a multi-line import, kept across imports so that a run of
     * `import {` lines is searched once, not 50 times: no line after the current one up to
     * coveredLine ends an import or is blank; stopperLine (when positive) is the first that does.
     */
    private int coveredLine;
    private int coveredEnd;
    private int stopperLine = -1;
    private boolean stopperIsFrom;
    /** The first '\r' at or after {@code crSearchedFrom} (the doc's length when there is none). */
    private int nextCr = -1;
    private int crSearchedFrom;

    private SourcePrepass(String markdown, List<LineRange> dropLines) {
        this.markdown = markdown;
        this.dropLines = dropLines;
    }

    static String blankLines(String markdown, List<LineRange> dropLines) {
        return new SourcePrepass(markdown, dropLines).blankLines();
    }

    private String blankLines() {
        // Created at the first blanked line: most docs have nothing to blank and are returned as they are.
        StringBuilder out = null;
        int lineNumber = 0;
        int start = 0;
        while (start < markdown.length()) {
            int end = lineEnd(start);
            lineNumber++;
            int next = skipLineBreak(markdown, end);
            if (isBlanked(lineNumber, start, end)) {
                if (out == null) {
                    out = new StringBuilder(markdown.length()).append(markdown, 0, start);
                }
                out.append(markdown, end, next);
            } else if (out != null) {
                out.append(markdown, start, next);
            }
            start = next;
        }
        return out == null ? markdown : out.toString();
    }

    private boolean isBlanked(int lineNumber, int start, int end) {
        if (isDropped(lineNumber)) {
            return true;
        }
        if (importLinesLeft > 0) {
            importLinesLeft--;
            return true;
        }
        // a view, not a copy, and only of a line that may be code: only an import line needs its own string
        int first = FenceTracker.skipSpaces(markdown, start);
        boolean code = fences.mayAccept(first < end ? markdown.charAt(first) : ' ')
                && fences.acceptLine(CharBuffer.wrap(markdown, start, end));
        if (code || !isImportStart(markdown, start, end)) {
            return false;
        }
        String line = markdown.substring(start, end);
        int continuation = isCompleteImport(line) ? 0 : opensBraces(line) ? countImportContinuation(end, lineNumber) : -1;
        importLinesLeft = Math.max(continuation, 0);
        return continuation >= 0;
    }

    /**
     * For an import whose braces span lines: how many lines after {@code lineNumber} (which ends at
     * {@code from}) it goes on until its {@code from} clause; -1 when none comes soon (then it was
     * prose, and stays).
     */
    private int countImportContinuation(int from, int lineNumber) {
        if (coveredLine < lineNumber) {
            coveredLine = lineNumber;
            coveredEnd = skipLineBreak(markdown, from);
            stopperLine = -1;
        }
        int window = lineNumber + MAX_IMPORT_LINES;
        while (stopperLine < 0 && coveredLine < window && coveredEnd < markdown.length()) {
            int end = lineEnd(coveredEnd);
            String line = markdown.substring(coveredEnd, end);
            if (hasFromClause(line) || line.isBlank()) {
                stopperLine = coveredLine + 1;
                stopperIsFrom = hasFromClause(line);
            } else {
                coveredLine++;
                coveredEnd = skipLineBreak(markdown, end);
            }
        }
        return stopperLine > 0 && stopperLine <= window && stopperIsFrom ? stopperLine - lineNumber : -1;
    }

    private boolean isDropped(int line) {
        if (dropLines.isEmpty()) {
            return false;
        }
        for (LineRange r : dropLines) {
            if (r.containsLine(line)) {
                return true;
            }
        }
        return false;
    }

    /** {@code import X from '...'}, {@code import {A, B} from "..."} or {@code import '...'}. */
    static boolean isImportStatement(String line) {
        return isImportStart(line) && isCompleteImport(line);
    }

    private static boolean isImportStart(String line) {
        return isImportStart(line, 0, line.length());
    }

    private static boolean isImportStart(String s, int start, int end) {
        if (!s.startsWith("import", start) || end - start <= 6) {
            return false;
        }
        char c = s.charAt(start + 6);
        return c == ' ' || c == '{' || c == '\'' || c == '"';
    }

    private static boolean opensBraces(String line) {
        return line.substring(6).strip().startsWith("{");
    }

    private static boolean isCompleteImport(String line) {
        String rest = line.substring(6).strip();
        return rest.startsWith("'") || rest.startsWith("\"") || hasFromClause(line);
    }

    /** True when the line ends an import: {@code from} followed by a quoted module. */
    private static boolean hasFromClause(String line) {
        int at = line.lastIndexOf("from");
        if (at < 0) {
            return false;
        }
        int q = FenceTracker.skipSpaces(line, at + 4);
        return q < line.length() && (line.charAt(q) == '\'' || line.charAt(q) == '"');
    }

    /**
     * Where the line at {@code from} ends. String.indexOf instead of a charAt loop (docs with non-Latin-1
     * text pay a bounds check per char); the next '\r' is remembered, since most docs have none and
     * searching for it from every line would scan to the end each time.
     */
    private int lineEnd(int from) {
        if (from < crSearchedFrom || from > nextCr) {
            crSearchedFrom = from;
            int cr = markdown.indexOf('\r', from);
            nextCr = cr < 0 ? markdown.length() : cr;
        }
        int lf = markdown.indexOf('\n', from);
        return Math.min(lf < 0 ? markdown.length() : lf, nextCr);
    }

    private static int skipLineBreak(String s, int at) {
        int i = at;
        if (i < s.length() && s.charAt(i) == '\r') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '\n') {
            i++;
        }
        return i;
    }
}
