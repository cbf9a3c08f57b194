package dev.sitegen.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Deadline;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.Spec;
import dev.sitegen.model.SpecStreams;
import dev.sitegen.model.Timeline;
import dev.sitegen.model.TimelineRelease;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Serialises connectors for {@code api/}: one document per connector and the whole registry. */
final class ApiDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ApiDocuments() {
    }

    static ConnectorApi createConnectorApi(Connector c, Timeline timeline) {
        Metadata m = c.metadata();
        List<ConnectorApi.Row> rows = c.changelog().map(log -> log.entries().stream()
                .map(ApiDocuments::toRow).toList()).orElse(List.of());
        List<ConnectorApi.Breaking> breaking = m.breakingChanges().stream()
                .map(bc -> toBreaking(c, bc)).toList();
        List<ConnectorApi.Release> releases = timeline.releases().stream().map(ApiDocuments::toRelease).toList();
        return new ConnectorApi(c.dir(), m.name(), m.definitionId(), m.connectorType().yamlName(),
                m.connectorSubtype().yamlName(), m.dockerImageTag(), m.supportLevel().yamlName(),
                m.releaseStage().yamlName(), m.license(), m.dockerRepository(), c.pagePath() + "/",
                m.documentationUrl(), rows, breaking, releases,
                c.spec().map(ApiDocuments::toSpec).orElse(null),
                c.spec().map(s -> new ConnectorApi.Streams(s.streams().status().label(),
                        s.streams().names().stream().map(SpecStreams.SpecStream::name).toList())).orElse(null));
    }

    private static ConnectorApi.SpecDoc toSpec(Spec spec) {
        return new ConnectorApi.SpecDoc(spec.file(), spec.listAllFields().stream().map(f -> new ConnectorApi.Field(
                f.path(), f.title(), f.type(), f.required(), f.secret(), f.defaultValue().orElse(null), f.description(),
                f.constValue().map(List::of).orElse(f.enumValues()))).toList());
    }

    static byte[] writeJson(Object value) {
        try {
            return (MAPPER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("serialising " + value.getClass().getSimpleName(), e);
        }
    }

    private static ConnectorApi.Row toRow(ChangelogEntry e) {
        return new ConnectorApi.Row(e.displayVersion(), e.rawDate(), e.prNumber().orElse(null),
                e.prUrl().orElse(null), e.subject());
    }

    private static ConnectorApi.Breaking toBreaking(Connector c, BreakingChange bc) {
        String migrationUrl = c.migrationGuide()
                .flatMap(g -> g.findSection(bc.version().raw())
                        .map(s -> g.page().urlPath() + "/#" + s.versionAnchor()))
                .or(bc::migrationDocumentationUrl)
                .orElse(null);
        return new ConnectorApi.Breaking(bc.version().raw(), bc.upgradeDeadline().map(Deadline::raw).orElse(null),
                bc.message(),
                bc.impactedStreams(), migrationUrl);
    }

    private static ConnectorApi.Release toRelease(TimelineRelease r) {
        return new ConnectorApi.Release(r.version().getVersion(), r.kind().label(),
                r.date().map(Object::toString).orElse(null), r.isBreaking(), r.current(), r.pinnedBy());
    }
}
