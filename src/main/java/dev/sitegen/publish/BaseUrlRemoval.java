package dev.sitegen.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A built file as a build with {@code --base-url /} would have written it, hashed for the manifest's
 * {@code contentSha256}, so a preview served under another path than the published site compares as
 * content. The base URL is taken out only where a URL starts (after a quote, {@code (} or {@code =}) and
 * from the site's absolute root, never inside other text: a base URL of {@code /docs/} must leave a
 * repository link's {@code .../blob/main/docs/...} alone. A calendar is compared with its lines unfolded,
 * as a longer base URL moves its 75-octet folds.
 */
final class BaseUrlRemoval {

    private static final String URL_STARTS = "\"'(=";

    /** What to write instead of what, tried in order at each position. */
    private final List<byte[][]> replacements;

    private BaseUrlRemoval(List<byte[][]> replacements) {
        this.replacements = List.copyOf(replacements);
    }

    static BaseUrlRemoval none() {
        return new BaseUrlRemoval(List.of());
    }

    /**
     * @param base         the normalized {@code --base-url} ({@code /pr-1/}, or a whole URL), if any
     * @param absoluteRoot the site's absolute URL ({@code https://host/pr-1/}), which feeds and the sitemap use
     */
    static BaseUrlRemoval of(Optional<String> base, String absoluteRoot) {
        if (base.isEmpty() || base.get().equals("/")) {
            return none();
        }
        String b = base.get();
        List<byte[][]> out = new ArrayList<>();
        if (absoluteRoot.endsWith(b) && absoluteRoot.length() > b.length()) {
            String origin = absoluteRoot.substring(0, absoluteRoot.length() - b.length());
            out.add(pair(absoluteRoot, origin + "/"));
        }
        for (char start : URL_STARTS.toCharArray()) {
            out.add(pair(start + b, start + "/"));
        }
        return new BaseUrlRemoval(out);
    }

    /** Whether every file at {@code path} is its own content (no base URL to take out, no calendar). */
    boolean changesNothing(String path) {
        return replacements.isEmpty() && !path.endsWith(".ics");
    }

    /** The hash of {@code content} (at site path {@code path}) without the base URL; empty when that is its own. */
    Optional<String> hashWithoutBase(String path, byte[] content) {
        if (changesNothing(path)) {
            return Optional.empty();
        }
        byte[] text = path.endsWith(".ics") ? unfoldLines(content) : content;
        MessageDigest digest = ContentHash.newDigest();
        boolean replaced = false;
        int from = 0;
        for (int i = 0; i < text.length; i++) {
            for (byte[][] r : replacements) {
                if (text[i] == r[0][0] && i + r[0].length <= text.length
                        && Arrays.equals(text, i, i + r[0].length, r[0], 0, r[0].length)) {
                    digest.update(text, from, i - from);
                    digest.update(r[1]);
                    from = i + r[0].length;
                    i = from - 1;
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced && text == content) {
            return Optional.empty();
        }
        digest.update(text, from, text.length - from);
        return Optional.of(ContentHash.formatDigest(digest));
    }

    /** {@code content} without its line folds (CRLF or LF, then a space or tab); itself when it has none. */
    private static byte[] unfoldLines(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        boolean folded = false;
        for (int i = 0; i < content.length; i++) {
            int crlf = content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n' ? 1 : 0;
            int next = i + crlf + 1;
            if ((crlf == 1 || content[i] == '\n') && next < content.length
                    && (content[next] == ' ' || content[next] == '\t')) {
                folded = true;
                i = next;
            } else {
                out.write(content[i]);
            }
        }
        return folded ? out.toByteArray() : content;
    }

    private static byte[][] pair(String from, String to) {
        return new byte[][] {from.getBytes(StandardCharsets.UTF_8), to.getBytes(StandardCharsets.UTF_8)};
    }
}
