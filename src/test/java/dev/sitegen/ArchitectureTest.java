package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline runs one way (load -> model -> check -> render -> verify -> publish, run by build): each package
 * may depend only on the packages listed for it below. Checked on the source text, so it needs no
 * extra dependency: {@code import dev.sitegen.X...} lines and fully-qualified {@code dev.sitegen.X.}
 * uses in code (comments and string literals are ignored).
 */
class ArchitectureTest {

    private static final int MAX_LINES = 400;
    private static final String ANY_BUT_CLI = "*-cli";
    private static final String ANY = "*";

    /**
     * Packages outside the pipeline that every package may use; they themselves depend on no other
     * package of the project.
     */
    private static final Set<String> NEUTRAL = Set.of("concurrent", "codec");

    /** Allowed dependencies of each top-level package (itself and the neutral ones are always allowed). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("concurrent", Set.of()),
            Map.entry("codec", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("config", Set.of("model")),
            Map.entry("load", Set.of("config", "model", "markdown")),
            Map.entry("markdown", Set.of("model")),
            Map.entry("check", Set.of("model", "config", "load", "markdown")),
            Map.entry("render", Set.of("model", "config", "load", "markdown", "check")),
            Map.entry("verify", Set.of("model", "config", "markdown", "render", "check")),
            Map.entry("publish", Set.of("model", "render")),
            Map.entry("build", Set.of("model", "config", "load", "markdown", "check", "render", "verify", "publish")),
            Map.entry("serve", Set.of(ANY_BUT_CLI)),
            Map.entry("edit", Set.of(ANY_BUT_CLI)),
            // the daemon gets its command runner from cli, and its client runs before anything else is loaded
            Map.entry("daemon", Set.of()),
            Map.entry("cli", Set.of(ANY)));

    private static final Pattern PACKAGE_DECL = Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;");
    private static final Pattern IMPORT = Pattern.compile(
            "^\\s*import\\s+(?:static\\s+)?dev\\s*\\.\\s*sitegen\\s*\\.\\s*([A-Za-z_]\\w*)\\s*\\.[^;]*;");
    private static final Pattern QUALIFIED_USE = Pattern.compile(
            "\\bdev\\s*\\.\\s*sitegen\\s*\\.\\s*([A-Za-z_]\\w*)\\s*\\.\\s*([A-Za-z_]\\w*)");

    private static Path mainRoot() {
        String project = System.getProperty("sitegen.project");
        Path base = Path.of(project == null || project.isBlank() ? System.getProperty("user.dir") : project);
        return base.resolve("src/main/java/dev/sitegen");
    }

    private static List<Path> mainSources() throws IOException {
        Path root = mainRoot();
        assertThat(root).isDirectory();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** The top-level package below dev.sitegen a file belongs to ("" for dev.sitegen itself). */
    private static String topPackageOf(Path file) {
        Path rel = mainRoot().relativize(file);
        return rel.getNameCount() < 2 ? "" : rel.getName(0).toString();
    }

    private static boolean isAllowed(String from, String to) {
        if (from.equals(to) || NEUTRAL.contains(to) && !NEUTRAL.contains(from)) {
            return true;
        }
        Set<String> allowed = ALLOWED.get(from);
        if (allowed == null) {
            return false;
        }
        if (allowed.contains(ANY)) {
            return true;
        }
        if (allowed.contains(ANY_BUT_CLI)) {
            return !to.equals("cli");
        }
        return allowed.contains(to);
    }

    /** A reference from one source file to another top-level package, as it reads in the file. */
    record Reference(String targetPackage, int line, String text) {
    }

