package dev.sitegen.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitegen.serve.RequestTarget.Kind;
import org.junit.jupiter.api.Test;

class RequestTargetTest {

    @Test
    void mapsPathsUnderTheBaseToSiteFiles() {
        assertThat(RequestTarget.resolveTarget("/pr-7/", "/pr-7/")).isEqualTo(new RequestTarget(Kind.FILE, ""));
        assertThat(RequestTarget.resolveTarget("/pr-7/integrations/sources/x/", "/pr-7/"))
                .isEqualTo(new RequestTarget(Kind.FILE, "integrations/sources/x/"));
        assertThat(RequestTarget.resolveTarget("/assets/site%20x.css", "/"))
                .isEqualTo(new RequestTarget(Kind.FILE, "assets/site x.css"));
        assertThat(RequestTarget.resolveTarget("/a+b.txt", "/")).isEqualTo(new RequestTarget(Kind.FILE, "a+b.txt"));
    }

    @Test
    void redirectsTheServerRootAndTheBareBaseToTheBase() {
        assertThat(RequestTarget.resolveTarget("/", "/pr-7/")).isEqualTo(new RequestTarget(Kind.REDIRECT, "/pr-7/"));
        assertThat(RequestTarget.resolveTarget("/pr-7", "/pr-7/")).isEqualTo(new RequestTarget(Kind.REDIRECT, "/pr-7/"));
        assertThat(RequestTarget.resolveTarget("/other/x", "/pr-7/").kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(RequestTarget.resolveTarget("/", "/").kind()).isEqualTo(Kind.FILE);
    }

    @Test
    void refusesTraversalPlainOrEncoded() {
        for (String raw : new String[] {"/../etc/passwd", "/assets/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/..%2f..%2fetc/passwd", "/..%5c..%5cwindows", "//etc/passwd",
                "/%2fetc/passwd", "/a/./b", "/x%00.html", "/%zz", "/C:%5cwindows"}) {
            assertThat(RequestTarget.resolveTarget(raw, "/").kind()).as(raw).isEqualTo(Kind.REFUSED);
        }
    }

    @Test
    void namesThePreviewsOwnEndpoints() {
        assertThat(RequestTarget.resolveTarget("/pr-7/__site-gen/events", "/pr-7/"))
                .isEqualTo(new RequestTarget(Kind.INTERNAL, "events"));
    }

    @Test
    void normalizesTheBasePath() {
        assertThat(new PreviewSettings(0, null, java.time.LocalDate.EPOCH).basePath()).isEqualTo("/");
        assertThat(new PreviewSettings(0, "pr-7", java.time.LocalDate.EPOCH).basePath()).isEqualTo("/pr-7/");
        assertThat(new PreviewSettings(0, "https://x.dev/docs//pr", java.time.LocalDate.EPOCH).basePath())
                .isEqualTo("/docs/pr/");
        assertThatThrownBy(() -> new PreviewSettings(0, "/a/../b", java.time.LocalDate.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PreviewSettings(70000, "/", java.time.LocalDate.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
