package dev.sitegen.publish;

import dev.sitegen.render.PreviousOutput;
import dev.sitegen.render.ReusedFile;
import dev.sitegen.render.SiteSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A site being written into {@code <out>.staging-<pid>} beside the output, never into the output
 * itself. {@link #commit} adds the manifest and swaps the staged folder in with two renames (output
 * to {@code <out>.old-<pid>}, staging to output), then deletes the old one, or, for a stamped build, keeps it
 * as the next build's staging folder ({@link SpareOutput}); {@link #close()} without a commit deletes the
 * staging folder. A file whose bytes equal the previous output's keeps that
 * file's modification time (it is staged as a hard link to that file), so sync tools upload only what
 * changed.
 */
public final class StagedOutput implements SiteSink, AutoCloseable {

    private final Path target;
    private final Path staging;
    private final ConcurrentHashMap<String, ManifestFile> files = new ConcurrentHashMap<>();
    private boolean committed;
    private volatile boolean closed;
    /** The render cache and page scans written beside the output when it commits. */
    private final OutputCaches caches = new OutputCaches();
    /** What the manifest's content hashes take out. */
    private BaseUrlRemoval withoutBase = BaseUrlRemoval.none();
    /** The output being replaced: what it recorded, and the files staged files repeat. */
    private final ReplacedOutput replaced;

    /** The folder staging started from (the output before last, recycled) and what of it is left over. */
    private final SpareOutput spare;

    private StagedOutput(Path target, Path staging, SpareOutput spare) {
        this.target = target;
        this.staging = staging;
        this.spare = spare;
        this.replaced = new ReplacedOutput(target);
    }

    /**
     * Starts staging the output {@code lock} guards: tidies what killed builds left beside it, then
     * creates the staging folder (a new one, or the output before last renamed to it: never an existing folder
     * or link at that name) with the output marker in it first, so whatever happens next, the next build knows
     * the folder as its own to delete.
     */
    public static StagedOutput begin(OutputLock lock) throws IOException {
        Path target = lock.target();
        StaleOutputs.tidyUp(target);
        Path staging = SiteFolders.siblingOf(target, SiteFolders.STAGING);
        StagedOutput output = new StagedOutput(target, staging, SpareOutput.createStaging(target, staging));
        output.writeReserved(OutputMarker.MARKER, OutputMarker.MARKER_TEXT);
        return output;
    }

    @Override
    public void writeFile(String path, byte[] content) {
        stageFile(path, content);
    }

