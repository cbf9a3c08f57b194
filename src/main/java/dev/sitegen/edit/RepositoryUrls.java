package dev.sitegen.edit;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository a new changelog row links its pull request into: {@code site.yaml}'s
 * {@code repositoryUrl}, else (a monorepo without one) the GitHub repository most changelog links of
 * the catalog point to, ties to the alphabetically first, the same answer the checks infer.
 */
final class RepositoryUrls {

    private static final Pattern GITHUB_REPO =
            Pattern.compile("^https?://(?:www\\.)?github\\.com/([^/\\s#?]+)/([^/\\s#?]+)");

    private RepositoryUrls() {
    }

    static Optional<String> findRepository(SiteConfig config, Catalog catalog) {
        return config.repositoryUrl().map(RepositoryUrls::normalize).or(() -> findMostLinked(catalog));
    }

    private static Optional<String> findMostLinked(Catalog catalog) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Connector c : catalog.connectors()) {
            for (ChangelogEntry e : c.changelog().map(t -> t.entries()).orElse(List.of())) {
                e.prUrl().flatMap(RepositoryUrls::findGithubRepository).ifPresent(r -> counts.merge(r, 1, Integer::sum));
            }
        }
        Optional<String> best = Optional.empty();
        int most = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                best = Optional.of(entry.getKey());
                most = entry.getValue();
            }
        }
        return best;
    }

    private static Optional<String> findGithubRepository(String url) {
        Matcher m = GITHUB_REPO.matcher(url.strip());
        return m.find() ? Optional.of(normalize("https://github.com/" + m.group(1) + "/" + m.group(2))) : Optional.empty();
    }

    private static String normalize(String url) {
        String u = url.strip().replaceAll("/+$", "");
        return u.endsWith(".git") ? u.substring(0, u.length() - 4) : u;
    }
}
