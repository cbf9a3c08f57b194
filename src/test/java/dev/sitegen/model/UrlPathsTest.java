package dev.sitegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one URL-path normaliser: resolving, splitting, scheme and host, percent-decoding. */
class UrlPathsTest {

    @Test
    void resolvesDotSegmentsAsABrowserDoesAndRefusesToClimbAboveTheRoot() {
        assertThat(UrlPaths.resolvePath("integrations/sources", "../destinations/x.md")).contains("integrations/destinations/x.md");
        assertThat(UrlPaths.resolvePath("integrations/sources/", "./x/")).contains("integrations/sources/x/");
        assertThat(UrlPaths.resolvePath("a/b", "..")).contains("a/");
        assertThat(UrlPaths.resolvePath("a/b", "c/.")).contains("a/b/c/");
        assertThat(UrlPaths.resolvePath("a", "..")).contains("");
        assertThat(UrlPaths.resolvePath("a", "../..")).isEmpty();
        assertThat(UrlPaths.resolvePath("", "x//y")).contains("x/y");
    }

    @Test
    void foldersAndSuffixesAreFoundWithoutParsing() {
        assertThat(UrlPaths.folderOf("integrations/x/index.html")).isEqualTo("integrations/x/");
        assertThat(UrlPaths.folderOf("index.html")).isEmpty();
        assertThat(UrlPaths.topFolderOf("integrations/x/")).isEqualTo("integrations");
        assertThat(UrlPaths.topFolderOf("index.html")).isEmpty();
        assertThat(UrlPaths.findSuffixStart("a/b?q#f")).isEqualTo(3);
        assertThat(UrlPaths.findSuffixStart("a/b#f?q")).isEqualTo(3);
        assertThat(UrlPaths.findSuffixStart("a/b")).isEqualTo(3);
    }

    @Test
    void aFolderNamesItsIndexFileAndAnIndexFileIsServedAsItsFolder() {
        assertThat(UrlPaths.resolveIndexFile("")).isEqualTo("index.html");
        assertThat(UrlPaths.resolveIndexFile("integrations/x/")).isEqualTo("integrations/x/index.html");
        assertThat(UrlPaths.resolveIndexFile("api/registry.json")).isEqualTo("api/registry.json");
        assertThat(UrlPaths.stripIndexFile("index.html")).isEmpty();
        assertThat(UrlPaths.stripIndexFile("integrations/x/index.html")).isEqualTo("integrations/x/");
        assertThat(UrlPaths.stripIndexFile("404.html")).isEqualTo("404.html");
        assertThat(UrlPaths.stripIndexFile("xindex.html")).isEqualTo("xindex.html");
    }

    @Test
    void aSchemeIsAnAsciiLetterThenSchemeCharactersUpToAColon() {
        assertThat(UrlPaths.findSchemeEnd("https://x")).isEqualTo(5);
        assertThat(UrlPaths.findSchemeEnd("git+ssh://x")).isEqualTo(7);
        assertThat(UrlPaths.findSchemeEnd("mailto:a@b")).isEqualTo(6);
        assertThat(UrlPaths.findSchemeEnd("1http://x")).isEqualTo(-1);
        assertThat(UrlPaths.findSchemeEnd("\u00e9t\u00e9:x")).isEqualTo(-1);
        assertThat(UrlPaths.findSchemeEnd("a/b:c")).isEqualTo(-1);
        assertThat(UrlPaths.findSchemeEnd("plain")).isEqualTo(-1);
    }

    @Test
    void theHostDropsUserInfoAndPortAndIsLowerCase() {
        assertThat(UrlPaths.hostOf("https://user@Docs.Example.com:8443/x?y#z")).isEqualTo("docs.example.com");
        assertThat(UrlPaths.hostOf("http://[::1]:80/")).isEqualTo("[::1]");
        assertThat(UrlPaths.hostOf("https://h?q")).isEqualTo("h");
        assertThat(UrlPaths.hostOf("/relative")).isEmpty();
        assertThat(UrlPaths.hostOfAuthority("a@b@Host")).isEqualTo("host");
    }

    @Test
    void percentDecodingIsLenientOrStrict() {
        assertThat(UrlPaths.decodePercent("a%20b%C3%A9%zz%2")).isEqualTo("a b\u00e9%zz%2");
        assertThat(UrlPaths.decodePercent("plain")).isEqualTo("plain");
        assertThat(UrlPaths.decodePercent("%FF")).isEqualTo("\uFFFD");
        assertThat(UrlPaths.findStrictDecoding("%FF")).isEmpty();
        assertThat(UrlPaths.findStrictDecoding("x%2Fy%c3%a9")).contains("x/y\u00e9");
        // only ASCII hex digits make an escape
        assertThat(UrlPaths.findStrictDecoding("%\u0663\u0663")).contains("%\u0663\u0663");
    }
}
