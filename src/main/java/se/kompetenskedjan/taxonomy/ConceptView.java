package se.kompetenskedjan.taxonomy;

import java.util.UUID;

/**
 * One concept of the catalogue. id is ours and stays the same across imports; conceptId is JobTech's. ssykCode is
 * set on SSYK groups, definition on level-4 groups; parentId is the broader group in the SSYK tree (level 1 has
 * none, occupation names point at their level-4 group). Inactive concepts are no longer in the current export.
 */
public record ConceptView(UUID id, String conceptId, ConceptType type, String label, String ssykCode,
        String definition, UUID parentId, boolean active) {
}
