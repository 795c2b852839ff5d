package se.kompetenskedjan.taxonomy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * The taxonomy module's public face: the occupation catalogue and the other JobTech concepts. Every signed-in user
 * may read it; only the platform admin (an admin of the platform-host organisation) imports newer exports.
 */
public interface TaxonomyCatalogue {

    /** Longest search text accepted. */
    int MAX_QUERY_LENGTH = 100;

    /** Most children returned for one concept (an SSYK level-4 group has at most about 50 occupation names). */
    int MAX_CHILDREN = 500;

    /**
     * Concepts of a type (all types if null) whose label contains every word of the query (case-insensitive,
     * anywhere in the label; also Swedish word forms), or whose SSYK code or JobTech concept id is the query.
     * Exact matches first, then labels starting with the query, then words starting with it, then the rest; within
     * each, SSYK-placed concepts before others, then by label. Without a query, all concepts of the type by label.
     */
    PageResult<ConceptView> search(ConceptType type, String query, boolean includeInactive, Integer page, Integer size);

    /** Active concepts only. */
    default PageResult<ConceptView> search(ConceptType type, String query, Integer page, Integer size) {
        return search(type, query, false, page, size);
    }

    Optional<ConceptView> find(UUID id);

    /** By JobTech's concept id; an active concept is preferred if (unusually) two types share the id. */
    Optional<ConceptView> findByConceptId(String conceptId);

    Optional<ConceptView> findByConceptId(ConceptType type, String conceptId);

    /** The active narrower concepts in the SSYK tree (groups, or occupation names of a level-4 group), at most {@link #MAX_CHILDREN}. */
    List<ConceptView> children(UUID parentId);

    /** The concept and its broader groups up to SSYK level 1, the concept first. */
    List<ConceptView> ancestry(UUID id);

    /**
     * Loads a newer export in one transaction: adds new concepts, updates changed ones (keeping our ids), marks
     * concepts of the delivered parts that the export no longer lists inactive, and records the import. Platform
     * admin only. Files that are not JSON, of the wrong structure or empty are refused (InvalidFieldException on
     * the part) and nothing changes.
     */
    ImportResult importExport(TaxonomyFiles files);

    /** The import log, newest first. Platform admin only. */
    PageResult<ImportResult> imports(Integer page, Integer size);
}
