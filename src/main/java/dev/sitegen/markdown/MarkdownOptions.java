package dev.sitegen.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Site-wide settings of the markdown pipeline, fixed for a build: the hosts the docs call their own
 * site (absolute links to them become site-relative, so previews link to themselves) and the
 * markdown of the MDX components a doc may embed ({@code <MigrationGuide />} becomes the snippet
 * mapped to {@code MigrationGuide}).
 *
 * @param siteHosts host names such as {@code docs.airbyte.com}, compared case-insensitively
 * @param snippets component name to the markdown it stands for
 */
public record MarkdownOptions(Set<String> siteHosts, Map<String, String> snippets) {

    public MarkdownOptions {
        TreeSet<String> hosts = new TreeSet<>();
        siteHosts.forEach(h -> hosts.add(h.strip().toLowerCase(Locale.ROOT)));
        siteHosts = Set.copyOf(hosts);
        snippets = Map.copyOf(new TreeMap<>(snippets));
    }

    /** No site hosts and no snippets: links stay as written, components are dropped. */
    public static MarkdownOptions defaults() {
        return new MarkdownOptions(Set.of(), Map.of());
    }

    /** The host absolute links leaving the generated pages point at: the first in name order. */
    String primaryHost() {
        return new TreeSet<>(siteHosts).stream().findFirst().orElse("");
    }
}
