package dev.sitegen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorInputs;
import dev.sitegen.model.FieldPositions;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index inputs compare connectors value by value, without positions and without a hand list. */
class IndexInputsTest {

    private static final String DIR = "source-ledgerly";

    @Test
    void positionsDoNotCountAndAnyOtherComponentDoes(@TempDir Path tmp) throws Exception {
        Catalog catalog;
        try (Workers workers = new Workers(1)) {
            catalog = TestSites.loadSite(TestSites.copyContent(tmp), workers).catalog();
        }
        Connector c = catalog.findConnector(DIR).orElseThrow();
        Changelog log = c.changelog().orElseThrow();
        Metadata m = c.metadata();
        Metadata movedMetadata = new Metadata(m.name(), m.definitionId(), m.connectorType(), m.dockerRepository(),
                m.imageTag(), m.license(), m.documentationUrl(), m.githubIssueLabel(), m.connectorSubtype(),
                m.releaseStage(), m.supportLevel(), m.tags(), m.icon(), m.registryOverrides(), m.breakingChanges(),
                m.rolloutConfigured(), new FieldPositions(c.metadataFile(), Map.of("name", SourcePos.at(c.metadataFile(), 9, 9))));
        Changelog movedLog = new Changelog(log.scope(), SourcePos.at(log.pos().file(), 99, 1), log.firstLine() + 5,
                log.lastLine() + 5, log.entries());
        Connector moved = new Connector(c.dir(), c.metadataFile(), movedMetadata, c.pagePath(), c.doc(),
                Optional.of(movedLog), c.migrationGuide(), c.iconFile(), c.inputs());
        // a component IndexInputs names nowhere: it counts all the same
        List<String> more = new ArrayList<>(c.inputs().inputFiles());
        more.add("docs/snippets/new.md");
        Connector otherInputs = new Connector(c.dir(), c.metadataFile(), m, c.pagePath(), c.doc(), c.changelog(),
                c.migrationGuide(), c.iconFile(), new ConnectorInputs(more, c.inputs().expectedFiles()));

        assertThat(IndexInputs.changesIndexInputs(catalog, replace(catalog, moved), Set.of(DIR))).isFalse();
        assertThat(IndexInputs.changesIndexInputs(catalog, replace(catalog, otherInputs), Set.of(DIR))).isTrue();
        assertThat(IndexInputs.changesIndexInputs(catalog, replace(catalog, otherInputs), Set.of("source-mossdb")))
                .as("only the named connectors are compared").isFalse();
    }

    private static Catalog replace(Catalog catalog, Connector c) {
        List<Connector> connectors = catalog.connectors().stream().map(x -> x.dir().equals(c.dir()) ? c : x).toList();
        return new Catalog(connectors, catalog.docs(), catalog.guides(), catalog.loadDiagnostics());
    }
}
