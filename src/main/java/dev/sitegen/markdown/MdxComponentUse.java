package dev.sitegen.markdown;

/**
 * A standalone MDX component in a doc ({@code <MigrationGuide />} on its own line), which the
 * site can only show when a snippet stands in for it; reported so a check rule can say so.
 *
 * @param name the component name as written
 * @param line 1-based line of the doc
 * @param imported whether the doc imports it (the rest are site-wide Docusaurus components)
 */
public record MdxComponentUse(String name, int line, boolean imported) {
}
