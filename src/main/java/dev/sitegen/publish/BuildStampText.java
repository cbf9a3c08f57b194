package dev.sitegen.publish;

import dev.sitegen.model.FindingCounts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build stamp file: a few lines of text, read by every warm build before anything else, so it
 * needs no JSON machinery. The key is kept as its SHA-256 (it spans lines). Site-gen's own
 * bookkeeping, not a contract: a stamp of another version, or one that does not parse, reads as
 * absent, and the next build simply does all its work.
 */
final class BuildStampText {

    static final String HEADER = "site-gen build stamp 3";

    private BuildStampText() {
    }

    static byte[] writeStamp(BuildStamp stamp) {
        FindingCounts c = stamp.counts();
        StringBuilder text = new StringBuilder(HEADER).append('\n')
                .append("key ").append(stamp.key()).append('\n')
                .append("inputs ").append(stamp.inputsDigest()).append('\n')
                .append("outputs ").append(stamp.outputsDigest()).append('\n')
                .append("pages ").append(stamp.pages()).append('\n')
                .append("counts ").append(c.connectors()).append(' ').append(c.errors()).append(' ')
                .append(c.warnings()).append(' ').append(c.infos()).append('\n');
        for (String file : stamp.files()) {
            text.append("file ").append(file).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Optional<BuildStamp> parseStamp(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length < 7 || !lines[0].equals(HEADER)) {
            return Optional.empty();
        }
        try {
            String[] counts = value(lines[5], "counts").split(" ");
            List<String> files = new ArrayList<>();
            for (int i = 6; i < lines.length && !lines[i].isEmpty(); i++) {
                files.add(value(lines[i], "file"));
            }
            return Optional.of(new BuildStamp(value(lines[1], "key"), value(lines[2], "inputs"), files,
                    value(lines[3], "outputs"), Integer.parseInt(value(lines[4], "pages")),
                    new FindingCounts(Integer.parseInt(counts[0]), Integer.parseInt(counts[1]),
                            Integer.parseInt(counts[2]), Integer.parseInt(counts[3]))));
        } catch (RuntimeException e) {
            // a stamp cut short or edited by hand
            return Optional.empty();
        }
    }

    private static String value(String line, String name) {
        if (!line.startsWith(name + " ")) {
            throw new IllegalArgumentException("expected '" + name + "': " + line);
        }
        return line.substring(name.length() + 1);
    }
}
