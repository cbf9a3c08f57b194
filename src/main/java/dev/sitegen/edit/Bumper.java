package dev.sitegen.edit;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.SiteFacts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * Plans {@code site-gen bump} for one connector of a loaded catalog: checks that the bump makes sense,
 * computes every file's new text and reads the result back, all in memory. Nothing is written here, so
 * a dry run and a refusal touch no file; {@link BumpWriter} writes a plan that has no problems.
 */
public final class Bumper {

    private final SiteLayout layout;
    private final SiteFacts facts;
    private final Catalog catalog;

    /** @param facts the site's facts, whose repository the new changelog row links its pull request into */
    public Bumper(SiteLayout layout, SiteFacts facts, Catalog catalog) {
        this.layout = layout;
        this.facts = facts;
        this.catalog = catalog;
    }

    public BumpPlan planBump(BumpRequest request) throws IOException {
        List<String> problems = new ArrayList<>();
        Optional<Connector> found = BumpRules.findBumpable(catalog, request.connector(), problems);
        if (found.isEmpty()) {
            return BumpPlan.refuse(request.connector(), problems);
        }
        Connector c = found.get();
        Optional<Semver> next = BumpRules.decideVersion(c, request, problems);
        Optional<String> repository = facts.repositoryUrl();
        if (repository.isEmpty()) {
            problems.add("no repository to link pull request " + request.pullRequest() + " into: set 'repositoryUrl' "
                    + "in site.yaml");
        }
        if (!problems.isEmpty()) {
            return BumpPlan.refuse(c.dir(), problems);
        }
        List<FileChange> changes = new ConnectorEdits(layout, c, request, next.get()).editFiles(repository.get(), problems);
        if (problems.isEmpty()) {
            BumpVerifier.verifyChanges(c, request, next.get(), changes, problems);
        }
        if (!problems.isEmpty()) {
            return BumpPlan.refuse(c.dir(), problems);
        }
        return new BumpPlan(c.dir(), c.metadata().dockerImageTag(), next.get().getVersion(), changes, List.of(),
                BumpRules.listNotes(catalog, c, request, next.get()));
    }
}
