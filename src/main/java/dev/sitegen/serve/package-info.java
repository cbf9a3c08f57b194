/**
 * The local preview: says where it serves, builds the site through {@code build}'s
 * {@link dev.sitegen.build.LiveBuild} (the same checks, rendering, link verification and staging as
 * {@code build}) into a private temporary folder, serves it on 127.0.0.1 with the base URL, watches the
 * build root, maps each edit onto the files it reloads and asks the live build for that part (one
 * connector page, a doc page, the catalog-wide pages when their inputs changed), and tells open pages
 * to reload over server-sent events. Never publishes into the user's output folder and never adds
 * anything to the built files on disk. Answers only requests addressed to 127.0.0.1 or localhost at
 * its port, with bounded threads and connections.
 */
package dev.sitegen.serve;
