package dev.sitegen.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the standalone MDX components of a doc that no snippet maps, for the check rule that
 * reports them: the renderer drops those silently so no raw tag reaches a page. Scans lines as
 * the renderer sees them: code and HTML comments are skipped.
 */
public final class MdxComponents {

    /** {@code import Name from 'source'} (either quote, optional semicolon): one name, no braces. */
    private static final Pattern DEFAULT_IMPORT =
            Pattern.compile("import\\s+([A-Za-z_$][A-Za-z0-9_$]*)\\s+from\\s+(['\"])([^'\"]+)\\2\\s*;?");

    private MdxComponents() {
    }

    /** The unmapped components in line order, each with its line and whether it is imported. */
    public static List<MdxComponentUse> findUnmappedComponents(String markdown, Set<String> mapped) {
        return findComponents(markdown).stream().filter(use -> !mapped.contains(use.name())).toList();
    }

    /** Every standalone component in line order, as the renderer sees them: the ones a snippet can stand in for. */
    public static List<MdxComponentUse> findComponents(String markdown) {
        List<String> lines = markdown.lines().toList();
        Set<String> imported = findImportedNames(lines);
        List<MdxComponentUse> found = new ArrayList<>();
        FenceTracker fences = new FenceTracker(FenceTracker.ANY_INDENT);
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (inComment) {
                inComment = !line.contains("-->");
            } else if (!fences.acceptLine(line)) {
                inComment = opensComment(line);
                int number = lineNumber(i);
                findComponent(line).ifPresent(name -> found.add(new MdxComponentUse(name, number, imported.contains(name))));
            }
        }
        return found;
    }

    private static Optional<String> findComponent(String line) {
        return MdxLine.classifyLine(line, FenceTracker.skipSpaces(line, 0))
                .filter(l -> l.kind() == MdxLine.Kind.COMPONENT)
                .map(MdxLine::name);
    }

    private static int lineNumber(int index) {
        return index + 1;
    }

    /** A comment left open at the end of a line hides the lines up to its {@code -->}. */
    static boolean opensComment(String line) {
        int open = line.lastIndexOf("<!--");
        return open >= 0 && line.indexOf("-->", open + 4) < 0;
    }

    /** The local names bound by the doc's {@code import} statements. */
    private static Set<String> findImportedNames(List<String> lines) {
        Set<String> names = new HashSet<>();
        FenceTracker fences = new FenceTracker(FenceTracker.ANY_INDENT);
        for (String line : lines) {
            if (!fences.acceptLine(line) && SourcePrepass.isImportStatement(line)) {
                addBoundNames(line, names);
            }
        }
        return names;
    }

    /**
     * The source each default import binds its name to ({@code import Note from '@site/static/_note.md'}:
     * {@code Note} to {@code @site/static/_note.md}), first binding of a name winning, in line order.
     */
    public static Map<String, String> findImportSources(String markdown) {
        Map<String, String> sources = new LinkedHashMap<>();
        FenceTracker fences = new FenceTracker(FenceTracker.ANY_INDENT);
        for (String line : markdown.lines().toList()) {
            if (!fences.acceptLine(line) && SourcePrepass.isImportStatement(line)) {
                Matcher m = DEFAULT_IMPORT.matcher(line.strip());
                if (m.matches()) {
                    sources.putIfAbsent(m.group(1), m.group(3));
                }
            }
        }
        return sources;
    }

    private static void addBoundNames(String line, Set<String> names) {
        int from = line.lastIndexOf("from");
        String clause = line.substring("import".length(), from < 0 ? line.length() : from);
        for (String word : clause.split("[^A-Za-z0-9_$]+")) {
            if (!word.isEmpty() && !word.equals("as") && !word.equals("type")) {
                names.add(word);
            }
        }
    }
}
