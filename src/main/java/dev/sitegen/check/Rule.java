package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import java.util.List;

/**
 * One check over one connector, with the site-wide facts it may compare against. Rules see only the
 * model and add diagnostics; they never throw on bad input and never depend on iteration order they
 * did not sort themselves.
 */
interface Rule {

    RuleInfo info();

    void checkConnector(Connector connector, CheckContext ctx, List<Diagnostic> out);
}
