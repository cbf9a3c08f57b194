package dev.sitegen.check;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import java.io.IOException;
import java.util.List;

/** Prints a check report in one format. */
public interface Reporter {

    void writeReport(List<Diagnostic> diagnostics, FindingCounts summary, Appendable out) throws IOException;
}
