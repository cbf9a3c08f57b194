package dev.sitegen.render;

import java.util.List;

/**
 * A connector's Reference section: its id, the spec file it was read from, the top-level fields (and the
 * options of a spec that is itself a {@code oneOf}), and the streams: {@code streamStatus} is the
 * {@link dev.sitegen.model.SpecStreams.Status} label ({@code listed}, {@code dynamic}, {@code undeclared}).
 */
public record SpecReferenceView(String id, String streamsId, String file, List<SpecFieldView> fields,
                                List<SpecOptionView> options, String streamStatus, List<Stream> streams) {

    /** One stream with its anchor. */
    public record Stream(String id, String name) {
    }
}
