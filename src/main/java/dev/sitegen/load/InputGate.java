package dev.sitegen.load;

import dev.sitegen.config.LayoutKind;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.SitePaths;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The input policy: every file the build reads passes here first, and is then read from the real path
 * this returns. A pull request can add symbolic links, and in CI the checkout holds secrets ({@code .git/config}
 * carries the CI token, {@code .env} API keys), so a file is accepted only when
 * <ul>
 * <li>its path as named lies inside ROOT with no segment after ROOT starting with {@code .};</li>
 * <li>its real path (every link resolved) lies inside ROOT's real path, again with no hidden segment;</li>
 * <li>and that real path lies inside the area its kind of input comes from: docs and migration guides in the
 * docs folder, contribution guides in {@code contributing/}, connector files in their own connector's folder
 * (itself in the connectors folder), snippets in the docs folder or the docs site's folder ({@code docusaurus/}
 * in a monorepo, ROOT itself in the project layout), {@code site.yaml} in ROOT.</li>
 * </ul>
 * Anything else is a {@link Refusal} that says where the link leads, for a diagnostic; its target is never read.
 */
public final class InputGate {

    /** A path the build will not read, and why (a phrase that follows the path). */
    public record Refusal(Path path, String reason) {
    }

    /** What the gate decided for one path: the real path to read it from, or why it must not be read. */
    public record Verdict(Path path, Optional<Path> realPath, Optional<Refusal> refusal) {

        static Verdict accept(Path path, Path real) {
            return new Verdict(path, Optional.of(real), Optional.empty());
        }

        static Verdict refuse(Path path, String reason) {
            return new Verdict(path, Optional.empty(), Optional.of(new Refusal(path, reason)));
        }

        public boolean isAccepted() {
            return realPath.isPresent();
        }

        public Path requireRealPath() {
            return realPath.orElseThrow(() -> new IllegalStateException(path + " was refused"));
        }

        public String requireReason() {
            return refusal.map(Refusal::reason).orElseThrow(() -> new IllegalStateException(path + " was accepted"));
        }
    }

    /** Regular files found (sorted) and what was refused on the way. */
    record Listing(List<Path> files, List<Refusal> refused) {
    }

    /** The docs site's folder of a monorepo, where Docusaurus resolves {@code @site/...} imports. */
    static final String MONOREPO_DOCS_SITE = SitePaths.MONOREPO_DOCS_SITE;

    private final SiteLayout layout;
    private final Path root;
    private final Path realRoot;
    private final RealPaths realPaths = new RealPaths();
    private final Map<Path, Verdict> folderVerdicts = new ConcurrentHashMap<>();
    private final Map<Path, List<Area>> areas = new ConcurrentHashMap<>();

    /** A gate for one read of the inputs (it remembers the real paths of the folders it saw). */
    public InputGate(SiteLayout layout) {
        this.layout = layout;
        this.root = layout.root().toAbsolutePath().normalize();
        this.realRoot = RealPaths.resolve(root).orElse(root);
    }

    Verdict admitDoc(Path file) {
        return admit(realPaths, root, realRoot, file, areaOf(layout.docsDir()));
    }

    Verdict admitGuide(Path file) {
        return admit(realPaths, root, realRoot, file, areaOf(layout.guidesDir()));
    }

