package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sitegen.model.SourcePos;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTreeReaderTest {

    private static final String FILE = "connectors/source-x/metadata.yaml";
    private static final Duration FAST = Duration.ofSeconds(3);

    private static YamlNode read(String text) throws YamlSyntaxException {
        return new YamlTreeReader(FILE).readTree(text);
    }

    private static YamlNode.Mapping mapping(YamlNode node) {
        assertThat(node).isInstanceOf(YamlNode.Mapping.class);
        return (YamlNode.Mapping) node;
    }

    private static YamlNode.Sequence sequence(YamlNode node) {
        assertThat(node).isInstanceOf(YamlNode.Sequence.class);
        return (YamlNode.Sequence) node;
    }

    private static YamlNode.Scalar scalar(YamlNode node) {
        assertThat(node).isInstanceOf(YamlNode.Scalar.class);
        return (YamlNode.Scalar) node;
    }

    private static YamlNode.Entry entry(YamlNode node, String key) {
        return mapping(node).findEntry(key).orElseThrow(() -> new AssertionError("no key " + key));
    }

    private static SourcePos at(int line, int column) {
        return SourcePos.at(FILE, line, column);
    }

    @Test
    void nestedKeysAndValuesKeepTheirPositions() throws Exception {
        YamlNode root = read("""
                data:
                  name: Otter
                  registryOverrides:
                    cloud:
                      dockerImageTag: 1.2.3
                """);

        YamlNode.Entry data = entry(root, "data");
        assertThat(data.keyPos()).isEqualTo(at(1, 1));
        YamlNode.Entry name = entry(data.value(), "name");
        assertThat(name.keyPos()).isEqualTo(at(2, 3));
        assertThat(name.value().pos()).isEqualTo(at(2, 9));
        YamlNode.Entry cloud = entry(entry(data.value(), "registryOverrides").value(), "cloud");
        assertThat(cloud.keyPos()).isEqualTo(at(4, 5));
        YamlNode.Entry tag = entry(cloud.value(), "dockerImageTag");
        assertThat(tag.keyPos()).isEqualTo(at(5, 7));
        assertThat(tag.value().pos()).isEqualTo(at(5, 23));
        assertThat(scalar(tag.value()).text()).isEqualTo("1.2.3");
        assertThat(scalar(tag.value()).kind()).isEqualTo(YamlNode.ScalarKind.STRING);
    }

    @Test
    void keysKeepWrittenOrder() throws Exception {
        YamlNode root = read("zeta: 1\nalpha: 2\nmid: 3\n");

        assertThat(mapping(root).entries().keySet()).containsExactly("zeta", "alpha", "mid");
    }

    @Test
    void blockAndFlowListItemsKeepTheirPositions() throws Exception {
        YamlNode root = read("""
                tags:
                  - language:java
                  - cdk:low-code
                streams: ["a", "bb", c]
                """);

        YamlNode.Sequence tags = sequence(entry(root, "tags").value());
        assertThat(tags.items()).hasSize(2);
        assertThat(tags.items().get(0).pos()).isEqualTo(at(2, 5));
        assertThat(tags.items().get(1).pos()).isEqualTo(at(3, 5));
        assertThat(scalar(tags.items().get(1)).text()).isEqualTo("cdk:low-code");

        YamlNode.Sequence streams = sequence(entry(root, "streams").value());
        assertThat(streams.pos()).isEqualTo(at(4, 10));
        assertThat(streams.items()).extracting(YamlNode::pos).containsExactly(at(4, 11), at(4, 16), at(4, 22));
        assertThat(streams.items()).extracting(n -> scalar(n).text()).containsExactly("a", "bb", "c");
    }

    @Test
    void listOfMappingsKeepsItemKeyPositions() throws Exception {
        YamlNode root = read("""
                scopedImpact:
                  - scopeType: stream
                    impactedScopes: [orders]
                  - scopeType: stream
                    impactedScopes:
                      - refunds
                """);

        YamlNode.Sequence items = sequence(entry(root, "scopedImpact").value());
        assertThat(items.items()).hasSize(2);
        assertThat(entry(items.items().get(0), "scopeType").keyPos()).isEqualTo(at(2, 5));
        assertThat(entry(items.items().get(0), "impactedScopes").keyPos()).isEqualTo(at(3, 5));
        YamlNode.Sequence second = sequence(entry(items.items().get(1), "impactedScopes").value());
        assertThat(second.items()).singleElement().satisfies(n -> assertThat(n.pos()).isEqualTo(at(6, 9)));
    }

    @Test
    void scalarKindsFollowYamlTyping() throws Exception {
        YamlNode root = read("""
                s: hello
                q: "true"
                n: 42
                f: 1.5
                b: true
                z: ~
                d: 2024-03-15
                v: 1.0.0
                """);

        assertThat(scalar(entry(root, "s").value()).kind()).isEqualTo(YamlNode.ScalarKind.STRING);
        assertThat(scalar(entry(root, "q").value()).kind()).isEqualTo(YamlNode.ScalarKind.STRING);
        assertThat(scalar(entry(root, "n").value()).kind()).isEqualTo(YamlNode.ScalarKind.NUMBER);
        assertThat(scalar(entry(root, "f").value()).kind()).isEqualTo(YamlNode.ScalarKind.NUMBER);
        assertThat(scalar(entry(root, "b").value()).kind()).isEqualTo(YamlNode.ScalarKind.BOOLEAN);
        assertThat(scalar(entry(root, "z").value()).kind()).isEqualTo(YamlNode.ScalarKind.NULL);
        assertThat(scalar(entry(root, "d").value()).text()).isEqualTo("2024-03-15");
        assertThat(scalar(entry(root, "v").value()).text()).isEqualTo("1.0.0");
    }

    @Test
    void emptyDocumentIsAnEmptyValueAtLineOne() throws Exception {
        YamlNode root = read("");

        assertThat(scalar(root).kind()).isEqualTo(YamlNode.ScalarKind.NULL);
        assertThat(root.pos()).isEqualTo(at(1, 1));
    }

    @Test
    void crlfDoesNotShiftPositions() throws Exception {
        YamlNode root = read("data:\r\n  name: Otter\r\n  tags:\r\n    - a\r\n");

        YamlNode data = entry(root, "data").value();
        assertThat(entry(data, "name").value().pos()).isEqualTo(at(2, 9));
        assertThat(sequence(entry(data, "tags").value()).items().get(0).pos()).isEqualTo(at(4, 7));
    }

    @Test
    void duplicateKeyFailsAtTheSecondKey() {
        YamlSyntaxException e = catchThrowableOfType(YamlSyntaxException.class,
                () -> read("data:\n  name: a\n  tags: []\n  name: b\n"));

        assertThat(e).isNotNull();
        assertThat(e.pos()).isEqualTo(at(4, 3));
        assertThat(e.getMessage()).contains("'name'").contains("line 2");
    }

    @Test
    void sameKeyInDifferentMappingsIsNotADuplicate() throws Exception {
        YamlNode root = read("a:\n  enabled: true\nb:\n  enabled: false\n");

        assertThat(mapping(root).entries()).hasSize(2);
    }

    @Test
    void syntaxErrorCarriesLineAndCleanMessage() {
        YamlSyntaxException e = catchThrowableOfType(YamlSyntaxException.class,
                () -> read("data:\n  name: a\n    bad: b\n"));

        assertThat(e).isNotNull();
        assertThat(e.pos().line()).isEqualTo(3);
        assertThat(e.getMessage()).isNotBlank().doesNotContain("[Source:").doesNotContain("\n");
    }

    /** Billion laughs: 17 levels of anchors, each list holding ten aliases of the previous one. */
    private static String aliasBomb() {
        List<String> lines = new ArrayList<>();
        lines.add("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]");
        for (int i = 1; i <= 16; i++) {
            String prev = "*a" + (i - 1);
            lines.add("a" + i + ": &a" + i + " [" + String.join(", ", java.util.Collections.nCopies(10, prev)) + "]");
        }
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aliasBombDoesNotHang() {
        String bomb = aliasBomb();

        assertTimeoutPreemptively(FAST, () -> {
            try {
                read(bomb);
            } catch (YamlSyntaxException expected) {
                // failing is fine too; what matters is that it returns quickly
            }
        });
    }

    @Test
    void aliasBombFailsFastWithSyntaxException() {
        String bomb = aliasBomb();

        assertTimeoutPreemptively(FAST, () -> {
            assertThatThrownBy(() -> read(bomb)).isInstanceOf(YamlSyntaxException.class);
        });
    }

    @Test
    void aliasIsNeverReadAsItsAnchorName() {
        String text = "base: &base 1.2.3\ncopy: *base\n";

        try {
            YamlNode root = read(text);
            assertThat(scalar(entry(root, "copy").value()).text()).isEqualTo("1.2.3");
        } catch (YamlSyntaxException rejected) {
            assertThat(rejected.pos().line()).isEqualTo(2);
        }
    }

    private static String nestedLists(int depth) {
        return "[".repeat(depth) + "]".repeat(depth) + "\n";
    }

    private static String nestedMappings(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        sb.append("  ".repeat(depth)).append("leaf: 1\n");
        return sb.toString();
    }

    @Test
    void nestingUpToTheLimitIsRead() throws Exception {
        YamlNode root = read(nestedLists(YamlTreeReader.MAX_DEPTH));

        assertThat(root).isInstanceOf(YamlNode.Sequence.class);
    }

    @Test
    void nestingDeeperThanTheLimitFails() {
        assertTimeoutPreemptively(FAST, () -> {
            assertThatThrownBy(() -> read(nestedLists(YamlTreeReader.MAX_DEPTH + 1)))
                    .isInstanceOf(YamlSyntaxException.class);
            assertThatThrownBy(() -> read(nestedMappings(200)))
                    .isInstanceOf(YamlSyntaxException.class)
                    .hasMessageContaining(String.valueOf(YamlTreeReader.MAX_DEPTH));
            assertThatThrownBy(() -> read(nestedLists(100_000)))
                    .isInstanceOf(YamlSyntaxException.class);
        });
    }

    @Test
    void nestingDeeperThanTheLimitIsPositioned() {
        YamlSyntaxException e = catchThrowableOfType(YamlSyntaxException.class,
                () -> read(nestedMappings(YamlTreeReader.MAX_DEPTH + 5)));

        assertThat(e).isNotNull();
        assertThat(e.pos().hasLine()).isTrue();
        assertThat(e.pos().line()).isBetween(YamlTreeReader.MAX_DEPTH - 1, YamlTreeReader.MAX_DEPTH + 3);
    }
}
