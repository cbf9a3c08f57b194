package dev.sitegen.edit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the user asked {@code bump} to do, already typed: the connector folder, the kind of bump,
 * whether a patch or minor bump should be a release candidate ({@code --rc}), the changelog row's
 * pull request, subject and date, and the breaking change to declare, if any. {@code noBreaking}
 * says a major is released on purpose without a breaking change; {@code documentGap} asks for a row
 * for the current version too when a hand edit released it without one.
 */
public record BumpRequest(String connector, BumpKind kind, boolean releaseCandidate, int pullRequest,
                          String message, LocalDate date, Optional<Breaking> breaking, boolean noBreaking,
                          boolean documentGap) {

    /**
     * The breaking change to declare with the bump: its message for users, the upgrade deadline and
     * the streams it affects (none means every stream). A blank message means the changelog subject.
     */
    public record Breaking(String message, LocalDate deadline, List<String> streams) {

        public Breaking {
            streams = List.copyOf(streams);
        }
    }
}
