package dev.sitegen.cli;

import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Temporary git repositories made from parts of the shared corpus, for the pull-request tests. */
final class CorpusRepos {

    private CorpusRepos() {
    }

    /** The shared corpus; the calling test class is skipped without it or without git. */
    static Path requireCorpusAndGit() {
        Optional<Path> found = TestPaths.findCorpus();
        Assumptions.assumeTrue(found.isPresent(), "shared corpus not found");
        Assumptions.assumeTrue(ChangedSinceTest.isGitAvailable(), "git is not on PATH");
        return found.get();
    }

    /**
     * {@code tmp/repo} holding copies of the corpus' {@code folders} and {@code docs}, all committed; the calling
     * test is skipped without the corpus or git.
     */
    static Path createRepo(Path tmp, List<String> folders, List<String> docs) throws Exception {
        Path corpus = requireCorpusAndGit();
        Path repo = tmp.resolve("repo");
        for (String folder : folders) {
            CheckBaselineTest.copyTree(corpus.resolve(folder), repo.resolve(folder));
        }
        for (String doc : docs) {
            Files.createDirectories(repo.resolve(doc).getParent());
            Files.write(repo.resolve(doc), Files.readAllBytes(corpus.resolve(doc)));
        }
        PullRequestRulesTest.commitAll(repo);
        return repo;
    }
}
