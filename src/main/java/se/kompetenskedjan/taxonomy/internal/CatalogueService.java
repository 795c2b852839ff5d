package se.kompetenskedjan.taxonomy.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.taxonomy.ConceptType;
import se.kompetenskedjan.taxonomy.ConceptView;
import se.kompetenskedjan.taxonomy.ImportResult;
import se.kompetenskedjan.taxonomy.TaxonomyCatalogue;
import se.kompetenskedjan.taxonomy.TaxonomyFiles;

/** Reading is open to every signed-in user (the catalogue is public reference data); importing to the platform admin. */
@Service
@Transactional(readOnly = true)
class CatalogueService implements TaxonomyCatalogue {

    private static final Logger log = LoggerFactory.getLogger(CatalogueService.class);

    private final ConceptQueries queries;
    private final TaxonomyImporter importer;
    private final CurrentUsers currentUsers;

    CatalogueService(ConceptQueries queries, TaxonomyImporter importer, CurrentUsers currentUsers) {
        this.queries = queries;
        this.importer = importer;
        this.currentUsers = currentUsers;
    }

    @Override
    public PageResult<ConceptView> search(ConceptType type, String query, boolean includeInactive, Integer page,
            Integer size) {
        currentUsers.current();
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidFieldException("query", "field.tooLong");
        }
        return queries.search(type, query, includeInactive, Paging.of(page, size, Sort.unsorted()));
    }

    @Override
    public Optional<ConceptView> find(UUID id) {
        currentUsers.current();
        return queries.find(id);
    }

    @Override
    public Optional<ConceptView> findByConceptId(String conceptId) {
        return findByConceptId(null, conceptId);
    }

    @Override
    public Optional<ConceptView> findByConceptId(ConceptType type, String conceptId) {
        currentUsers.current();
        return conceptId == null ? Optional.empty() : queries.findByConceptId(type, conceptId);
    }

    @Override
    public List<ConceptView> children(UUID parentId) {
        currentUsers.current();
        if (queries.find(parentId).isEmpty()) {
            throw new NotFoundException("taxonomy.concept.notFound");
        }
        return queries.children(parentId, MAX_CHILDREN);
    }

    @Override
    public List<ConceptView> ancestry(UUID id) {
        currentUsers.current();
        List<ConceptView> chain = queries.ancestry(id);
        if (chain.isEmpty()) {
            throw new NotFoundException("taxonomy.concept.notFound");
        }
        return chain;
    }

    @Override
    @Transactional
    public ImportResult importExport(TaxonomyFiles files) {
        CurrentUser user = requirePlatformAdmin();
        ImportResult result = importer.importFiles(files, user.id().value(), user.displayName());
        log.info("Taxonomy import: {} added, {} updated, {} deactivated, {} unchanged, {} skipped in {} ms",
                result.added(), result.updated(), result.deactivated(), result.unchanged(), result.skipped(),
                result.durationMillis());
        return result;
    }

    @Override
    public PageResult<ImportResult> imports(Integer page, Integer size) {
        requirePlatformAdmin();
        return queries.imports(Paging.of(page, size, Sort.unsorted()));
    }

    private CurrentUser requirePlatformAdmin() {
        CurrentUser user = currentUsers.current();
        if (!(user.is(Role.ADMIN) && user.platformHost())) {
            throw new AccessDeniedException("platform admin only");
        }
        return user;
    }
}
