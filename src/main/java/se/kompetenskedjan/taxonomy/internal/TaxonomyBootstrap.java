package se.kompetenskedjan.taxonomy.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.taxonomy.ImportResult;
import se.kompetenskedjan.taxonomy.TaxonomyFiles;

/**
 * In every profile: an empty catalogue is loaded from the snapshot bundled in src/main/resources/taxonomy/. Under
 * the import lock, so of two nodes starting at once one loads and the other then finds the catalogue full.
 */
@Component
class TaxonomyBootstrap implements ApplicationRunner {

    static final String HIERARCHY = "taxonomy/ssyk-2012-hierarchy-with-occupations.json";
    static final String CONCEPTS = "taxonomy/jobtech-concepts-by-type.json";
    static final String SOURCE = "classpath:taxonomy/ (bundled snapshot)";
    static final String ACTOR = "Kompetenskedjan (inbyggd ögonblicksbild)";

    private static final Logger log = LoggerFactory.getLogger(TaxonomyBootstrap.class);

    private final TaxonomyImporter importer;
    private final TransactionTemplate transactions;

    TaxonomyBootstrap(TaxonomyImporter importer, PlatformTransactionManager transactionManager) {
        this.importer = importer;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    static TaxonomyFiles bundledSnapshot() {
        return new TaxonomyFiles(new ClassPathResource(HIERARCHY), new ClassPathResource(CONCEPTS), SOURCE);
    }

    @Override
    public void run(ApplicationArguments args) {
        ImportResult result = transactions.execute(status -> importer.lockAndCheckLoaded() ? null
                : importer.importFiles(bundledSnapshot(), null, ACTOR));
        if (result != null) {
            log.info("Taxonomy catalogue loaded from the bundled snapshot: {} concepts ({} of unknown types skipped) in {} ms",
                    result.added(), result.skipped(), result.durationMillis());
        }
    }
}
