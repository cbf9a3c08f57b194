package dev.sitegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one capitalization of labels, and the labels made with it. */
class WordsTest {

    @Test
    void onlyTheFirstLetterIsUpperCased() {
        assertThat(Words.capitalizeFirst("sources")).isEqualTo("Sources");
        assertThat(Words.capitalizeFirst("set up oAuth")).isEqualTo("Set up oAuth");
        assertThat(Words.capitalizeFirst("")).isEmpty();
        assertThat(Words.capitalizeFirst("éclair")).isEqualTo("Éclair");
    }

    @Test
    void enumLabelsUseIt() {
        assertThat(ReleaseStage.BETA.label()).isEqualTo("Beta");
        assertThat(ReleaseStage.GENERALLY_AVAILABLE.label()).isEqualTo("Generally available");
        assertThat(SupportLevel.CERTIFIED.label()).isEqualTo("Certified");
    }
}
