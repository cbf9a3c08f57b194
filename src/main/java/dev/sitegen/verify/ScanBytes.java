package dev.sitegen.verify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page's scan as bytes for the {@link ScanStore}: a format number, then the ids and the links, each
 * a count followed by length-prefixed UTF-8 strings. Reading is defensive: bytes that do not decode to
 * exactly one scan give nothing, and the page is scanned again.
 */
final class ScanBytes {

    private static final int FORMAT = 1;
    /** No scan holds more strings than its page has bytes; a count above this is corruption. */
    private static final int MAX_COUNT = 1 << 24;

    private ScanBytes() {
    }

    static byte[] encodeScan(HtmlLinkScanner.Scan scan) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            writeStrings(out, scan.ids());
            writeStrings(out, scan.links());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Optional<HtmlLinkScanner.Scan> decodeScan(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            List<String> ids = readStrings(in, bytes.length);
            List<String> links = readStrings(in, bytes.length);
            return in.available() == 0 ? Optional.of(new HtmlLinkScanner.Scan(ids, links)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // truncated or not a scan: the caller scans the page instead
            return Optional.empty();
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private static List<String> readStrings(DataInputStream in, int limit) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > Math.min(limit, MAX_COUNT)) {
            throw new IOException("bad count " + count);
        }
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = in.readInt();
            if (length < 0 || length > limit) {
                throw new IOException("bad length " + length);
            }
            byte[] utf8 = in.readNBytes(length);
            if (utf8.length != length) {
                throw new IOException("truncated");
            }
            out.add(new String(utf8, StandardCharsets.UTF_8));
        }
        return out;
    }
}