    /** Every dev.sitegen reference in code (imports and fully-qualified uses), not in comments or strings. */
    static List<Reference> referencesIn(String source) {
        List<Reference> out = new ArrayList<>();
        String[] lines = stripCommentsAndLiterals(source).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (PACKAGE_DECL.matcher(line).find()) {
                continue;
            }
            Matcher imp = IMPORT.matcher(line);
            if (imp.find()) {
                out.add(new Reference(imp.group(1), i + 1, imp.group().strip()));
                continue;
            }
            Matcher use = QUALIFIED_USE.matcher(line);
            while (use.find()) {
                out.add(new Reference(use.group(1), i + 1, "uses " + use.group().replaceAll("\\s+", "")));
            }
        }
        return out;
    }

    /**
     * The source with comments, string literals, text blocks and char literals blanked out; newlines
     * are kept so line numbers still match.
     */
    static String stripCommentsAndLiterals(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                keepNewlines(src, i, end, out);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int j = i + 3;
                while (j < n && !src.startsWith("\"\"\"", j)) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 3);
                out.append("\"\"");
                keepNewlines(src, i, end, out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c).append(c);
                i = Math.min(n, j + 1);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void keepNewlines(String src, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            if (src.charAt(k) == '\n') {
                out.append('\n');
            }
        }
    }

    private static String relativeName(Path file) {
        return mainRoot().relativize(file).toString().replace('\\', '/');
    }

    /** Each offending file and reference of the package's sources. */
    private static List<String> violations(String pkg) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path file : mainSources()) {
            String from = topPackageOf(file);
            if (!pkg.equals(from)) {
                continue;
            }
            for (Reference ref : referencesIn(Files.readString(file, StandardCharsets.UTF_8))) {
                if (!isAllowed(from, ref.targetPackage())) {
                    out.add(relativeName(file) + ":" + ref.line() + ": " + from + " -> " + ref.targetPackage()
                            + " not allowed: " + ref.text());
                }
            }
        }
        return out;
    }

    private static void assertDependsOnlyOnAllowed(String pkg) throws IOException {
        assertThat(violations(pkg)).as("%s may depend only on %s", pkg, ALLOWED.get(pkg)).isEmpty();
    }

    @Test
    void everyPackageIsInTheArchitectureTable() throws IOException {
        List<String> unknown = mainSources().stream()
                .filter(f -> !ALLOWED.containsKey(topPackageOf(f)))
                .map(f -> relativeName(f) + ": package '" + topPackageOf(f) + "' is not in the architecture "
                        + "table (add it to ArchitectureTest.ALLOWED and ARCHITECTURE.md)")
                .toList();

        assertThat(unknown).isEmpty();
    }

    @Test
    void scanOfMainSourcesIsNotVacuous() throws IOException {
        long references = 0;
        Set<String> packages = new TreeSet<>();
        for (Path file : mainSources()) {
            packages.add(topPackageOf(file));
            references += referencesIn(Files.readString(file, StandardCharsets.UTF_8)).size();
        }

        assertThat(packages).contains("model", "config", "load", "check", "render", "cli");
        assertThat(references).as("cross-package references found").isGreaterThan(20);
    }

    @Test
    void modelDependsOnNothing() throws IOException {
        assertDependsOnlyOnAllowed("model");
    }

    @Test
    void neutralPackagesDependOnNothing() throws IOException {
        for (String pkg : NEUTRAL) {
            assertDependsOnlyOnAllowed(pkg);
        }
    }

    @Test
    void configDependsOnlyOnModel() throws IOException {
        assertDependsOnlyOnAllowed("config");
    }

    @Test
    void loadDependsOnlyOnConfigModelAndMarkdown() throws IOException {
        assertDependsOnlyOnAllowed("load");
    }

    @Test
    void markdownDependsOnlyOnModel() throws IOException {
        assertDependsOnlyOnAllowed("markdown");
    }

    @Test
    void checkDependsOnlyOnEarlierStages() throws IOException {
        assertDependsOnlyOnAllowed("check");
    }

    @Test
    void renderDependsOnlyOnEarlierStages() throws IOException {
        assertDependsOnlyOnAllowed("render");
    }

    @Test
    void verifyDependsOnlyOnAllowedStages() throws IOException {
        assertDependsOnlyOnAllowed("verify");
    }

    @Test
    void publishDependsOnlyOnModelAndRender() throws IOException {
        assertDependsOnlyOnAllowed("publish");
    }

    @Test
    void buildDependsOnlyOnThePipelineStages() throws IOException {
        assertDependsOnlyOnAllowed("build");
    }

    /** The pipeline has one implementation: only the commands and the preview run it. */
    @Test
    void onlyCliAndServeUseBuild() throws IOException {
        List<String> users = new ArrayList<>();
        for (Path file : mainSources()) {
            String from = topPackageOf(file);
            if (from.equals("build") || from.equals("cli") || from.equals("serve")) {
                continue;
            }
            referencesIn(Files.readString(file, StandardCharsets.UTF_8)).stream()
                    .filter(ref -> ref.targetPackage().equals("build"))
                    .forEach(ref -> users.add(relativeName(file) + ":" + ref.line() + ": " + ref.text()));
        }

        assertThat(users).isEmpty();
    }

    @Test
    void serveAndEditNeverDependOnCli() throws IOException {
        assertDependsOnlyOnAllowed("serve");
        assertDependsOnlyOnAllowed("edit");
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        Set<Path> packageDirs = mainSources().stream().map(Path::getParent).collect(Collectors.toCollection(TreeSet::new));
        List<String> missing = packageDirs.stream()
                .filter(dir -> !Files.isRegularFile(dir.resolve("package-info.java")))
                .map(dir -> mainRoot().relativize(dir).toString().replace('\\', '/') + "/package-info.java")
                .toList();

        assertThat(packageDirs).as("package directories").hasSizeGreaterThanOrEqualTo(5);
        assertThat(missing).as("packages without a package-info.java").isEmpty();
    }

    @Test
    void noMainSourceFileExceedsTheLineLimit() throws IOException {
        Map<String, Integer> tooLong = new TreeMap<>();
        for (Path file : mainSources()) {
            int lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
            if (lines > MAX_LINES) {
                tooLong.put(relativeName(file), lines);
            }
        }

        assertThat(tooLong).as("files over %d lines (split them)", MAX_LINES).isEmpty();
    }

    // ---- the scanner itself, so a green run means something -------------------------------------

    @Test
    void scannerFindsImportsAndQualifiedUsesButNotCommentsOrStrings() {
        String source = """
                package dev.sitegen.model;

                import dev.sitegen.config.SiteLayout;
                import static dev.sitegen.render.PagePaths.pageOf;
                import java.util.List;
                // import dev.sitegen.cli.Main;
                /* import dev.sitegen.publish.StagedOutput; */
                /**
                 * See {@link dev.sitegen.check.Rule}.
                 */
                class Fake {
                    String s = "dev.sitegen.verify.Links // not code";
                    String t = \"""
                            dev.sitegen.serve.Server
                            \""";
                    char q = '"';
                    Object o = dev.sitegen.markdown.MarkdownRenderer.create(); // dev.sitegen.edit.Bump
                    Object p = dev.sitegen.model.SourcePos.ofFile("x");
                }
                """;

        List<Reference> refs = referencesIn(source);

        assertThat(refs).extracting(Reference::targetPackage, Reference::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("config", 3),
                org.assertj.core.groups.Tuple.tuple("render", 4),
                org.assertj.core.groups.Tuple.tuple("markdown", 17),
                org.assertj.core.groups.Tuple.tuple("model", 18));
        assertThat(refs.get(2).text()).isEqualTo("uses dev.sitegen.markdown.MarkdownRenderer");
    }

    @Test
    void allowedTableMatchesTheDesign() {
        assertThat(isAllowed("model", "config")).isFalse();
        assertThat(isAllowed("config", "model")).isTrue();
        assertThat(isAllowed("load", "check")).isFalse();
        assertThat(isAllowed("check", "render")).isFalse();
        assertThat(isAllowed("render", "check")).isTrue();
        assertThat(isAllowed("render", "publish")).isFalse();
        assertThat(isAllowed("verify", "load")).isFalse();
        assertThat(isAllowed("publish", "render")).isTrue();
        assertThat(isAllowed("publish", "check")).isFalse();
        assertThat(isAllowed("serve", "publish")).isTrue();
        assertThat(isAllowed("edit", "cli")).isFalse();
        assertThat(isAllowed("cli", "edit")).isTrue();
        assertThat(isAllowed("util", "model")).isFalse();
        assertThat(isAllowed("build", "publish")).isTrue();
        assertThat(isAllowed("build", "cli")).isFalse();
        assertThat(isAllowed("build", "serve")).isFalse();
        assertThat(isAllowed("serve", "build")).isTrue();
        assertThat(isAllowed("cli", "build")).isTrue();
        assertThat(isAllowed("model", "concurrent")).isTrue();
        assertThat(isAllowed("markdown", "concurrent")).isTrue();
        assertThat(isAllowed("concurrent", "model")).isFalse();
        assertThat(isAllowed("concurrent", "markdown")).isFalse();
        assertThat(isAllowed("load", "codec")).isTrue();
        assertThat(isAllowed("codec", "model")).isFalse();
    }
}
