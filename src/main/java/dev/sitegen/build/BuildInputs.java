package dev.sitegen.build;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.publish.FileStamp;
import dev.sitegen.publish.InputSet;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a build's output depends on, for the up-to-date check: the input files of a root (docs and
 * guides as whole trees, connector folders one level down, the config and its snippets, icons) and a
 * key for the rest (this generator's own files, the root, the base URL and the as-of date).
 */
final class BuildInputs {

    private BuildInputs() {
    }

    /** The inputs known before loading; {@link #listIcons} finds the ones loading finds. */
    static InputSet describeInputs(SiteLayout layout, SiteConfig config) {
        List<Path> files = new ArrayList<>();
        files.add(layout.siteConfigFile());
        config.snippets().values().forEach(s -> files.add(layout.root().resolve(s).normalize()));
        // a connector folder's own files that loading reads; a declared icon elsewhere is added after loading
        return new InputSet(layout.root(), List.of(layout.docsDir(), layout.guidesDir()),
                List.of(layout.connectorsDir()), List.of("metadata.yaml", "icon.svg"), files);
    }

    /** Each connector's icon, found or only named in its metadata, wherever in its folder it is. */
    static List<Path> listIcons(SiteLayout layout, Catalog catalog) {
        List<Path> icons = new ArrayList<>();
        for (Connector c : catalog.connectors()) {
            c.iconFile().ifPresent(f -> icons.add(layout.root().resolve(f)));
            Path dir = layout.root().resolve(c.metadataFile()).getParent();
            c.metadata().icon().map(dir::resolve).map(Path::normalize).filter(p -> p.startsWith(dir)).ifPresent(icons::add);
        }
        return icons;
    }

    /** Everything besides input files that shapes the output. */
    static String describeKey(SiteLayout layout, Optional<String> baseUrl, LocalDate asOf) throws IOException {
        return "generator " + stampGenerator() + "\nroot " + layout.root() + "\nlayout " + layout.kind()
                + "\nbase-url " + baseUrl.orElse("") + "\nas-of " + asOf;
    }

    /** This generator's jar (or classes folder): a new build of site-gen never trusts an old stamp. */
    static String stampGenerator() throws IOException {
        Path code;
        try {
            code = Path.of(BuildInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            // no file to stamp: make every key unique, so nothing is ever skipped
            return "unknown " + System.nanoTime();
        }
        if (!Files.isDirectory(code)) {
            return code + " " + FileStamp.stampFile(code);
        }
        long[] summary = new long[3];
        Files.walkFileTree(code, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                summary[0]++;
                summary[1] += attrs.size();
                summary[2] = Math.max(summary[2], attrs.lastModifiedTime().toMillis());
                return FileVisitResult.CONTINUE;
            }
        });
        return code + " " + summary[0] + " files, " + summary[1] + " bytes, newest " + summary[2];
    }
}
