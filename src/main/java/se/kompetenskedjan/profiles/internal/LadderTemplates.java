package se.kompetenskedjan.profiles.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the ladder templates ({@link TemplateCatalogue}) as the platform's reference data, at every start in every
 * profile (production too): each template and each of its platform profiles is created, with its fixed id, when it is
 * missing, and is never overwritten (the platform host's admins may have adapted it since). Templates belong to no
 * organisation. An advisory lock keeps two nodes starting at once from loading twice.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class LadderTemplates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LadderTemplates.class);
    private static final long ADVISORY_LOCK_KEY = 0x4B4B_4D41_4C4CL; // "KKMALL"

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ProfileEditor profiles;
    private final LadderEditor ladders;
    private final RequirementProfileRepository profileRepository;
    private final LadderRepository ladderRepository;

    LadderTemplates(JdbcClient jdbc, PlatformTransactionManager transactionManager, ProfileEditor profiles,
            LadderEditor ladders, RequirementProfileRepository profileRepository, LadderRepository ladderRepository) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.profiles = profiles;
        this.ladders = ladders;
        this.profileRepository = profileRepository;
        this.ladderRepository = ladderRepository;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer created = transactions.execute(status -> loadMissing());
        if (created != null && created > 0) {
            log.info("Ladder templates loaded: {} new templates and platform profiles", created);
        }
    }

    /** Creates what is missing; returns how many templates and profiles were created. */
    int loadMissing() {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) l").param("key", ADVISORY_LOCK_KEY)
                .query(Integer.class).single();
        int created = 0;
        for (TemplateCatalogue.ProfileSpec spec : TemplateCatalogue.profiles()) {
            if (!profileRepository.existsById(spec.profileId())) {
                ProfileVersion draft = profiles.create(null, spec.command(), spec.ids());
                profiles.publish(draft);
                created++;
            }
        }
        for (TemplateCatalogue.LadderSpec spec : TemplateCatalogue.ladders()) {
            if (!ladderRepository.existsById(spec.id())) {
                ladders.create(null, true, spec.command(), spec.ids());
                created++;
            }
        }
        return created;
    }
}