    /**
     * The area {@code folder} is, its real path resolved once per gate (the docs folder is the area of every
     * doc, the connectors folder of every connector folder): a gate serves one read of the inputs.
     */
    private List<Area> areaOf(Path folder) {
        return areas.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> Area.resolve(realPaths, f));
    }

    /** A connector folder (or a link to one) among the connector folders. */
    Verdict admitConnectorDir(Path dir) {
        return admit(realPaths, root, realRoot, dir, areaOf(layout.connectorsDir()));
    }

    Verdict admitConnectorFile(Path connectorDir, Path file) {
        Path dir = connectorDir.toAbsolutePath().normalize();
        // a connector's metadata, icon and spec candidates share its folder's verdict, judged once per gate
        // (as RealPaths resolves a folder once: a gate serves one read of the inputs)
        Verdict folder = folderVerdicts.computeIfAbsent(dir,
                d -> admit(realPaths, root, realRoot, d, areaOf(d.getParent())));
        return admitInFolder(realPaths, root, realRoot, dir, folder, file);
    }

    /**
     * A file of the connector in {@code connectorDir} (a folder of the connectors folder), for a stage that
     * has ROOT but not the layout: the renderer re-checks an icon before it publishes it.
     */
    public static Verdict admitConnectorFile(Path root, Path connectorDir, Path file) {
        Path abs = root.toAbsolutePath().normalize();
        return admitConnectorFile(new RealPaths(), abs, RealPaths.resolve(abs).orElse(abs), connectorDir, file);
    }

    private static Verdict admitConnectorFile(RealPaths realPaths, Path root, Path realRoot, Path connectorDir,
                                              Path file) {
        Path dir = connectorDir.toAbsolutePath().normalize();
        Verdict folder = admit(realPaths, root, realRoot, dir, Area.resolve(realPaths, dir.getParent()));
        return admitInFolder(realPaths, root, realRoot, dir, folder, file);
    }

    /** {@code file} of the connector folder {@code dir}, whose own verdict is {@code folder}. */
    private static Verdict admitInFolder(RealPaths realPaths, Path root, Path realRoot, Path dir, Verdict folder,
                                         Path file) {
        if (!folder.isAccepted()) {
            return Verdict.refuse(file, "is in the connector folder " + relative(root, dir) + ", which "
                    + folder.requireReason());
        }
        // the folder's real path was resolved by its own admission
        return admit(realPaths, root, realRoot, file, List.of(new Area(dir, folder.requireRealPath())));
    }

    /** A markdown file {@code site.yaml} maps an MDX component to. */
    public Verdict admitSnippet(Path file) {
        List<Area> areas = layout.kind() == LayoutKind.MONOREPO
                ? List.of(Area.of(realPaths, layout.docsDir()), Area.of(realPaths, root.resolve(MONOREPO_DOCS_SITE)))
                : Area.resolve(realPaths, root);
        return admit(realPaths, root, realRoot, file, areas);
    }

    public Verdict admitSiteConfig() {
        return admit(realPaths, root, realRoot, layout.siteConfigFile(), Area.resolve(realPaths, root));
    }

    /**
     * A file a report quotes source lines of, judged as the kind of input its place makes it: a report
     * must quote only what the build was allowed to read, as the file reads now.
     */
    public Verdict admitQuoted(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path connectors = layout.connectorsDir();
        if (abs.startsWith(layout.docsDir())) {
            return admitDoc(abs);
        }
        if (layout.kind() == LayoutKind.PROJECT && abs.startsWith(layout.guidesDir())) {
            return admitGuide(abs);
        }
        if (abs.startsWith(connectors) && abs.getNameCount() > connectors.getNameCount() + 1) {
            return admitConnectorFile(connectors.resolve(abs.getName(connectors.getNameCount())), abs);
        }
        if (abs.equals(layout.siteConfigFile())) {
            return admitSiteConfig();
        }
        return Verdict.refuse(abs, "is not a file the build reads");
    }

    /**
     * Every regular file under {@code dir} whose name ends with {@code suffix} that the gate admits into
     * {@code area}; links are followed only where the gate admits them, hidden folders are not entered.
     */
    Listing listFiles(Path dir, String suffix, Path area) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Listing(files, refused);
        }
        // one listing, one judgement of where its area really is (not one per file walked)
        List<Area> areas = Area.resolve(realPaths, area);
        Verdict top = admit(realPaths, root, realRoot, dir, areas);
        if (!top.isAccepted()) {
            refused.add(top.refusal().orElseThrow());
            return new Listing(files, refused);
        }
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        if (d.equals(dir) || !Files.isSymbolicLink(d) && !isHidden(d.getFileName())) {
                            return FileVisitResult.CONTINUE;
                        }
                        Optional<Refusal> r = admit(realPaths, root, realRoot, d, areas).refusal();
                        r.ifPresent(refused::add);
                        return r.isPresent() ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        boolean named = f.getFileName().toString().endsWith(suffix);
                        // a dangling link of any name is reported: it may be a doc whose target is gone
                        if (!named && !attrs.isSymbolicLink()) {
                            return FileVisitResult.CONTINUE;
                        }
                        Verdict v = admit(realPaths, root, realRoot, f, areas);
                        if (!v.isAccepted()) {
                            refused.add(v.refusal().orElseThrow());
                        } else if (attrs.isRegularFile() && named) {
                            files.add(f);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        refused.add(new Refusal(f, e instanceof FileSystemLoopException
                                ? "is a symbolic link back into a folder that contains it (a loop)"
                                : "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(Comparator.naturalOrder());
        refused.sort(Comparator.comparing(Refusal::path));
        return new Listing(files, refused);
    }

    /** A folder inputs of one kind come from, as named and as its real path (itself when unresolvable). */
    private record Area(Path path, Path real) {

        static Area of(RealPaths realPaths, Path area) {
            Path a = area.toAbsolutePath().normalize();
            return new Area(a, realPaths.findRealPath(a).orElse(a));
        }

        static List<Area> resolve(RealPaths realPaths, Path area) {
            return List.of(of(realPaths, area));
        }
    }

    /** The policy itself; {@code root} is absolute and normalized, {@code realRoot} its real path. */
    private static Verdict admit(RealPaths realPaths, Path root, Path realRoot, Path file, List<Area> areas) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) {
            return Verdict.refuse(file, "lies outside ROOT");
        }
        Optional<String> hidden = describeHidden(root.relativize(abs), abs);
        if (hidden.isPresent()) {
            return Verdict.refuse(file, hidden.get().startsWith("a hidden") ? "is " + hidden.get()
                    : "lies " + hidden.get());
        }
        Optional<Path> found = realPaths.findRealPath(abs);
        if (found.isEmpty()) {
            return Verdict.refuse(file, existsAsEntry(abs) ? "is a symbolic link that loops or leads nowhere"
                    : "does not exist");
        }
        Path real = found.get();
        if (!real.startsWith(realRoot)) {
            return Verdict.refuse(file, "leads outside ROOT (to " + real + ")");
        }
        Optional<String> realHidden = describeHidden(realRoot.relativize(real), real);
        if (realHidden.isPresent()) {
            return Verdict.refuse(file, "leads to " + relative(realRoot, real) + ", " + realHidden.get());
        }
        for (Area area : areas) {
            if (real.startsWith(area.real())) {
                return Verdict.accept(file, real);
            }
        }
        String realName = relative(realRoot, real);
        boolean moved = !realName.equals(relative(root, abs));
        String where = areas.stream().map(a -> relative(root, a.path()))
                .map(a -> a.isEmpty() ? "ROOT" : a + "/").collect(Collectors.joining(" and "));
        return Verdict.refuse(file, (moved ? "leads to " + realName + ", outside " : "lies outside ") + where);
    }

    /**
     * How {@code relative} (below ROOT, naming {@code entry}) is hidden, if a segment of it starts with a dot;
     * the file system is asked whether it is a folder only then (every admitted file would pay a stat for it).
     */
    private static Optional<String> describeHidden(Path relative, Path entry) {
        String text = relative.toString();
        String separator = relative.getFileSystem().getSeparator();
        if (!text.startsWith(".") && !text.contains(separator + ".")) {
            return Optional.empty();
        }
        for (int i = 0; i < relative.getNameCount(); i++) {
            String name = relative.getName(i).toString();
            if (isHidden(Path.of(name))) {
                boolean last = i == relative.getNameCount() - 1;
                return Optional.of(!last ? "inside the hidden folder '" + name + "'"
                        : Files.isDirectory(entry) ? "a hidden folder" : "a hidden file");
            }
        }
        return Optional.empty();
    }

    private static boolean isHidden(Path name) {
        return name != null && name.toString().startsWith(".");
    }

    private static String relative(Path base, Path path) {
        return base.relativize(path).toString().replace('\\', '/');
    }

    /** Whether {@code path} exists as a directory entry, even as a broken link. */
    static boolean existsAsEntry(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }
}
