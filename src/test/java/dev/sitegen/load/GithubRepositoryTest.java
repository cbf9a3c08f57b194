package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link SiteFactsInference#findGithubRepository} scans by hand what this regular expression (its earlier
 * implementation, kept here as the reference) matches, on every shape of URL a changelog cell holds.
 */
class GithubRepositoryTest {

    private static final Pattern REFERENCE = Pattern.compile("^https?://(?:www\\.)?github\\.com/([^/\\s#?]+)/([^/\\s#?]+)");

    private static Optional<String> findByReference(String url) {
        Matcher m = REFERENCE.matcher(url.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(SiteFactsInference.normalizeRepositoryUrl("https://github.com/" + m.group(1) + "/"
                + m.group(2)));
    }

    @Test
    void theScanFindsWhatTheRegularExpressionFinds() {
        List<String> urls = List.of("https://github.com/airbytehq/airbyte/pull/123",
                "http://github.com/a/b", "https://www.github.com/a/b/pull/1", "https://www.gitlab.com/a/b",
                "https://www.www.github.com/a/b", "  https://github.com/a/b.git  ", "https://github.com/a/b.git/x",
                "https://github.com/a", "https://github.com/a/", "https://github.com//b", "https://github.com/a//b",
                "https://github.com/a/b#frag", "https://github.com/a/b?q=1", "https://github.com/a/b c",
                "https://github.com/a\tb/c", "https://github.com/a/b\u000bc", "https://github.com/a/b\u00a0c",
                "https://github.com/a#x/b", "https://github.com/a?x/b", "HTTPS://github.com/a/b",
                "https://GitHub.com/a/b", "https://github.com.evil.org/a/b", "https://github.comx/a/b",
                "ftp://github.com/a/b", "https:/github.com/a/b", "github.com/a/b", "", "https://",
                "https://github.com/", "https://github.com/a/b/", "https://github.com/a.git/b.git",
                "https://github.com/\u00e9t\u00e9/r\u00e9po", "https://github.com/a/b\r\nmore");
        for (String url : urls) {
            assertThat(SiteFactsInference.findGithubRepository(url)).as(url).isEqualTo(findByReference(url));
        }
        assertThat(SiteFactsInference.findGithubRepository("https://www.github.com/a/b.git/pull/1"))
                .contains("https://github.com/a/b");
    }
}
