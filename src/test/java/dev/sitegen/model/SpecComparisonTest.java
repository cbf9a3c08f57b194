package dev.sitegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.load.SpecTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec comparison: each kind of change, whether it breaks, its path and where it is blamed. */
class SpecComparisonTest {

    private static final String BASE = """
            type: object
            required: [api_key]
            properties:
              api_key: { type: string }
              region: { type: string, enum: [eu, us], default: eu }
              page_size: { type: integer, minimum: 1, maximum: 1000 }
              name: { type: string, maxLength: 64 }
              start_date: { type: string, pattern: "^[0-9]{4}$" }
              timeout: { type: ["null", integer] }
              credentials:
                type: object
                oneOf:
                  - title: OAuth
                    properties:
                      auth_type: { const: oauth }
                      client_id: { type: string }
                  - title: Token
                    properties:
                      auth_type: { const: token }
                      token: { type: string }
              advanced:
                type: object
                additionalProperties: false
                properties:
                  retries: { type: integer }
              streams:
                type: array
                items:
                  type: object
                  properties:
                    name: { type: string }
                    format: { type: string }
            """;

    @Test
    void theSameSpecHasNoChanges() {
        assertThat(SpecComparison.compareSpecs(SpecTexts.parseSchema(BASE), SpecTexts.parseSchema(BASE))).isEmpty();
    }

    @Test
    void anOptionalFieldAndARequiredOneWithADefaultAreCompatibleAdditions() {
        List<SpecChange> changes = compare(BASE.replace("required: [api_key]", "required: [api_key, limit]")
                .replace("  api_key: { type: string }\n", "  api_key: { type: string }\n  limit: { type: integer, "
                        + "default: 10 }\n  note: { type: string }\n"));

        assertThat(describe(changes)).containsExactly("limit field-added false required, default 10",
                "note field-added false optional");
    }

    @Test
    void aRequiredFieldWithoutADefaultAndAFieldMadeRequiredBreak() {
        List<SpecChange> changes = compare(BASE.replace("required: [api_key]", "required: [api_key, region, org]")
                .replace("  api_key: { type: string }\n", "  api_key: { type: string }\n  org: { type: string }\n"));

        assertThat(describe(changes)).containsExactly("org required-field-added true ",
                "region made-required true ");
        assertThat(changes.get(0).pos().line()).isEqualTo(6);
    }

    @Test
    void removedFieldsBreakWhenRequiredOrClosedAndAreBlamedOnTheirHolder() {
        List<SpecChange> changes = compare(BASE.replace("required: [api_key]", "required: []")
                .replace("  api_key: { type: string }\n", "")
                .replace("  page_size: { type: integer, minimum: 1, maximum: 1000 }\n", "")
                .replace("      retries: { type: integer }\n", "      other: { type: integer }\n"));

        assertThat(describe(changes)).containsExactly("advanced.other field-added false optional",
                "advanced.retries closed-field-removed true ", "api_key required-field-removed true ",
                "page_size field-removed false ");
        // a field that is gone is blamed on the object that held it, in the new file
        assertThat(changes.get(1).pos().line()).isEqualTo(changes.get(0).pos().line() - 4);
        assertThat(changes.get(3).pos()).isEqualTo(SpecTexts.parseSchema(BASE).pos());
    }

    @Test
    void typesNarrowAndWidenAsSets() {
        List<SpecChange> changes = compare(BASE.replace("timeout: { type: [\"null\", integer] }",
                "timeout: { type: integer }").replace("page_size: { type: integer,", "page_size: { type: number,"));

        assertThat(describe(changes)).containsExactly("page_size type-widened false integer -> number",
                "timeout type-narrowed true null|integer -> integer");
    }

    @Test
    void enumValuesRemovedBreakAndAddedDoNot() {
        assertThat(describe(compare(BASE.replace("enum: [eu, us]", "enum: [eu, ap]")))).containsExactly(
                "region enum-values-removed true us", "region enum-values-added false ap");
        assertThat(describe(compare(BASE.replace("api_key: { type: string }", "api_key: { type: string, enum: [a] }"))))
                .containsExactly("api_key enum-added true a");
    }

    @Test
    void aRemovedOptionIsOneChangeAndFieldsOfKeptOptionsAreCompared() {
        List<SpecChange> changes = compare(BASE.replace("""
                      - title: Token
                        properties:
                          auth_type: { const: token }
                          token: { type: string }
                """, "").replace("client_id: { type: string }", "client_id: { type: integer }"));

        assertThat(describe(changes)).containsExactly("credentials[oauth].client_id type-narrowed true string -> integer",
                "credentials[token] option-removed true Token");
    }

    @Test
    void patternsAndBoundsTightenOrLoosen() {
        List<SpecChange> changes = compare(BASE.replace("minimum: 1, maximum: 1000", "minimum: 5, maximum: 2000")
                .replace("maxLength: 64", "maxLength: 32").replace("pattern: \"^[0-9]{4}$\"", "pattern: \"^[0-9]+$\"")
                .replace("format: { type: string }", "format: { type: string, pattern: \"^[a-z]+$\" }"));

        assertThat(describe(changes)).containsExactly("page_size bound-tightened true minimum 1 -> 5",
                "page_size bound-loosened false maximum 1000 -> 2000", "name bound-tightened true maxLength 64 -> 32",
                "start_date pattern-tightened true ^[0-9]{4}$ -> ^[0-9]+$",
                "streams.0.format pattern-tightened true ^[a-z]+$");
        assertThat(describe(compare(BASE.replace(", pattern: \"^[0-9]{4}$\"", ""))))
                .containsExactly("start_date pattern-removed false ^[0-9]{4}$ -> none");
    }

    @Test
    void closingAnObjectAndChangingADefaultAreReported() {
        List<SpecChange> changes = compare(BASE.replace("default: eu", "default: us").replace("""
                  streams:
                    type: array
                """, """
                  streams:
                    type: array
                    additionalProperties: false
                """));

        assertThat(describe(changes)).containsExactly("region default-changed false eu -> us",
                "streams properties-closed true ");
    }

    private static List<SpecChange> compare(String now) {
        assertThat(now).as("the test's edit applies").isNotEqualTo(BASE);
        return SpecComparison.compareSpecs(SpecTexts.parseSchema(BASE), SpecTexts.parseSchema(now));
    }

    private static List<String> describe(List<SpecChange> changes) {
        return changes.stream().map(c -> c.path() + " " + c.kind().id() + " " + c.isIncompatible() + " " + c.detail())
                .toList();
    }
}
