package dev.sitegen.load;

/**
 * The commit a {@code --changed-since} ref named when git was asked, and ROOT's place in its work tree: what
 * the files at the ref are read from. A commit id names its files for good (they are read as committed, without
 * replace refs: {@link GitBlobs}), which is what lets a long-lived process keep them ({@link KeptBlobs}).
 *
 * @param id     the commit's full object id, as {@code git rev-parse} printed it
 * @param prefix ROOT relative to the top of the work tree, with forward slashes, empty or ending in {@code /}
 */
public record BaseCommit(String id, String prefix) {

    /** The name git reads a file of ROOT by at this commit: {@code ID:PREFIX/path}, relative to the top. */
    String nameFile(String relativeToRoot) {
        return id + ":" + prefix + relativeToRoot;
    }
}
