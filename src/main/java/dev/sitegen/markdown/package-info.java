/**
 * The markdown pipeline: flexmark set up with the extensions the docs use, and the Docusaurus/MDX
 * constructs of the ecosystem's docs. Turns markdown into HTML fragments; never touches templates.
 */
package dev.sitegen.markdown;
