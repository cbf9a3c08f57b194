package dev.sitegen.load;

import dev.sitegen.codec.CodecIn;
import dev.sitegen.codec.CodecOut;
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

    private ChangelogCodec() {
    }

    static void writeChangelogs(CodecOut out, List<Changelog> tables) throws IOException {
        out.writeInt(tables.size());
        for (Changelog t : tables) {
            out.writeOptional(t.scope());
            ModelCodec.writePos(out, t.pos());
            out.writeInt(t.firstLine());
            out.writeInt(t.lastLine());
            out.writeInt(t.entries().size());
            for (ChangelogEntry e : t.entries()) {
                writeEntry(out, e);
            }
        }
    }

    static List<Changelog> readChangelogs(CodecIn in) throws IOException {
        int count = in.readCount();
        List<Changelog> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Optional<String> scope = in.readOptional();
            SourcePos pos = ModelCodec.readPos(in);
            int first = in.readInt();
            int last = in.readInt();
            int rows = in.readCount();
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
        out.writeBoolean(e.prNumber().isPresent());
        if (e.prNumber().isPresent()) {
            out.writeInt(e.prNumber().get());
        }
        out.writeOptional(e.prUrl());
        out.writeString(e.subject());
        out.writeOptional(e.rowProblem());
        ModelCodec.writePos(out, e.pos());
        ModelCodec.writePos(out, e.subjectPos());
    }

    private static ChangelogEntry readEntry(CodecIn in) throws IOException {
        String rawVersion = requireText(in.readString());
        String rawDate = requireText(in.readString());
        String rawPullRequest = requireText(in.readString());
        Optional<Integer> prNumber = in.readBoolean() ? Optional.of(requireNumber(in.readInt())) : Optional.empty();
        Optional<String> prUrl = in.readOptional();
        String subject = requireText(in.readString());
        Optional<String> rowProblem = in.readOptional();
        return ChangelogParser.restoreEntry(rawVersion, rawDate, rawPullRequest, prNumber, prUrl, subject, rowProblem,
                ModelCodec.readPos(in), ModelCodec.readPos(in));
    }

    private static int requireNumber(int n) throws IOException {
        if (n < 0) {
            throw new IOException("a negative pull request number");
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
