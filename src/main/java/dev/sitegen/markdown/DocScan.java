package dev.sitegen.markdown;

/**
 * One linear pass over a doc's lines for {@link MarkdownLimits}: the longest line, the inline parsing
 * work, the widest container prefix and the block parsing work (the sum of the prefixes' squares:
 * flexmark's work on a line grows with the containers it opens and continues), the lines that may
 * start a block, the inline markers, and an upper bound of the nesting depth flexmark can build. The
 * bound must never be lower than the real depth: container prefixes ({@code >}, list markers,
 * indentation) cost at least a column per level, every MDX block opening may nest, and every inline
 * level (emphasis, strikethrough, link, image) needs its own closing delimiter within one inline
 * context (a blank-line-separated chunk; in a table, one row): a {@code ]} or a character of a
 * {@code *}, {@code _} or {@code ~} run that is not preceded by whitespace. Counting closers, not
 * openers, keeps floods of openers ({@code [[[[}, {@code *a **b}) from needing a parse to measure.
 */
record DocScan(int chars, int lines, int longestLine, int longestLineNumber, long inlineWork, int heaviestLine, int widestPrefix,
               int widestPrefixLine, long containerWork, int blocks, int blocksPastLine, int markers,
               int markersPastLine, int depthBound) {

    /** Document, table block, body, row, cell, paragraph and spares. */
    private static final int FIXED_LEVELS = 8;

    static DocScan scanDoc(String markdown) {
        Counter c = new Counter();
        int start = 0;
        int number = 0;
        // indexOf, not a charAt loop (a bounds check per char in non-Latin-1 docs); lines only move
        // forward, so the next '\r' is searched for once per '\r', not once per line
        int nextCr = -1;
        while (start <= markdown.length()) {
            if (nextCr < start) {
                int cr = markdown.indexOf('\r', start);
                nextCr = cr < 0 ? markdown.length() : cr;
            }
            int lf = markdown.indexOf('\n', start);
            int end = Math.min(lf < 0 ? markdown.length() : lf, nextCr);
            number++;
            c.acceptLine(markdown, start, end, number);
            if (end >= markdown.length()) {
                break;
            }
            start = end + (markdown.charAt(end) == '\r' && end + 1 < markdown.length()
                    && markdown.charAt(end + 1) == '\n' ? 2 : 1);
        }
        c.endChunk();
        return new DocScan(markdown.length(), number, c.longest, c.longestNumber, c.work, c.heaviestLine, c.maxPrefix,
                c.maxPrefixLine, c.containerWork, c.blocks, c.blocksPastLine, c.markers, c.markersPastLine,
                c.maxPrefix + c.mdxOpenings + c.maxClosers + FIXED_LEVELS);
    }

    /** The running state of the scan. */
    private static final class Counter {
        int longest;
        int longestNumber = 1;
        long work;
        long heaviestWork = -1;
        int heaviestLine = 1;
        int maxPrefix;
        int maxPrefixLine = 1;
        long containerWork;
        int mdxOpenings;
        int maxClosers;
        int blocks;
        int blocksPastLine;
        int markers;
        int markersPastLine;
        // the current chunk: lines since the last blank one
        int chunkLines;
        int chunkStart;
        long chunkChars;
        long chunkCostly;
        int chunkClosers;
        boolean inTable;
        String firstLine = "";

        void acceptLine(String s, int start, int end, int number) {
            int length = end - start;
            if (length > longest) {
                longest = length;
                longestNumber = number;
            }
            int prefix = prefixWidth(s, start, end);
            containerWork += (long) prefix * prefix;
            if (prefix > maxPrefix) {
                maxPrefix = prefix;
                maxPrefixLine = number;
            }
            // spaces and tabs stop at the line break, so skipping them in the whole text stays in the line
            int first = FenceTracker.skipSpaces(s, start);
            if (first >= end) {
                endChunk();
                return;
            }
            char head = s.charAt(first);
            // only ':' and '<' start an MDX line; a view would cost an object per line
            if (head == ':' || head == '<') {
                MdxLine.classifyLine(s.subSequence(start, end), first - start).filter(Counter::opens)
                        .ifPresent(l -> mdxOpenings++);
            }
            int delimiters = 0;
            int costly = 0;
            int closers = 0;
            int brackets = 0;
            boolean runCloses = false;
            boolean pipe = false;
            for (int i = start; i < end; i++) {
                char ch = s.charAt(i);
                if (ch == '*' || ch == '_' || ch == '~') {
                    delimiters++;
                    // a run closes only when not preceded by whitespace (the line start counts as whitespace)
                    if (i == start || s.charAt(i - 1) != ch) {
                        runCloses = i > start && !isSpace(s.charAt(i - 1));
                    }
                    closers += runCloses ? 1 : 0;
                } else if (ch == '[') {
                    delimiters++;
                } else if (ch == ']') {
                    closers++;
                    brackets++;
                } else if (ch == '&' || ch == '<' || ch == '`' || ch == '(') {
                    costly++;
                } else if (ch == '|') {
                    pipe = true;
                }
            }
            acceptBlockStart(s, first, pipe, number);
            acceptMarkers(delimiters + costly + brackets, number);
            // a chunk's first two lines decide whether it is a table; later lines need no copy
            String lineHead = chunkLines <= 1 ? s.substring(start, Math.min(end, start + 400)) : "";
            acceptChunkLine(lineHead, head == '|', number, length, closers, costly);
        }

        /**
         * Counts the lines that may start a block (or a table row): after a blank line, or starting with
         * a heading, quote, list, table, setext, thematic break or admonition marker. An over-count: a
         * marker inside a paragraph or code is counted too, and the real docs stay under 600.
         */
        private void acceptBlockStart(String s, int first, boolean pipe, int number) {
            char c = s.charAt(first);
            if (chunkLines == 0 || pipe || c == '#' || c == '>' || c == '-' || c == '*' || c == '+' || c == '='
                    || c == ':' || (c >= '0' && c <= '9')) {
                blocks++;
                if (blocks == MarkdownLimits.MAX_BLOCKS + 1) {
                    blocksPastLine = number;
                }
            }
        }

        private void acceptMarkers(int count, int number) {
            int before = markers;
            markers += count;
            if (before <= MarkdownLimits.MAX_INLINE_MARKERS && markers > MarkdownLimits.MAX_INLINE_MARKERS) {
                markersPastLine = number;
            }
        }

        /** Table rows are inline contexts of their own; any other line joins the chunk's one context. */
        private void acceptChunkLine(String head, boolean pipe, int number, int length, int closers, int costly) {
            if (chunkLines == 0) {
                chunkStart = number;
                firstLine = head;
            } else if (chunkLines == 1 && pipe && firstLine.strip().startsWith("|") && isDelimiterRow(head)) {
                inTable = true;
                // the header row was counted into the chunk; it is a context of its own as well
            }
            chunkLines++;
            if (inTable && pipe) {
                addWork((long) length * costly, number);
                maxClosers = Math.max(maxClosers, closers);
                return;
            }
            inTable = false;
            chunkChars += length + 1;
            chunkCostly += costly;
            chunkClosers += closers;
        }

        void endChunk() {
            addWork(chunkChars * chunkCostly, chunkStart);
            maxClosers = Math.max(maxClosers, chunkClosers);
            chunkLines = 0;
            chunkChars = 0;
            chunkCostly = 0;
            chunkClosers = 0;
            inTable = false;
        }

        private void addWork(long units, int line) {
            work += units;
            if (units > heaviestWork) {
                heaviestWork = units;
                heaviestLine = Math.max(1, line);
            }
        }

        private static boolean opens(MdxLine l) {
            return switch (l.kind()) {
                case ADMONITION_OPEN, DETAILS_OPEN, SUMMARY_OPEN, TABS_OPEN, TAB_OPEN, ENV_OPEN -> true;
                default -> false;
            };
        }
    }

    /** Whitespace in CommonMark's narrowest sense; anything else may precede a closing delimiter run. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** Columns of leading spaces, tabs, quote and list markers: each container level takes at least one. */
    static int prefixWidth(String s, int start, int end) {
        int width = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                width += 4;
            } else if (c == ' ' || c == '>' || c == '-' || c == '*' || c == '+' || c == '.' || c == ')'
                    || (c >= '0' && c <= '9')) {
                width++;
            } else {
                break;
            }
        }
        return width;
    }

    /** {@code |---|:--:|}: pipes, dashes, colons and spaces, with at least one dash. */
    static boolean isDelimiterRow(String line) {
        String t = line.strip();
        if (!t.startsWith("|") || t.indexOf('-') < 0) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
