package dev.sitegen.build;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.SitePaths;
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
 * guides as whole trees, the connectors folder and each folder's {@code metadata.yaml}, the config and
 * its snippets, and after loading every connector's {@link dev.sitegen.model.ConnectorInputs}) and a key
 * for the rest (this generator's own files, the root, the base URL and the as-of date).
 */
final class BuildInputs {

    private BuildInputs() {
    }

    /**
     * The inputs known before loading: what says which connectors and docs there are. The files each
     * connector was built from are added by {@link #listConnectorInputs} once loading found them.
     */
    static InputSet describeInputs(SiteLayout layout, SiteConfig config) {
        List<Path> files = new ArrayList<>();
        files.add(layout.siteConfigFile());
        config.snippets().values().forEach(s -> files.add(layout.root().resolve(s).normalize()));
        return new InputSet(layout.root(), List.of(layout.docsDir(), layout.guidesDir()),
                List.of(layout.connectorsDir()), List.of(SitePaths.METADATA_FILE), files);
    }

    /**
     * Every file each connector was read from or looked for ({@link Connector#inputs()}), sorted, but for
     * those below the whole trees of {@code inputs}: stamping a tree stamps every file in it, one that
     * appears included, so naming them again would only stat missing files one by one.
     */
    static List<Path> listConnectorInputs(InputSet inputs, Catalog catalog) {
        return catalog.connectors().stream().flatMap(c -> c.inputs().listAllFiles().stream()).distinct().sorted()
                .map(inputs.root()::resolve)
                .filter(p -> inputs.trees().stream().noneMatch(p::startsWith))
                .toList();
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
            // spelled out: a record's toString is bootstrapped by method handles, tens of ms on a warm build's path
            FileStamp jar = FileStamp.stampFile(code);
            return code + " " + jar.size() + " bytes, " + jar.modifiedNanos() + " ns, " + jar.identity();
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
