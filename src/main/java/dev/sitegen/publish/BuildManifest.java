package dev.sitegen.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code .site-gen/manifest.json} of an output: the build's summary and every file of the site
 * (sorted by path) with its hash and size. It has no timestamps, so the same input and as-of date
 * give the same manifest; preview diffs compare two of them.
 */
public record BuildManifest(BuildSummary summary, List<ManifestFile> files) {

    private static final String HINT = "pass a site-gen output folder or its " + OutputMarker.MANIFEST;

    public BuildManifest {
        files = List.copyOf(files);
    }

    /**
     * Reads a manifest file, or the manifest of an output folder; an unreadable or malformed one is a
     * {@link PublishException} that names it.
     */
    public static BuildManifest readManifest(Path fileOrOutput) throws PublishException {
        Path file = Files.isDirectory(fileOrOutput) ? fileOrOutput.resolve(OutputMarker.MANIFEST) : fileOrOutput;
        byte[] json;
        try {
            json = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PublishException("cannot read build manifest " + file + ": no such file", HINT);
        } catch (IOException e) {
            throw new PublishException("cannot read build manifest " + file + ": " + e, HINT);
        }
        return ManifestJson.parseManifest(json, file.toString());
    }
}
