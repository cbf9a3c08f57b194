package dev.sitegen.load;

import dev.sitegen.markdown.ChangelogParser;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A doc's changelog tables ({@link ChangelogParser#parseChangelogs}) in {@link LoadMemo}'s format. An entry's
 * version and date are not written: {@link ChangelogParser#restoreEntry} parses them from their cells as the
 * parser does, so a table read back is the table parsed.
 */
final class ChangelogCodec {

    /** More tables or rows than this is a damaged entry, not a doc (a doc holds at most 65,536 rows). */
    private static final int MAX_COUNT = 1 << 20;

    private ChangelogCodec() {
    }

    static void writeChangelogs(CodecOut out, List<Changelog> tables) throws IOException {
        out.data.writeInt(tables.size());
        for (Changelog t : tables) {
            out.writeOptional(t.scope());
            out.writePos(t.pos());
            out.data.writeInt(t.firstLine());
            out.data.writeInt(t.lastLine());
            out.data.writeInt(t.entries().size());
            for (ChangelogEntry e : t.entries()) {
                writeEntry(out, e);
            }
        }
    }

    static List<Changelog> readChangelogs(CodecIn in) throws IOException {
        int count = readCount(in);
        List<Changelog> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Optional<String> scope = in.readOptional();
            SourcePos pos = in.readPos();
            int first = in.data.readInt();
            int last = in.data.readInt();
            int rows = readCount(in);
            List<ChangelogEntry> entries = new ArrayList<>(rows);
            for (int j = 0; j < rows; j++) {
                entries.add(readEntry(in));
            }
            tables.add(new Changelog(scope, pos, first, last, entries));
        }
        return List.copyOf(tables);
    }

    private static void writeEntry(CodecOut out, ChangelogEntry e) throws IOException {
        out.writeString(e.rawVersion());
        out.writeString(e.rawDate());
        out.writeString(e.rawPullRequest());
        out.data.writeBoolean(e.prNumber().isPresent());
        if (e.prNumber().isPresent()) {
            out.data.writeInt(e.prNumber().get());
        }
        out.writeOptional(e.prUrl());
        out.writeString(e.subject());
        out.writeOptional(e.rowProblem());
        out.writePos(e.pos());
        out.writePos(e.subjectPos());
    }

    private static ChangelogEntry readEntry(CodecIn in) throws IOException {
        String rawVersion = requireText(in.readString());
        String rawDate = requireText(in.readString());
        String rawPullRequest = requireText(in.readString());
        Optional<Integer> prNumber = in.data.readBoolean() ? Optional.of(in.data.readInt()) : Optional.empty();
        Optional<String> prUrl = in.readOptional();
        String subject = requireText(in.readString());
        Optional<String> rowProblem = in.readOptional();
        return ChangelogParser.restoreEntry(rawVersion, rawDate, rawPullRequest, prNumber, prUrl, subject, rowProblem,
                in.readPos(), in.readPos());
    }

    private static int readCount(CodecIn in) throws IOException {
        int n = in.data.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("a count out of range: " + n);
        }
        return n;
    }

    private static String requireText(String s) throws IOException {
        if (s == null) {
            throw new IOException("a cell without text");
        }
        return s;
    }
}
