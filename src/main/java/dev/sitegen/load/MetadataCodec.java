package dev.sitegen.load;

import dev.sitegen.codec.CodecIn;
import dev.sitegen.codec.CodecOut;
import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.ConnectorSubtype;
import dev.sitegen.model.ConnectorType;
import dev.sitegen.model.Deadline;
import dev.sitegen.model.FieldPositions;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.RegistryOverride;
import dev.sitegen.model.ReleaseStage;
import dev.sitegen.model.ScopedImpact;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.SupportLevel;
import dev.sitegen.model.Version;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A connector's {@code metadata.yaml} as {@link LoadMemo} keeps it ({@link MetadataReader.Result}): read
 * back, it equals what the reader made of the file. Versions and deadlines are kept as written and parsed
 * again ({@link Version#parse}, {@link Deadline#parse}: the reader makes them so).
 */
final class MetadataCodec {

    private MetadataCodec() {
    }

    static void writeResult(CodecOut out, MetadataReader.Result r) throws IOException {
        out.writeBoolean(r.metadata().isPresent());
        if (r.metadata().isPresent()) {
            writeMetadata(out, r.metadata().get());
        }
        ModelCodec.writeDiagnostics(out, r.diagnostics());
    }

    static MetadataReader.Result readResult(CodecIn in) throws IOException {
        Optional<Metadata> metadata = in.readBoolean() ? Optional.of(readMetadata(in)) : Optional.empty();
        return new MetadataReader.Result(metadata, ModelCodec.readDiagnostics(in));
    }

    private static void writeMetadata(CodecOut out, Metadata m) throws IOException {
        out.writeString(m.name());
        out.writeString(m.definitionId());
        out.writeEnum(m.connectorType());
        out.writeString(m.dockerRepository());
        writeVersion(out, m.imageTag());
        out.writeString(m.license());
        out.writeString(m.documentationUrl());
        out.writeString(m.githubIssueLabel());
        out.writeEnum(m.connectorSubtype());
        out.writeEnum(m.releaseStage());
        out.writeEnum(m.supportLevel());
        out.writeStrings(m.tags());
        out.writeOptional(m.icon());
        out.writeInt(m.registryOverrides().size());
        for (RegistryOverride o : m.registryOverrides()) {
            out.writeString(o.registry());
            out.writeBoolean(o.enabled());
            out.writeBoolean(o.imageTag().isPresent());
            if (o.imageTag().isPresent()) {
                writeVersion(out, o.imageTag().get());
            }
            ModelCodec.writePos(out, o.pos());
        }
        out.writeInt(m.breakingChanges().size());
        for (BreakingChange b : m.breakingChanges()) {
            writeBreakingChange(out, b);
        }
        out.writeBoolean(m.rolloutConfigured());
        FieldPositions positions = m.positions();
        out.writeString(positions.file());
        out.writeInt(positions.byPath().size());
        for (Map.Entry<String, SourcePos> e : new TreeMap<>(positions.byPath()).entrySet()) {
            out.writeString(e.getKey());
            ModelCodec.writePos(out, e.getValue());
        }
    }

    private static Metadata readMetadata(CodecIn in) throws IOException {
        String name = in.readString();
        String definitionId = in.readString();
        ConnectorType type = in.readEnum(ConnectorType.class);
        String dockerRepository = in.readString();
        Version imageTag = readVersion(in);
        String license = in.readString();
        String documentationUrl = in.readString();
        String githubIssueLabel = in.readString();
        ConnectorSubtype subtype = in.readEnum(ConnectorSubtype.class);
        ReleaseStage stage = in.readEnum(ReleaseStage.class);
        SupportLevel level = in.readEnum(SupportLevel.class);
        List<String> tags = in.readStrings();
        Optional<String> icon = in.readOptional();
        int overrides = in.readCount();
        List<RegistryOverride> registryOverrides = new ArrayList<>(Math.min(overrides, 64));
        for (int i = 0; i < overrides; i++) {
            String registry = in.readString();
            boolean enabled = in.readBoolean();
            Optional<Version> tag = in.readBoolean() ? Optional.of(readVersion(in)) : Optional.empty();
            registryOverrides.add(new RegistryOverride(registry, enabled, tag, ModelCodec.readPos(in)));
        }
        int changes = in.readCount();
        List<BreakingChange> breakingChanges = new ArrayList<>(Math.min(changes, 1024));
        for (int i = 0; i < changes; i++) {
            breakingChanges.add(readBreakingChange(in));
        }
        boolean rollout = in.readBoolean();
        String file = in.readString();
        int n = in.readCount();
        Map<String, SourcePos> byPath = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            byPath.put(in.readString(), ModelCodec.readPos(in));
        }
        return new Metadata(name, definitionId, type, dockerRepository, imageTag, license, documentationUrl,
                githubIssueLabel, subtype, stage, level, tags, icon, registryOverrides, breakingChanges, rollout,
                new FieldPositions(file, byPath));
    }

    private static void writeBreakingChange(CodecOut out, BreakingChange b) throws IOException {
        writeVersion(out, b.version());
        out.writeString(b.message());
        out.writeBoolean(b.upgradeDeadline().isPresent());
        if (b.upgradeDeadline().isPresent()) {
            out.writeString(b.upgradeDeadline().get().raw());
            ModelCodec.writePos(out, b.upgradeDeadline().get().pos());
        }
        out.writeOptional(b.migrationDocumentationUrl());
        out.writeOptional(b.deadlineAction());
        out.writeInt(b.scopedImpact().size());
        for (ScopedImpact s : b.scopedImpact()) {
            out.writeString(s.scopeType());
            out.writeStrings(s.impactedScopes());
        }
        ModelCodec.writePos(out, b.pos());
    }

    private static BreakingChange readBreakingChange(CodecIn in) throws IOException {
        Version version = readVersion(in);
        String message = in.readString();
        Optional<Deadline> deadline = in.readBoolean()
                ? Optional.of(Deadline.parse(in.readString(), ModelCodec.readPos(in))) : Optional.empty();
        Optional<String> migrationUrl = in.readOptional();
        Optional<String> action = in.readOptional();
        int n = in.readCount();
        List<ScopedImpact> impact = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            impact.add(new ScopedImpact(in.readString(), in.readStrings()));
        }
        return new BreakingChange(version, message, deadline, migrationUrl, action, impact, ModelCodec.readPos(in));
    }

    private static void writeVersion(CodecOut out, Version v) throws IOException {
        out.writeBoolean(v != null);
        if (v != null) {
            out.writeString(v.raw());
            ModelCodec.writePos(out, v.pos());
        }
    }

    private static Version readVersion(CodecIn in) throws IOException {
        return in.readBoolean() ? Version.parse(in.readString(), ModelCodec.readPos(in)) : null;
    }
}
