package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorChange;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Metadata;
import java.util.List;

/**
 * A rule that judges a connector's change against the pull request's base ref ({@code --changed-since}): silent
 * without a base, for a connector the base does not have, or whose metadata was not valid there (nothing to
 * compare, never guessed).
 */
interface ChangeRule extends Rule {

    @Override
    default void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        ctx.base().findChange(c.dir()).ifPresent(change -> change.baseMetadata()
                .ifPresent(before -> checkChange(c, change, before, ctx, out)));
    }

    /** Judges {@code c} against {@code change}, whose metadata at the base ref is {@code before}. */
    void checkChange(Connector c, ConnectorChange change, Metadata before, CheckContext ctx, List<Diagnostic> out);
}
