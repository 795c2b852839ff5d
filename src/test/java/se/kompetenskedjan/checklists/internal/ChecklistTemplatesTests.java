package se.kompetenskedjan.checklists.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ready checklist templates are reference data of every installation, not demo data: without the demo profile
 * the seven exist with their fixed ids, every item is a requirement item of the template's platform profile version,
 * yes/no items have only the two yes/no descriptors, and loading again adds nothing.
 */
@Tag("db")
@SpringBootTest
class ChecklistTemplatesTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChecklistTemplates templates;

    @Test
    void theSevenReadyTemplatesExistWithoutTheDemoAndPointAtRealRequirementItems() {
        List<UUID> ids = ChecklistCatalogue.ALL.stream().map(ChecklistCatalogue.Template::id).toList();
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT industry) FROM checklist_template
                WHERE id IN (:ids) AND organisation_id IS NULL""").param("ids", ids).query(Long.class).single())
                .isEqualTo(7);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM checklist_template_item ti JOIN checklist_template t ON t.id = ti.template_id
                WHERE t.id IN (:ids) AND NOT EXISTS (SELECT 1 FROM requirement_item ri
                    WHERE ri.version_id = t.profile_version_id AND ri.item_key = ti.item_key)""")
                .param("ids", ids).query(Long.class).single()).as("items without a requirement item").isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM checklist_template_item ti JOIN checklist_template t ON t.id = ti.template_id
                JOIN requirement_item ri ON ri.version_id = t.profile_version_id AND ri.item_key = ti.item_key
                WHERE t.id IN (:ids) AND ri.type IN ('CERTIFICATE','PRACTICAL')
                  AND (ti.descriptor_1 IS NOT NULL OR ti.descriptor_2 IS NOT NULL)""")
                .param("ids", ids).query(Long.class).single()).as("yes/no items with in-between levels").isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM checklist_template_item ti JOIN checklist_template t ON t.id = ti.template_id
                WHERE t.id = :id""").param("id", ChecklistCatalogue.WAREHOUSE.id()).query(Long.class).single())
                .as("the warehouse template on its standalone platform profile").isEqualTo(9);
        assertThat(templates.loaded()).hasSize(7).containsEntry("lager-truck", ChecklistCatalogue.WAREHOUSE.id());
    }

    @Test
    void loadingAgainAddsNothing() {
        assertThat(templates.loadMissing()).isZero();
    }
}
