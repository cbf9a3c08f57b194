package dev.sitegen.publish;

import dev.sitegen.model.FindingCounts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The build stamp file, read by every warm build before anything else, so it needs no JSON machinery: a
 * few header lines, then sections each written as its name, its length in characters and its text, so a
 * path with any character in it (a line break, a tab) cannot end a section early. Site-gen's own
 * bookkeeping, not a contract: a stamp of another version, or one that does not parse, reads as absent,
 * and the next build simply does all its work.
 */
final class BuildStampText {

    static final String HEADER = "site-gen build stamp 4";

    private BuildStampText() {
    }

    static byte[] writeStamp(BuildStamp stamp) {
        FindingCounts c = stamp.counts();
        StringBuilder text = new StringBuilder(HEADER).append('\n')
                .append("pages ").append(stamp.pages()).append('\n')
                .append("counts ").append(c.connectors()).append(' ').append(c.errors()).append(' ')
                .append(c.warnings()).append(' ').append(c.infos()).append('\n')
                .append("stamped-at ").append(stamp.stampedAt()).append('\n');
        StringBuilder files = new StringBuilder();
        stamp.files().forEach(f -> files.append(f).append('\n'));
        StringBuilder racy = new StringBuilder();
        stamp.racyHashes().forEach((path, hash) -> racy.append(hash).append(' ').append(path).append('\n'));
        appendSection(text, "key", stamp.key());
        appendSection(text, "inputs", stamp.inputStamps());
        appendSection(text, "outputs", stamp.outputStamps());
        appendSection(text, "files", files.toString());
        appendSection(text, "racy", racy.toString());
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Optional<BuildStamp> parseStamp(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            Reader r = new Reader(text);
            if (!r.line().equals(HEADER)) {
                return Optional.empty();
            }
            int pages = Integer.parseInt(value(r.line(), "pages"));
            String[] counts = value(r.line(), "counts").split(" ");
            long stampedAt = Long.parseLong(value(r.line(), "stamped-at"));
            String key = r.section("key");
            String inputs = r.section("inputs");
            String outputs = r.section("outputs");
            List<String> files = new ArrayList<>(List.of(r.section("files").split("\n")));
            files.removeIf(String::isEmpty);
            SortedMap<String, String> racy = new TreeMap<>();
            for (String line : r.section("racy").split("\n")) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    racy.put(line.substring(space + 1), line.substring(0, space));
                }
            }
            return Optional.of(new BuildStamp(key, inputs, files, outputs, pages,
                    new FindingCounts(Integer.parseInt(counts[0]), Integer.parseInt(counts[1]),
                            Integer.parseInt(counts[2]), Integer.parseInt(counts[3])), stampedAt, racy));
        } catch (RuntimeException e) {
            // a stamp cut short or edited by hand
            return Optional.empty();
        }
    }

    private static void appendSection(StringBuilder text, String name, String value) {
        text.append(name).append(' ').append(value.length()).append('\n').append(value).append('\n');
    }

    private static String value(String line, String name) {
        if (!line.startsWith(name + " ")) {
            throw new IllegalArgumentException("expected '" + name + "': " + line);
        }
        return line.substring(name.length() + 1);
    }

    /** Reads lines and length-prefixed sections from the front of the text. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        String line() {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                throw new IllegalArgumentException("cut short");
            }
            String line = text.substring(at, end);
            at = end + 1;
            return line;
        }

        String section(String name) {
            int length = Integer.parseInt(value(line(), name));
            if (length < 0 || at + length >= text.length() || text.charAt(at + length) != '\n') {
                throw new IllegalArgumentException("section " + name + " cut short");
            }
            String value = text.substring(at, at + length);
            at += length + 1;
            return value;
        }
    }
}
