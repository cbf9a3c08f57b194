/**
 * Turns the checked catalog into site files: view objects for the templates, the Pebble engine,
 * the HTML sanitizer for doc content and the static assets. Hands every file to a {@link
 * dev.sitegen.render.SiteSink}; never writes to disk itself.
 */
package dev.sitegen.render;
