package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Reference section's ids: readable for plain paths, one-to-one for the rest, never repeated. */
class ReferenceAnchorsTest {

    @Test
    void plainPathsReadAsWrittenAndOptionsInParentheses() {
        ReferenceAnchors anchors = new ReferenceAnchors("reference");
        assertThat(anchors.createFieldId("replication_method[CDC].replication_slot"))
                .isEqualTo("reference.replication_method(CDC).replication_slot");
        assertThat(anchors.createFieldId("streams.0.format[unstructured]")).isEqualTo("reference.streams.0.format(unstructured)");
        assertThat(anchors.createStreamId("users")).isEqualTo("reference-streams.users");
    }

    @Test
    void pathsThatWouldReadAlikeGetDifferentIds() {
        assertThat(ReferenceAnchors.encodePath("a[b].c")).isNotEqualTo(ReferenceAnchors.encodePath("a.b.c"))
                .isNotEqualTo(ReferenceAnchors.encodePath("a(b).c")).isEqualTo("a(b).c");
        assertThat(ReferenceAnchors.encodePath("a(b).c")).isEqualTo("a~28b~29.c");
        assertThat(ReferenceAnchors.encodePath("a b/é~")).isEqualTo("a~20b~2F~C3~A9~7E");
    }

    @Test
    void aRepeatedPathGetsASuffixInSpecOrder() {
        ReferenceAnchors anchors = new ReferenceAnchors("reference-source-x");
        assertThat(anchors.createFieldId("a.b")).isEqualTo("reference-source-x.a.b");
        assertThat(anchors.createFieldId("a.b")).isEqualTo("reference-source-x.a.b~~2");
        assertThat(ReferenceAnchors.sectionIdFor("source-x", true)).isEqualTo("reference");
        assertThat(ReferenceAnchors.sectionIdFor("source-x", false)).isEqualTo("reference-source-x");
    }
}
