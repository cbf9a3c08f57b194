package dev.sitegen.load;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.ConnectorInputs;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SitePaths;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Finds a connector's icon: the file {@code icon:} names in the connector folder, else
 * {@code icon.svg}. An icon ends up on the site, so a pull request must not be able to point it at
 * anything else: a name with {@code ../} or an absolute path, or a link the {@link InputGate} refuses (out of
 * the connector's folder, into a hidden one), is a {@code broken-link} error and is never read; a file that is not an SVG document or a PNG, JPEG, GIF
 * or WebP image (by its bytes), or is over {@value #MAX_BYTES} bytes, is an {@code icon-missing}
 * warning. The renderer then strips SVG icons down to an allowlist before they are published.
 */
final class IconFiles {

    /** 1 MiB: twice the largest icon of the real monorepo (SVGs with embedded PNGs). */
    static final long MAX_BYTES = 1024 * 1024;
    private static final Set<String> RASTER = Set.of("png", "jpg", "jpeg", "gif", "webp");

    /**
     * The icon file relative to ROOT, when one is usable; the candidates looked at, as read (the icon, and
     * any found unusable before it) or only looked for (missing, refused by the gate, not a file); and the
     * problems of the candidates.
     */
    record Result(Optional<String> iconFile, ConnectorInputs files, List<Diagnostic> diagnostics) {
    }

    private IconFiles() {
    }

    static Result findIcon(Path dir, String connector, Metadata m, SiteLayout layout, InputGate gate) {
        return findIcon(dir, connector, m, layout, gate, IconFiles::findContentProblem);
    }

    /** As above, each admitted file judged by {@code judge} ({@link #findContentProblem}, or a memo of it). */
    static Result findIcon(Path dir, String connector, Metadata m, SiteLayout layout, InputGate gate,
                           BiFunction<Path, String, Optional<String>> judge) {
        List<Diagnostic> out = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        m.icon().ifPresent(names::add);
        names.add(SitePaths.DEFAULT_ICON_FILE);
        for (String name : names) {
            boolean declared = m.icon().filter(name::equals).isPresent();
            Path file = dir.resolve(name).normalize();
            // icon.svg itself is blamed as a whole file: a report must not quote a line of what it points at
            SourcePos pos = declared ? m.positions().posOf("icon") : SourcePos.ofFile(layout.relativize(file));
            if (!file.startsWith(dir) || file.equals(dir)) {
                out.add(new Diagnostic("broken-link", Severity.ERROR, connector, pos, "icon '" + name
                        + "' points outside the connector folder; it is not read",
                        "name a file inside " + layout.relativize(dir) + "/, such as icon.svg"));
                continue;
            }
            String relative = layout.relativize(file);
            if (!InputGate.existsAsEntry(file)) {
                expected.add(relative);
                continue;
            }
            InputGate.Verdict admitted = gate.admitConnectorFile(dir, file);
            if (!admitted.isAccepted()) {
                expected.add(relative);
                out.add(new Diagnostic("broken-link", Severity.ERROR, connector, pos, "icon '" + name + "' "
                        + admitted.requireReason() + "; it is not read", "put the icon file itself in the connector folder"));
                continue;
            }
            Path real = admitted.requireRealPath();
            if (!Files.isRegularFile(real)) {
                expected.add(relative);
                continue;
            }
            read.add(relative);
            Optional<String> problem = judge.apply(real, name);
            if (problem.isEmpty()) {
                return new Result(Optional.of(relative), new ConnectorInputs(read, expected), out);
            }
            out.add(new Diagnostic("icon-missing", Severity.WARNING, connector, pos, "icon '" + name + "' "
                    + problem.get() + "; the page shows no icon", "use an SVG (or PNG) file under "
                    + MAX_BYTES / 1024 + " KiB"));
        }
        return new Result(Optional.empty(), new ConnectorInputs(read, expected), out);
    }

    /** Why the file cannot be shown as an icon, if it cannot. */
    static Optional<String> findContentProblem(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Optional.of("is " + size + " bytes; the limit is " + MAX_BYTES);
            }
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            byte[] bytes = Files.readAllBytes(file);
            if (ext.equals("svg")) {
                return isSvgDocument(bytes) ? Optional.empty() : Optional.of("is not an SVG document");
            }
            if (RASTER.contains(ext)) {
                return isRasterImage(bytes) ? Optional.empty() : Optional.of("is not a PNG, JPEG, GIF or WebP image");
            }
            return Optional.of("is not an .svg, .png, .jpg, .gif or .webp file");
        } catch (IOException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * An XML document whose root element is {@code <svg>} (or {@code prefix:svg}). Judged by finding the
     * first element's name after the prolog (declaration, comments, processing instructions, DOCTYPE)
     * instead of parsing the whole file: the renderer parses and rewrites every icon anyway, and
     * {@code check} need not pay for it.
     */
    static boolean isSvgDocument(byte[] bytes) {
        String name = findRootElementName(TextFiles.decodeUtf8(bytes).content());
        return name.equals("svg") || name.endsWith(":svg");
    }

    /** The name of the first element in {@code xml}, or "" when there is none. */
    static String findRootElementName(String xml) {
        int i = 0;
        while (true) {
            i = xml.indexOf('<', i);
            if (i < 0) {
                return "";
            }
            if (xml.startsWith("<!--", i)) {
                i = skipPast(xml, "-->", i + 4);
            } else if (xml.startsWith("<?", i)) {
                i = skipPast(xml, "?>", i + 2);
            } else if (xml.startsWith("<!", i)) {
                int bracket = xml.indexOf('[', i);
                int close = xml.indexOf('>', i);
                i = bracket >= 0 && (close < 0 || bracket < close) ? skipPast(xml, "]>", bracket) : skipPast(xml, ">", i);
            } else {
                int end = i + 1;
                while (end < xml.length() && isNameChar(xml.charAt(end))) {
                    end++;
                }
                if (end > i + 1 && Character.isLetter(xml.charAt(i + 1))) {
                    return xml.substring(i + 1, end);
                }
                i++;
            }
            if (i < 0) {
                return "";
            }
        }
    }

    private static int skipPast(String s, String end, int from) {
        int at = s.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
    }

    static boolean isRasterImage(byte[] b) {
        return startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                || startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || startsWith(b, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(b, "RIFF".getBytes(StandardCharsets.US_ASCII)) && b.length >= 12
                && Arrays.equals(Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }
}
