package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a changed metadata.yaml is told apart from one changed only in registryOverrides. */
class BaseRevisionTest {

    private static final String FILE = "connectors/source-foo/metadata.yaml";
    private static final String BASE = """
            data:
              dockerImageTag: 1.2.0
              registryOverrides:
                cloud:
                  enabled: true
              tags: [language:python]
            """;

    @Test
    void overridesCommentsAndLayoutAreNoChange() {
        String after = """
                # a comment
                data:
                  tags:
                    - language:python
                  registryOverrides:
                    cloud: { enabled: false, dockerImageTag: 1.1.0 }
                  dockerImageTag: 1.2.0
                """;

        assertThat(differs(BASE, after)).isFalse();
    }

    @Test
    void anyOtherKeyIsAChange() {
        assertThat(differs(BASE, BASE + "  allowedHosts:\n    hosts: [api.foo.example]\n")).isTrue();
        assertThat(differs(BASE, BASE.replace("language:python", "language:java"))).isTrue();
        // registryOverrides only counts under data
        assertThat(differs(BASE, BASE + "registryOverrides: {}\n")).isTrue();
    }

    @Test
    void aSideThatIsMissingOrDoesNotParseIsAChange() {
        assertThat(BaseRevision.differsBeyondOverrides(FILE, Optional.empty(), Optional.of(BASE))).isTrue();
        assertThat(differs(BASE, "data: [unclosed\n")).isTrue();
    }

    private static boolean differs(String before, String after) {
        return BaseRevision.differsBeyondOverrides(FILE, Optional.of(before), Optional.of(after));
    }
}
