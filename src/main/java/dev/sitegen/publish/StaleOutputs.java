package dev.sitegen.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tidies what killed builds left beside the output, before a new build starts (with the output lock
 * held, so no live build owns them). A build killed in the instant between its two renames leaves
 * no output but a complete {@code <out>.old-<pid>}: that one is put back. Everything else of ours
 * ({@code .staging-*}, {@code .old-*} carrying the marker, or empty) is deleted; folders without the
 * marker are never touched.
 */
final class StaleOutputs {

    private StaleOutputs() {
    }

    /** Restores an interrupted swap and deletes leftovers; returns the names it deleted, sorted. */
    static List<String> tidyUp(Path target) throws IOException {
        List<Path> staging = listOurs(target, SiteFolders.STAGING);
        List<Path> old = listOurs(target, SiteFolders.OLD);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !old.isEmpty()) {
            SiteFolders.moveFolder(old.get(old.size() - 1), target);
            old = old.subList(0, old.size() - 1);
        }
        List<String> deleted = new ArrayList<>();
        for (Path dir : concat(staging, old)) {
            SiteFolders.deleteOurFolder(dir);
            deleted.add(dir.getFileName().toString());
        }
        return deleted;
    }

    private static List<Path> listOurs(Path target, String kind) throws IOException {
        String prefix = target.getFileName() + kind;
        List<Path> ours = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path p : siblings.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && isPid(name.substring(prefix.length())) && OutputMarker.isOursOrEmpty(p)) {
                    ours.add(p);
                }
            }
        }
        return ours;
    }

    private static boolean isPid(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
