/**
 * The local preview: builds the site into a temporary folder, serves it on 127.0.0.1 with the base
 * URL, watches the build root and rebuilds only what an edit touches (one connector page, a doc page,
 * the catalog-wide pages when their inputs changed), re-runs the checks, and tells open pages to
 * reload over server-sent events. Uses the pipeline's stages as {@code build} does; never publishes
 * into the user's output folder and never adds anything to the built files on disk. Answers only
 * requests addressed to 127.0.0.1 or localhost at its port, with bounded threads and connections.
 */
package dev.sitegen.serve;
