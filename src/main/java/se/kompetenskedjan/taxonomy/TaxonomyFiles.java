package se.kompetenskedjan.taxonomy;

import org.springframework.core.io.InputStreamSource;

/**
 * An export to import: the SSYK hierarchy and/or the concept lists by type, in the formats of the bundled files
 * (see {@code src/main/resources/taxonomy/README.md}). Either part may be null, not both. source names the export
 * in the import log.
 */
public record TaxonomyFiles(InputStreamSource hierarchy, InputStreamSource concepts, String source) {
}
