package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sitegen.model.FieldRef;
import dev.sitegen.model.FieldSegment;
import dev.sitegen.model.SourcePos;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each form of the FieldAnchor notation, where each item is placed, and what the scan skips. */
class FieldAnchorsTest {

    private static final String FILE = "docs/integrations/sources/x.md";

    private static List<FieldRef> refs(String markdown) {
        return FieldAnchors.findFieldRefs(FILE, markdown);
    }

    private static FieldRef only(String field) {
        List<FieldRef> found = refs("<FieldAnchor field=\"" + field + "\">\n");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static FieldSegment option(String name, String option) {
        return new FieldSegment(name, OptionalInt.empty(), Optional.of(option));
    }

    @Test
    void readsAPlainNameAtTheColumnInsideTheAttribute() {
        List<FieldRef> found = refs("# Title\n\n<FieldAnchor field=\"start_date\">\n\nPick a date.\n\n</FieldAnchor>\n");
        assertThat(found).containsExactly(FieldRef.parsed("start_date", List.of(FieldSegment.named("start_date")),
                SourcePos.at(FILE, 3, 21)));
    }

    @Test
    void readsACommaSeparatedListWithSpacesEachItemAtItsOwnColumn() {
        List<FieldRef> found = refs("<FieldAnchor field=\"host, port,database\">\n");
        assertThat(found).extracting(FieldRef::raw, r -> r.pos().column(), FieldRef::isMalformed).containsExactly(
                tuple("host", 21, false), tuple("port", 27, false), tuple("database", 32, false));
        assertThat(found.get(1).segments()).containsExactly(FieldSegment.named("port"));
    }

    @Test
    void readsNesting() {
        assertThat(only("replication_method.replication_slot").segments()).containsExactly(
                FieldSegment.named("replication_method"), FieldSegment.named("replication_slot"));
    }

    @Test
    void readsOptionSelectors() {
        assertThat(only("provider[S3]").segments()).containsExactly(option("provider", "S3"));
        assertThat(only("replication_method[CDC]").segments()).containsExactly(option("replication_method", "CDC"));
    }

    @Test
    void keepsADotInsideAnOptionSelectorInTheOption() {
        assertThat(only("format[v1.0].delimiter").segments()).containsExactly(option("format", "v1.0"),
                FieldSegment.named("delimiter"));
    }

    @Test
    void readsAnArrayIndexAsPartOfTheNameBeforeIt() {
        assertThat(only("streams.0.format[unstructured]").segments()).containsExactly(
                new FieldSegment("streams", OptionalInt.of(0), Optional.empty()), option("format", "unstructured"));
    }

    @Test
    void readsListsOfOptionsAndIndexedPaths() {
        List<FieldRef> found = refs("<FieldAnchor field=\"streams.0.format[unstructured],streams.1.format[unstructured]\">\n"
                + "  <FieldAnchor field=\"provider[SSH],provider[SCP]\">\n");
        assertThat(found).extracting(FieldRef::raw, r -> r.pos().line(), r -> r.pos().column()).containsExactly(
                tuple("streams.0.format[unstructured]", 1, 21), tuple("streams.1.format[unstructured]", 1, 52),
                tuple("provider[SSH]", 2, 23), tuple("provider[SCP]", 2, 37));
        assertThat(found.get(1).segments().get(0).index()).hasValue(1);
    }

    @Test
    void readsSingleQuotesTagsInsideProseAndEveryTagOfALine() {
        List<FieldRef> found = refs("Set <FieldAnchor field='token'>the token</FieldAnchor> and <FieldAnchor field=\"url\">url</FieldAnchor>.\n");
        assertThat(found).extracting(FieldRef::raw, r -> r.pos().column()).containsExactly(tuple("token", 25),
                tuple("url", 80));
    }

    @Test
    void flagsMalformedItemsKeepingTheirTextAndPlace() {
        List<FieldRef> found = refs("<FieldAnchor field=\"a,, b[x, c]d, [S3], e..f, g.0.1, h[], i j, 0.k, \">\n");
        assertThat(found).extracting(FieldRef::raw, r -> r.pos().column(), r -> r.problem().orElse(""))
                .containsExactly(
                        tuple("a", 21, ""),
                        tuple("", 23, "an empty item"),
                        tuple("b[x", 25, "a '[' without its ']'"),
                        tuple("c]d", 30, "a ']' without its '['"),
                        tuple("[S3]", 35, "an option selector without a field name before it"),
                        tuple("e..f", 41, "an empty name between dots"),
                        tuple("g.0.1", 47, "a second array index after 'g'"),
                        tuple("h[]", 54, "an empty option selector after 'h'"),
                        tuple("i j", 59, "a space inside the field name 'i j'"),
                        tuple("0.k", 64, "an array index with no field before it"),
                        tuple("", 69, "an empty item"));
        assertThat(found.stream().filter(FieldRef::isMalformed)).allMatch(r -> r.segments().isEmpty());
    }

    @Test
    void flagsTextAfterAnOptionAndNestedBrackets() {
        assertThat(only("p[S3]x").problem()).hasValue("text after the option selector of 'p'");
        assertThat(only("p[[S3]]").problem()).hasValue("a '[' inside an option selector");
        assertThat(only("p[S3].0").problem()).hasValue("an array index after the option selector of 'p'");
        assertThat(only("").problem()).hasValue("an empty item");
    }

    @Test
    void flagsATagItCannotReadAsOneItemAtTheTag() {
        List<FieldRef> found = refs("<FieldAnchor\n  field=\"x\">\n\n <FieldAnchor field={\"y\"}>\n");
        assertThat(found).extracting(FieldRef::raw, r -> r.pos().line(), r -> r.pos().column(), r -> r.problem().orElse(""))
                .containsExactly(tuple("<FieldAnchor", 1, 1, "the FieldAnchor tag does not end on its line"),
                        tuple("<FieldAnchor field={\"y\"}>", 4, 2, "the FieldAnchor tag has no quoted field attribute"));
    }

    @Test
    void skipsCodeCommentsClosingTagsAndOtherComponents() {
        String md = "```mdx\n<FieldAnchor field=\"in_fence\">\n```\n"
                + "Write `<FieldAnchor field=\"in_span\">` around it.\n"
                + "<!-- <FieldAnchor field=\"in_comment\"> -->\n"
                + "<!--\n<FieldAnchor field=\"in_block_comment\">\n-->\n"
                + "<FieldAnchors field=\"other\"> </FieldAnchor>\n"
                + "``x` <FieldAnchor field=\"after_unclosed_run\">\n"
                + "<!-- ` --> <FieldAnchor field=\"after_comment\"> ` and `a` ``b`` <FieldAnchor field=\"after_spans\">\n";
        assertThat(refs(md)).extracting(FieldRef::raw, r -> r.pos().line()).containsExactly(tuple("after_unclosed_run", 10),
                tuple("after_comment", 11), tuple("after_spans", 11));
    }

    @Test
    void keepsAtMostTheLimitOfItemsAndSaysTheRestAreNotRead() {
        String md = "<FieldAnchor field=\"" + "a,".repeat(FieldAnchors.MAX_ITEMS + 5) + "\">\n";
        List<FieldRef> found = refs(md);
        assertThat(found).hasSize(FieldAnchors.MAX_ITEMS + 1);
        FieldRef last = found.get(FieldAnchors.MAX_ITEMS);
        assertThat(last.problem()).hasValueSatisfying(p -> assertThat(p).contains("the rest are not read"));
        assertThat(last.pos().column()).isEqualTo(21 + 2 * FieldAnchors.MAX_ITEMS);
    }

    @Test
    void findsNothingInADocWithoutTheTag() {
        assertThat(refs("# Doc\n\nNo anchors, just FieldAnchor as a word.\n")).isEmpty();
    }
}
