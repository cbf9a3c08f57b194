package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import java.util.List;

/** One check over one connector. Rules see only the model and add diagnostics; they never throw on bad input. */
interface Rule {

    RuleInfo info();

    void checkConnector(Connector connector, List<Diagnostic> out);
}
