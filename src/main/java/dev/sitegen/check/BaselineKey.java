package dev.sitegen.check;

import dev.sitegen.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What identifies a finding across unrelated edits, so a baseline keeps matching it: the rule, the
 * connector, the file and the subject, which is the message with every line and column number taken
 * out ({@code "above docs/x.md:7"} becomes {@code "above docs/x.md"}, {@code "(line 12)"} becomes
 * {@code "(line #)"}). The position itself is never part of it: a changelog row pushed down by a new
 * row above it is still the same finding.
 */
record BaselineKey(String rule, String connector, String file, String subject) implements Comparable<BaselineKey> {

    private static final Comparator<BaselineKey> ORDER = Comparator.comparing(BaselineKey::file)
            .thenComparing(BaselineKey::connector).thenComparing(BaselineKey::rule)
            .thenComparing(BaselineKey::subject);

    /** {@code file.ext:12} or {@code file.ext:12:5}: keeps the file, drops the numbers. */
    private static final Pattern FILE_POSITION = Pattern.compile("(\\.[A-Za-z0-9]{1,8}):\\d+(?::\\d+)?\\b");
    /** {@code line 12}, {@code lines 3-5}, {@code column 7}. */
    private static final Pattern LINE_WORD = Pattern.compile(
            "\\b(line|lines|column|columns)(\\s+)\\d+(?:\\s*[-\u2013]\\s*\\d+)?\\b", Pattern.CASE_INSENSITIVE);

    static BaselineKey computeKey(Diagnostic d) {
        return new BaselineKey(d.rule(), d.connector(), d.pos().file(), normalizeSubject(d.message()));
    }

    /** The message without line and column numbers and with runs of whitespace as one space. */
    static String normalizeSubject(String message) {
        String s = FILE_POSITION.matcher(message).replaceAll("$1");
        s = LINE_WORD.matcher(s).replaceAll("$1$2#");
        return s.strip().replaceAll("\\s+", " ");
    }

    /**
     * A short stable hash of the key (32 hex digits of SHA-256), for tools that want one value, such
     * as SARIF's {@code partialFingerprints}.
     */
    String computeFingerprint() {
        String joined = String.join("\u0000", rule, connector, file, subject);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public int compareTo(BaselineKey other) {
        return ORDER.compare(this, other);
    }
}
