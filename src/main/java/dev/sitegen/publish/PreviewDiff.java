package dev.sitegen.publish;

import java.util.Optional;

/**
 * The markdown summary of what a pull request changes in the built site, from the manifests of the
 * base build and the preview build: reviewers see which pages to open (linked into the preview),
 * which connector versions and breaking changes it brings and whether the checks got better or worse.
 */
public final class PreviewDiff {

    private PreviewDiff() {
    }

    /**
     * @param baseUrl where the {@code after} build is served; page lists link there when given
     */
    public static String summarizeChanges(BuildManifest before, BuildManifest after, Optional<String> baseUrl) {
        return DiffMarkdown.formatDiff(ManifestDiff.compareManifests(before, after), baseUrl);
    }
}
