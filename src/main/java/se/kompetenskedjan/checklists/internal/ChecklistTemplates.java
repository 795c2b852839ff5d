package se.kompetenskedjan.checklists.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.profiles.RequirementType;

/**
 * Loads the ready checklist templates ({@link ChecklistCatalogue}) at every start, in every profile (production too),
 * after the ladder templates have created the platform requirement profiles they are built on: each template is
 * created, with its fixed id, when it is missing; a template an administrator has changed is left as it is.
 *
 * <p>The requirement items come from the profiles facade's {@code platformItemTypes}, which needs no signed-in user
 * (there is none at start): platform reference data, not personal data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
class ChecklistTemplates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ChecklistTemplates.class);
    private static final long ADVISORY_LOCK_KEY = 0x4B4B_4348_4543L; // "KKCHEC"

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RequirementProfiles profiles;

    ChecklistTemplates(JdbcClient jdbc, PlatformTransactionManager transactionManager, RequirementProfiles profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer created = transactions.execute(status -> loadMissing());
        if (created != null && created > 0) {
            log.info("Checklist templates loaded: {} new", created);
        }
    }

    int loadMissing() {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) l").param("key", ADVISORY_LOCK_KEY)
                .query(Integer.class).single();
        int created = 0;
        for (ChecklistCatalogue.Template spec : ChecklistCatalogue.ALL) {
            boolean exists = jdbc.sql("SELECT exists (SELECT 1 FROM checklist_template WHERE id = :id)")
                    .param("id", spec.id()).query(Boolean.class).single();
            if (!exists && create(spec)) {
                created++;
            }
        }
        return created;
    }

    private boolean create(ChecklistCatalogue.Template spec) {
        Map<UUID, RequirementType> types = profiles.platformItemTypes(spec.versionId());
        if (types.isEmpty()) {
            log.warn("Checklist template {} not loaded: its platform requirement profile is missing", spec.title());
            return false;
        }
        jdbc.sql("""
                INSERT INTO checklist_template (id, organisation_id, industry, title, easy_title, profile_version_id)
                VALUES (:id, NULL, :industry, :title, :easy, :version)""")
                .param("id", spec.id()).param("industry", spec.industry().name()).param("title", spec.title())
                .param("easy", spec.easyTitle()).param("version", spec.versionId()).update();
        int position = 0;
        for (ChecklistCatalogue.Item item : spec.items()) {
            UUID itemKey = spec.itemKey(item.code());
            RequirementType type = types.get(itemKey);
            if (type == null) {
                throw new IllegalStateException("checklist template " + spec.profileKey() + ": no requirement item "
                        + item.code());
            }
            String[] d = ChecklistCatalogue.descriptors(item.task() == null ? "göra det" : item.task(), type.yesNo());
            jdbc.sql("""
                    INSERT INTO checklist_template_item (id, template_id, position, item_key, text, easy_text,
                        descriptor_0, descriptor_1, descriptor_2, descriptor_3)
                    VALUES (:id, :template, :pos, :key, :text, :easy, :d0, :d1, :d2, :d3)""")
                    .param("id", ChecklistCatalogue.named(spec.id() + ":" + item.code()))
                    .param("template", spec.id()).param("pos", ++position).param("key", itemKey)
                    .param("text", item.text()).param("easy", item.easyText()).param("d0", d[0]).param("d1", d[1])
                    .param("d2", d[2]).param("d3", d[3]).update();
        }
        return true;
    }

    /** The ids of the ready templates that exist, by their profile key. */
    Map<String, UUID> loaded() {
        List<UUID> ids = ChecklistCatalogue.ALL.stream().map(ChecklistCatalogue.Template::id).toList();
        List<UUID> present = jdbc.sql("SELECT id FROM checklist_template WHERE id IN (:ids)").param("ids", ids)
                .query(UUID.class).list();
        return ChecklistCatalogue.ALL.stream().filter(t -> present.contains(t.id()))
                .collect(Collectors.toMap(ChecklistCatalogue.Template::profileKey, ChecklistCatalogue.Template::id));
    }
}
