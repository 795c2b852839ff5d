package se.kompetenskedjan.checklists;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.placements.PlacementTestData;
import se.kompetenskedjan.placements.PlacementView;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Translations of a tailored checklist (kind checklist: its name and the statements the participant rates themself
 * on) through the translations module's API: saved by those who may tailor it, counted per language, refused (403)
 * for staff who only read it, and bad input answered with a Swedish message.
 */
@ApiTest
class ChecklistTranslationsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    /** A checklist for a place of a new employer, copied from the ready home-care template by the employer's manager. */
    static JsonNode checklist(ApiClient manager, PlacementView place) {
        JsonNode templates = ok(manager.get("/api/v1/checklist-templates?industry=HOME_CARE"));
        String template = templates.path("items").valueStream().filter(t -> t.path("organisationId").isNull())
                .findFirst().orElseThrow().path("id").asString();
        return created(manager.post("/api/v1/placements/" + place.id() + "/checklists", Map.of("templateId", template,
                "title", "Hemtjänst " + System.nanoTime(), "easyTitle", "Det här gör jag i hemtjänsten")));
    }

    static Map<String, Object> texts(String source, String translation) {
        return Map.of("texts", List.of(Map.of("source", source, "translation", translation)));
    }

    @Test
    void aChecklistIsTranslatedByWhoMayTailorIt() {
        IdentityTestData identity = new IdentityTestData(context);
        TestOrganisation care = identity.organisation().name("Omsorgsförvaltningen").create();
        TestUser manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        TestUser otherCoordinator = identity.user(identity.organisation().create(), Role.COORDINATOR).create();
        PlacementView place = new PlacementTestData(context).place().at(manager).create();
        ApiClient employer = manager.api(port);
        JsonNode list = checklist(employer, place);
        List<String> statements = list.path("items").valueStream().map(i -> i.path("easyText").asString()).distinct()
                .toList();
        String path = "/api/v1/translations/checklist/" + list.path("id").asString();

        JsonNode sheet = ok(employer.put(path + "/ar", Map.of("texts", List.of(
                Map.of("source", "Det här gör jag i hemtjänsten", "translation", "هذا ما أفعله في الرعاية المنزلية"),
                Map.of("source", statements.get(0), "translation", "أنا أفعل ذلك")))));
        assertThat(sheet.path("mayTranslate").asBoolean()).isTrue();

        JsonNode coverage = ok(otherCoordinator.api(port).get(path));
        assertThat(coverage.path("texts").asInt()).as("the easy title and each statement")
                .isEqualTo(1 + statements.size());
        assertThat(coverage.path("mayTranslate").asBoolean()).isFalse();
        JsonNode arabic = coverage.path("languages").valueStream()
                .filter(l -> l.path("language").asString().equals("ar")).findFirst().orElseThrow();
        assertThat(arabic.path("translated").asInt()).isEqualTo(2);
        assertThat(arabic.path("missing").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(statements.subList(1, statements.size()));

        assertThat(otherCoordinator.api(port).put(path + "/ar", texts(statements.get(1), "نص")).status())
                .as("reads the checklist, may not tailor it").isEqualTo(403);
        ApiClient.Response staffText = employer.put(path + "/ar", texts(list.path("items").get(0).path("text")
                .asString(), "نص"));
        assertThat(staffText.status()).as("the staff's wording is not shown to the participant").isEqualTo(400);
        assertThat(staffText.fieldError("texts[0].source"))
                .isEqualTo("En av texterna finns inte (längre) i dokumentet. Ladda om sidan och försök igen.");
        ApiClient.Response unknownField = employer.put(path + "/ar", Map.of("texts", List.of(), "language", "ar"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.fieldError("language")).isEqualTo("Okänt fält");
    }
}
