package dev.sitegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The path conventions every stage shares: a page's doc file and its migration guide's path and file. */
class SitePathsTest {

    @Test
    void migrationGuideSitsBesideItsPage() {
        assertThat(SitePaths.migrationGuidePathOf("integrations/sources/foo")).isEqualTo("integrations/sources/foo-migrations");
        assertThat(SitePaths.isMigrationGuidePath("integrations/sources/foo-migrations")).isTrue();
        assertThat(SitePaths.isMigrationGuidePath("integrations/sources/foo")).isFalse();
    }

    @Test
    void docAndGuideFilesAreMarkdownBesideEachOther() {
        assertThat(SitePaths.docFileOf("integrations/sources/foo")).isEqualTo("integrations/sources/foo.md");
        assertThat(SitePaths.migrationGuideFileOf("docs/integrations/sources/foo.md"))
                .isEqualTo("docs/integrations/sources/foo-migrations.md");
        assertThat(SitePaths.migrationGuideFileOf("docs/integrations/sources/foo"))
                .isEqualTo("docs/integrations/sources/foo-migrations.md");
    }
}
