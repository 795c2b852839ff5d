package se.kompetenskedjan.taxonomy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.taxonomy.ConceptType;
import se.kompetenskedjan.taxonomy.ConceptView;
import se.kompetenskedjan.taxonomy.ImportResult;
import se.kompetenskedjan.taxonomy.TaxonomyFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The importer on the bundled snapshot (loaded when the application started) and on small newer exports written
 * here. Tests that import run in a transaction that is rolled back, so the shared test database keeps the snapshot.
 */
@ApiTest
class TaxonomyImporterTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TaxonomyImporter importer;

    @Autowired
    ConceptQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBundledSnapshotIsLoadedOnStart() {
        Map<String, Long> active = jdbc.sql("select type, count(*) as n from taxonomy_concept where active group by type")
                .query((rs, n) -> Map.entry(rs.getString("type"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(active).containsEntry("ssyk-level-1", 10L).containsEntry("ssyk-level-2", 46L)
                .containsEntry("ssyk-level-3", 147L).containsEntry("ssyk-level-4", 400L)
                .containsEntry("skill", 5813L).containsEntry("language", 435L).containsEntry("driving-licence", 15L)
                .containsEntry("municipality", 290L).containsEntry("region", 1362L)
                // 2,365 occupation names in the SSYK tree, plus 1,658 that only the concept list names
                .containsEntry("occupation-name", 2365L + 1658L);
        assertThat(jdbc.sql("select count(*) from taxonomy_concept where type = 'occupation-name' and parent_id is not null")
                .query(Long.class).single()).isEqualTo(2365L);
        assertThat(jdbc.sql("select count(*) from taxonomy_concept").query(Long.class).single()).isEqualTo(14_921L);
        assertThat(jdbc.sql("select count(*) from taxonomy_concept where not active").query(Long.class).single()).isZero();
        // every SSYK group has its code, every level-4 group its definition
        assertThat(jdbc.sql("select count(*) from taxonomy_concept where type like 'ssyk-level-%' and ssyk_code is null")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from taxonomy_concept where type = 'ssyk-level-4' and definition is null")
                .query(Long.class).single()).isZero();

        ImportResult first = jdbc.sql("select id from taxonomy_import where imported_by is null order by imported_at limit 1")
                .query(UUID.class).optional().map(id -> queries.imports(PageRequest.of(0, 100)).items().stream()
                        .filter(i -> i.id().equals(id)).findFirst().orElseThrow()).orElseThrow();
        assertThat(first.added()).isEqualTo(14_921);
        assertThat(first.skipped()).isZero();
        assertThat(first.source()).contains("bundled");
    }

    @Test
    void anOccupationSitsInTheSsykTreeUpToLevelOne() {
        ConceptView occupation = concept(ConceptType.OCCUPATION_NAME, "bSEB_VKd_Ub3");
        assertThat(occupation.label()).isEqualTo("Undersköterska, hemtjänst, äldreboende och habilitering");
        assertThat(occupation.id()).isEqualTo(TaxonomyImporter.idFor(ConceptType.OCCUPATION_NAME, "bSEB_VKd_Ub3"));

        List<ConceptView> chain = queries.ancestry(occupation.id());
        assertThat(chain).extracting(ConceptView::type).containsExactly(ConceptType.OCCUPATION_NAME,
                ConceptType.SSYK_LEVEL_4, ConceptType.SSYK_LEVEL_3, ConceptType.SSYK_LEVEL_2, ConceptType.SSYK_LEVEL_1);
        assertThat(chain).extracting(ConceptView::ssykCode).containsExactly(null, "5321", "532", "53", "5");
        assertThat(chain.get(2).label()).isEqualTo("Undersköterskor");
        assertThat(chain.get(4).parentId()).isNull();
        assertThat(chain.get(1).definition()).isNotBlank();

        ConceptView careAssistant = concept(ConceptType.OCCUPATION_NAME, "4zLr_jP5_peZ");
        assertThat(careAssistant.label()).isEqualTo("Vårdbiträde");
        assertThat(queries.ancestry(careAssistant.id())).extracting(ConceptView::ssykCode)
                .containsExactly(null, "5330", "533", "53", "5");
        assertThat(queries.children(careAssistant.parentId(), 500)).extracting(ConceptView::label).contains("Vårdbiträde");
        // the legacy id of the concept list is kept beside JobTech's id
        assertThat(jdbc.sql("select legacy_id from taxonomy_concept where concept_id = '4zLr_jP5_peZ'")
                .query(String.class).single()).isEqualTo("5797");
    }

    @Test
    @Transactional
    void reimportingTheSnapshotChangesNothing() {
        Map<String, UUID> before = ids();

        ImportResult result = importer.importFiles(TaxonomyBootstrap.bundledSnapshot(), null, "test");

        assertThat(result.added()).isZero();
        assertThat(result.updated()).isZero();
        assertThat(result.deactivated()).isZero();
        assertThat(result.unchanged()).isEqualTo(14_921);
        assertThat(result.durationMillis()).as("a full import of the snapshot").isLessThan(15_000);
        assertThat(ids()).isEqualTo(before);
    }

    @Test
    @Transactional
    void aNewerConceptListUpdatesAddsAndDeactivatesKeepingOurIds() throws IOException {
        Map<String, UUID> before = ids();
        ObjectNode licences = (ObjectNode) bundledConcepts().path("driving-licence");
        String ceKey = legacyKeyOf(licences, "CE");
        String beKey = legacyKeyOf(licences, "BE");
        String ceId = licences.path(ceKey).path("conceptId").asString();
        String beId = licences.path(beKey).path("conceptId").asString();
        licences.remove(ceKey);
        ((ObjectNode) licences.path(beKey)).put("preferredLabel", "BE (personbil med tungt släp)");
        licences.set("9999", JSON.createObjectNode().put("conceptId", "TEST_kk_0001").put("legacyAmsTaxonomyId", "9999")
                .put("preferredLabel", "Testkörkort").put("type", "driving-licence"));
        ObjectNode export = JSON.createObjectNode();
        export.set("driving-licence", licences);
        export.set("future-type", JSON.createObjectNode().set("1", JSON.createObjectNode()
                .put("conceptId", "TEST_kk_0002").put("preferredLabel", "Okänd typ").put("type", "future-type")));

        ImportResult result = importer.importFiles(new TaxonomyFiles(null, json(export), "test"), null, "test");

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.deactivated()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(13);
        assertThat(result.skipped()).isEqualTo(1);

        ConceptView be = concept(ConceptType.DRIVING_LICENCE, beId);
        assertThat(be.label()).isEqualTo("BE (personbil med tungt släp)");
        assertThat(be.id()).isEqualTo(before.get("driving-licence " + beId));
        ConceptView ce = concept(ConceptType.DRIVING_LICENCE, ceId);
        assertThat(ce.active()).isFalse();
        assertThat(ce.id()).isEqualTo(before.get("driving-licence " + ceId));
        assertThat(concept(ConceptType.DRIVING_LICENCE, "TEST_kk_0001").active()).isTrue();
        assertThat(queries.findByConceptId(null, "TEST_kk_0002")).isEmpty();

        assertThat(queries.search(ConceptType.DRIVING_LICENCE, null, false, PageRequest.of(0, 100)).items())
                .extracting(ConceptView::conceptId).doesNotContain(ceId).contains("TEST_kk_0001").hasSize(15);
        assertThat(queries.search(ConceptType.DRIVING_LICENCE, "CE", true, PageRequest.of(0, 100)).items())
                .extracting(ConceptView::conceptId).contains(ceId);
        // other types are untouched
        Map<String, UUID> after = ids();
        after.keySet().removeIf(key -> key.startsWith("driving-licence "));
        Map<String, UUID> others = new java.util.HashMap<>(before);
        others.keySet().removeIf(key -> key.startsWith("driving-licence "));
        assertThat(after).isEqualTo(others);
        assertThat(jdbc.sql("select count(*) from taxonomy_concept where not active").query(Long.class).single()).isEqualTo(1L);

        // The next full list brings the licence back under the same id and retires the test licence.
        ImportResult again = importer.importFiles(new TaxonomyFiles(null,
                new ClassPathResource(TaxonomyBootstrap.CONCEPTS), "test"), null, "test");
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isEqualTo(2);
        assertThat(again.deactivated()).isEqualTo(1);
        assertThat(concept(ConceptType.DRIVING_LICENCE, ceId).active()).isTrue();
        assertThat(concept(ConceptType.DRIVING_LICENCE, ceId).id()).isEqualTo(before.get("driving-licence " + ceId));
        assertThat(concept(ConceptType.DRIVING_LICENCE, beId).label()).isEqualTo("BE");
    }

    @Test
    @Transactional
    void aNewerHierarchyRenamesAddsAndRetiresOccupationNames() {
        ConceptView level4 = concept(ConceptType.SSYK_LEVEL_4, "jY19_knH_MJp");
        List<ConceptView> chain = queries.ancestry(level4.id());
        long onlyInHierarchy = jdbc.sql("select count(*) from taxonomy_concept where in_hierarchy and not in_concept_list")
                .query(Long.class).single();
        String hierarchy = """
                {"data": {"concepts": [{"id": "%s", "preferred_label": "%s", "ssyk_code_2012": "5", "type": "ssyk-level-1",
                  "narrower": [{"id": "%s", "preferred_label": "%s", "ssyk_code_2012": "53", "type": "ssyk-level-2",
                    "narrower": [{"id": "%s", "preferred_label": "%s", "ssyk_code_2012": "532", "type": "ssyk-level-3",
                      "narrower": [{"id": "%s", "preferred_label": "%s", "ssyk_code_2012": "5321", "type": "ssyk-level-4",
                        "definition": %s,
                        "narrower": [
                          {"id": "bSEB_VKd_Ub3", "preferred_label": "Undersköterska, hemtjänst och äldreboende", "type": "occupation-name"},
                          {"id": "TEST_kk_0003", "preferred_label": "Testundersköterska", "type": "occupation-name"}]}]}]}]}]}}
                """.formatted(chain.get(3).conceptId(), chain.get(3).label(), chain.get(2).conceptId(), chain.get(2).label(),
                chain.get(1).conceptId(), chain.get(1).label(), level4.conceptId(), level4.label(),
                JSON.writeValueAsString(level4.definition()));
        UUID careAssistant = concept(ConceptType.OCCUPATION_NAME, "4zLr_jP5_peZ").id();
        ConceptView specialist = concept(ConceptType.OCCUPATION_NAME, "jgqS_XiJ_enV"); // only in the hierarchy

        ImportResult result = importer.importFiles(new TaxonomyFiles(bytes(hierarchy), null, "test"), null, "test");

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(4); // the four groups
        assertThat(result.deactivated()).isEqualTo((int) onlyInHierarchy - 1);
        ConceptView renamed = concept(ConceptType.OCCUPATION_NAME, "bSEB_VKd_Ub3");
        assertThat(renamed.label()).isEqualTo("Undersköterska, hemtjänst och äldreboende");
        assertThat(renamed.parentId()).isEqualTo(level4.id());
        assertThat(renamed.id()).isEqualTo(TaxonomyImporter.idFor(ConceptType.OCCUPATION_NAME, "bSEB_VKd_Ub3"));
        ConceptView added = concept(ConceptType.OCCUPATION_NAME, "TEST_kk_0003");
        assertThat(added.parentId()).isEqualTo(level4.id());
        assertThat(queries.children(level4.id(), 500)).extracting(ConceptView::conceptId)
                .containsExactlyInAnyOrder("bSEB_VKd_Ub3", "TEST_kk_0003");

        // No longer in the tree but still in the concept list: active, without a place in the tree.
        ConceptView stillListed = queries.find(careAssistant).orElseThrow();
        assertThat(stillListed.active()).isTrue();
        assertThat(stillListed.parentId()).isNull();
        // Gone from both: inactive, same id, keeps its last place for reading old references.
        ConceptView retired = queries.find(specialist.id()).orElseThrow();
        assertThat(retired.active()).isFalse();
        assertThat(retired.parentId()).isEqualTo(specialist.parentId());
        assertThat(queries.search(null, "Specialistundersköterska", false, PageRequest.of(0, 20)).items()).isEmpty();
        assertThat(queries.search(null, "Specialistundersköterska", true, PageRequest.of(0, 20)).items())
                .extracting(ConceptView::id).containsExactly(specialist.id());
        assertThat(queries.find(level4.id()).orElseThrow().ssykCode()).isEqualTo("5321");
    }

    @Test
    @Transactional
    void badFilesAreRefusedBeforeAnythingIsWritten() {
        long concepts = jdbc.sql("select count(*) from taxonomy_concept").query(Long.class).single();
        long imports = jdbc.sql("select count(*) from taxonomy_import").query(Long.class).single();

        assertRefused(new TaxonomyFiles(null, null, "t"), "taxonomy.import.noFile");
        assertRefused(new TaxonomyFiles(bytes("{\"data\": "), null, "t"), "taxonomy.import.notJson");
        assertRefused(new TaxonomyFiles(null, bytes("  \n"), "t"), "taxonomy.import.empty");
        assertRefused(new TaxonomyFiles(null, bytes("{}"), "t"), "taxonomy.import.empty");
        assertRefused(new TaxonomyFiles(bytes("{\"data\": {\"concepts\": []}}"), null, "t"), "taxonomy.import.empty");
        assertRefused(new TaxonomyFiles(bytes("[1, 2]"), null, "t"), "taxonomy.import.hierarchy.wrongStructure");
        assertRefused(new TaxonomyFiles(bytes("{\"data\": {\"concepts\": [{\"id\": \"x\", \"preferred_label\": \"X\","
                + " \"type\": \"occupation-name\"}]}}"), null, "t"), "taxonomy.import.hierarchy.wrongStructure");
        assertRefused(new TaxonomyFiles(null, bytes("{\"skill\": [1]}"), "t"), "taxonomy.import.concepts.wrongStructure");
        assertRefused(new TaxonomyFiles(null, bytes("{\"skill\": {\"1\": {\"conceptId\": \"x\", \"type\": \"skill\"}}}"), "t"),
                "taxonomy.import.concepts.wrongStructure");
        assertRefused(new TaxonomyFiles(null, bytes("{\"skill\": {\"1\": {\"conceptId\": \"x\", \"preferredLabel\": \"X\","
                + " \"type\": \"language\"}}}"), "t"), "taxonomy.import.concepts.wrongStructure");
        assertRefused(new TaxonomyFiles(null, bytes("{\"a\": 1} {\"b\": 2}"), "t"), "taxonomy.import.notJson");

        assertThat(jdbc.sql("select count(*) from taxonomy_concept").query(Long.class).single()).isEqualTo(concepts);
        assertThat(jdbc.sql("select count(*) from taxonomy_import").query(Long.class).single()).isEqualTo(imports);
    }

    // --- helpers ---

    private void assertRefused(TaxonomyFiles files, String key) {
        assertThatThrownBy(() -> importer.importFiles(files, null, "test"))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.problems()).extracting(InvalidFieldException.FieldProblem::messageKey).contains(key));
    }

    private ConceptView concept(ConceptType type, String conceptId) {
        return queries.findByConceptId(type, conceptId).orElseThrow(() -> new AssertionError(conceptId + " not found"));
    }

    private Map<String, UUID> ids() {
        return jdbc.sql("select type, concept_id, id from taxonomy_concept")
                .query((rs, n) -> Map.entry(rs.getString("type") + " " + rs.getString("concept_id"), rs.getObject("id", UUID.class)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static JsonNode bundledConcepts() throws IOException {
        try (InputStream in = new ClassPathResource(TaxonomyBootstrap.CONCEPTS).getInputStream()) {
            return JSON.readTree(in);
        }
    }

    private static String legacyKeyOf(JsonNode group, String label) {
        List<String> keys = new ArrayList<>();
        group.properties().forEach(e -> {
            if (label.equals(e.getValue().path("preferredLabel").asString())) {
                keys.add(e.getKey());
            }
        });
        assertThat(keys).as("driving licence " + label).hasSize(1);
        return keys.get(0);
    }

    private static ByteArrayResource json(JsonNode node) {
        return bytes(JSON.writeValueAsString(node));
    }

    private static ByteArrayResource bytes(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
    }
}
