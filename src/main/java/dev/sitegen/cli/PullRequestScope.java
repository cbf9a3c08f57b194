package dev.sitegen.cli;

import dev.sitegen.build.CheckScope;
import dev.sitegen.model.BaseCatalog;

/** What {@code --changed-since} makes of a run: the connectors it reports, and what they were at the ref. */
record PullRequestScope(CheckScope scope, BaseCatalog base) {
}