    /**
     * Stages a file the render cache re-uses from the previous output as a hard link to it, without
     * reading it; its bytes are read only when the file system has no hard links.
     */
    @Override
    public void reuseFile(String path, ReusedFile previous) {
        Path file = resolveSitePath(path);
        try {
            // a recycled staging folder mostly holds the very file already (see SpareOutput): two reads, no writes
            boolean linked = spare.keepsLinkTo(staging, path, target.resolve(path));
            if (!linked) {
                spare.clearWay(staging, path);
                OutputFiles.createFolders(file.getParent());
                Files.deleteIfExists(file);
                linked = replaced.linkPrevious(file, path);
            }
            if (!linked) {
                OutputFiles.writeNewFile(file, previous.content().get());
            }
            // the render cache keys the base URL, so a re-used file's content hash is the previous one's
            Optional<String> content = replaced.findRecorded(path)
                    .filter(f -> f.sha256().equals(previous.sha256())).map(ManifestFile::contentSha256)
                    .orElseGet(() -> withoutBase.hashWithoutBase(path, previous.content().get()));
            recordFile(file, previous.sha256(), previous.size(), content, !linked);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    /** Stages {@code content} at {@code path}. */
    private void stageFile(String path, byte[] content) {
        Path file = resolveSitePath(path);
        try {
            spare.clearWay(staging, path);
            OutputFiles.createFolders(file.getParent());
            // never write through a name linked to the live output: a second write gets a file of its own
            Files.deleteIfExists(file);
            boolean linked = replaced.linkUnchanged(file, path, content);
            if (!linked) {
                OutputFiles.writeNewFile(file, content);
            }
            recordFile(file, ContentHash.hashBytes(content), content.length,
                    withoutBase.hashWithoutBase(path, content), !linked);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    /**
     * Records in the manifest each file's hash as a build with {@code --base-url /} would have written it
     * ({@link BaseUrlRemoval}): {@code base} is the normalized {@code --base-url}, {@code absoluteRoot} the
     * site's absolute URL. Call before the first file is staged.
     */
    public void takeOutBaseUrl(Optional<String> base, String absoluteRoot) {
        withoutBase = BaseUrlRemoval.of(base, absoluteRoot);
    }

    /** The output this staging folder replaces (the folder may not exist yet). */
    Path target() {
        return target;
    }

    /**
     * The previous output's files for the render cache to re-use ({@link ReplacedOutput#openPrevious}), only
     * asked while the build stamp vouches that the output is as built; nothing is re-used when the manifest
     * cannot be read.
     */
    PreviousOutput openPrevious() {
        return replaced.openPrevious();
    }

    /** The caches written beside this output when it commits ({@link RenderCacheFile} opens them). */
    OutputCaches caches() {
        return caches;
    }

    /** The page scans spooled for this output, when its build keeps them (see {@link RenderCacheFile}). */
    public Optional<PageScanFile> pageScans() {
        return caches.pageScans();
    }

    @Override
    public void copyFile(String path, Path source) {
        Path file = resolveSitePath(path);
        try {
            spare.clearWay(staging, path);
            OutputFiles.createFolders(file.getParent());
            Files.deleteIfExists(file);
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            recordFile(file, ContentHash.hashFile(file), Files.size(file),
                    withoutBase.changesNothing(path) ? Optional.empty()
                            : withoutBase.hashWithoutBase(path, Files.readAllBytes(file)),
                    true);
        } catch (IOException e) {
            throw new UncheckedIOException("copying " + source + " to " + file, e);
        }
    }

    /** Writes the manifest of everything staged, with {@code summary}, and swaps the site in. */
    public void commit(BuildSummary summary) throws IOException {
        commit(summary, Optional.empty());
    }

    /**
     * As {@link #commit(BuildSummary)}, also writing the build stamp that lets the next build with the
     * same inputs skip its work; the stamps of the files written are taken here, after the last write.
     */
    public void commit(BuildSummary summary, Optional<BuildStamp.Pending> stamp) throws IOException {
        if (committed) {
            throw new IllegalStateException("already committed: " + target);
        }
        // before the walk of the staged files: the output holds exactly what this build staged
        spare.removeLeftovers(staging, listStagedPaths());
        Optional<SortedMap<String, FileStamp>> outputs = stamp.isPresent()
                ? Optional.of(BuildStamp.stampOutputs(staging)) : Optional.empty();
        writeReserved(OutputMarker.MANIFEST, ManifestJson.writeManifest(new BuildManifest(summary, listFiles())));
        if (stamp.isPresent()) {
            // a stamp left by the build before cannot match this output, so a kill between the two is safe
            BuildStamp.deleteStamp(target);
        }
        // likewise the render cache
        caches.deleteReplaced(target);
        swapIn(stamp.isPresent());
        if (stamp.isPresent()) {
            BuildStamp.writeStamp(target, stamp.get(), outputs.get());
        }
        caches.writeCommitted(target, Map.copyOf(files));
    }

    /**
     * Deletes the staging folder unless committed. Callers stop every writer first (see
     * {@code Workers}); a write that comes later anyway fails rather than recreate the folder unmarked.
     */
    @Override
    public void close() throws IOException {
        closed = true;
        try {
            caches.close();
        } finally {
            if (!committed) {
                SiteFolders.deleteOurFolder(staging);
            }
        }
    }

    /** The site files staged so far (not the {@code .site-gen/} ones), sorted by path. */
    List<ManifestFile> listFiles() {
        return List.copyOf(new TreeMap<>(files).values());
    }

    private List<String> listStagedPaths() {
        List<String> paths = new ArrayList<>(files.keySet());
        paths.add(OutputMarker.MARKER);
        paths.add(OutputMarker.MANIFEST);
        return paths;
    }

    /**
     * Swaps the staged folder in; the replaced output is deleted, or with {@code keepSpare} (a stamped build,
     * whose stamp folder holds it) kept as the next build's staging folder ({@link SpareOutput}).
     */
    private void swapIn(boolean keepSpare) throws IOException {
        Path old = SiteFolders.siblingOf(target, SiteFolders.OLD);
        boolean hadOutput = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (hadOutput) {
            SiteFolders.moveFolder(target, old);
        }
        try {
            SiteFolders.moveFolder(staging, target);
        } catch (IOException e) {
            if (hadOutput) {
                SiteFolders.moveFolder(old, target);
            }
            throw e;
        }
        committed = true;
        if (hadOutput && !(keepSpare && SpareOutput.keepReplaced(old, target))) {
            SiteFolders.deleteOurFolder(old);
        }
    }

    private void writeReserved(String path, byte[] content) throws IOException {
        spare.clearWay(staging, path);
        Path file = staging.resolve(path);
        OutputFiles.writeSiteFile(file, content);
        replaced.keepTimeIfUnchanged(file, path);
    }

    private void recordFile(Path file, String sha256, long size, Optional<String> content, boolean keepTime)
            throws IOException {
        String path = staging.relativize(file).toString().replace('\\', '/');
        ManifestFile entry = new ManifestFile(path, sha256, size, content);
        ManifestFile earlier = files.putIfAbsent(path, entry);
        if (earlier != null && !earlier.equals(entry)) {
            throw new IllegalStateException("site path written twice with different content: " + path);
        }
        if (keepTime) {
            // a hard link to the previous file has its time already
            replaced.keepTimeIfUnchanged(file, path);
        }
    }

    private Path resolveSitePath(String path) {
        if (closed) {
            throw new IllegalStateException("the staging folder is closed; not writing " + path);
        }
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("output path escapes the site: " + path);
        }
        if (OutputMarker.isReserved(staging.relativize(file).toString().replace('\\', '/'))) {
            throw new IllegalArgumentException("output path is reserved for site-gen's own files: " + path);
        }
        return file;
    }
}
