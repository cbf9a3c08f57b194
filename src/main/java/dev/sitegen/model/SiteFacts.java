package dev.sitegen.model;

import java.util.Optional;

/**
 * The site-wide facts every stage must agree on, computed once when a site is loaded: the host the
 * docs are published on (lower case) and the repository the changelog pull requests belong to
 * ({@code https://github.com/<owner>/<repo>}, no trailing slash or {@code .git}). The checks compare
 * connectors against them, the pages link to them, {@code bump} writes links into them; passing the
 * one value keeps the "edit this page" link on the repository the checks judged PR links by.
 */
public record SiteFacts(Optional<String> siteHost, Optional<String> repositoryUrl) {

    /** Facts for a site that names neither, nor lets them be inferred. */
    public static SiteFacts none() {
        return new SiteFacts(Optional.empty(), Optional.empty());
    }
}
