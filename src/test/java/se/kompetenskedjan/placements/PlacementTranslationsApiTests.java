package se.kompetenskedjan.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.ok;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Translations of a place (kind placement) and of a placement agreement (kind proposal) through the translations
 * module's API: saved by those who may change the place or write the agreement, counted per language, refused (403)
 * for readers who may not, and bad input answered with a Swedish message.
 */
@ApiTest
class PlacementTranslationsApiTests {

    static final String UNKNOWN_SOURCE = "En av texterna finns inte (längre) i dokumentet. Ladda om sidan och försök igen.";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    IdentityTestData identity;
    PlacementTestData placements;
    TestOrganisation labourMarket;
    TestOrganisation care;
    TestUser coordinator;
    TestUser manager;

    @BeforeEach
    void aLabourMarketAdministrationAndAnEmployer() {
        identity = new IdentityTestData(context);
        placements = new PlacementTestData(context);
        labourMarket = identity.organisation().name("Arbetsmarknadsförvaltningen").create();
        care = identity.organisation().name("Omsorgsförvaltningen").unit("Hemtjänst Norr", "Hemtjänst").create();
        coordinator = identity.user(labourMarket, Role.COORDINATOR).create();
        manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
    }

    static Map<String, Object> texts(String source, String translation) {
        return Map.of("texts", List.of(Map.of("source", source, "translation", translation)));
    }

    static JsonNode language(JsonNode coverage, String language) {
        return coverage.path("languages").valueStream().filter(l -> l.path("language").asString().equals(language))
                .findFirst().orElseThrow();
    }

    @Test
    void aPlaceIsTranslatedByWhoMayChangeIt() {
        PlacementView place = placements.place().at(manager).create();
        String path = "/api/v1/translations/placement/" + place.id();
        ApiClient employer = manager.api(port);
        ApiClient reader = coordinator.api(port);

        JsonNode sheet = ok(employer.put(path + "/ar", texts(place.title(), "تدريب في الرعاية المنزلية")));
        assertThat(sheet.path("mayTranslate").asBoolean()).isTrue();
        assertThat(sheet.path("sections").get(0).path("entries").get(0).path("translation").asString())
                .isEqualTo("تدريب في الرعاية المنزلية");

        JsonNode coverage = ok(reader.get(path));
        assertThat(coverage.path("texts").asInt()).as("title and easy description").isEqualTo(2);
        assertThat(coverage.path("mayTranslate").asBoolean()).isFalse();
        JsonNode arabic = language(coverage, "ar");
        assertThat(arabic.path("translated").asInt()).isEqualTo(1);
        assertThat(arabic.path("missing").valueStream().map(JsonNode::asString).toList())
                .containsExactly(place.easyDescription());
        assertThat(language(coverage, "uk").path("translated").asInt()).isZero();

        // A coordinator of another organisation sees the place but may not change it.
        ApiClient.Response refused = reader.put(path + "/ar", texts(place.title(), "عنوان آخر"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(language(ok(reader.get(path)), "ar").path("translated").asInt()).isEqualTo(1);

        ApiClient.Response notInThePlace = employer.put(path + "/ar", texts("Inte platsens text", "نص"));
        assertThat(notInThePlace.status()).isEqualTo(400);
        assertThat(notInThePlace.fieldError("texts[0].source")).isEqualTo(UNKNOWN_SOURCE);

        ApiClient.Response unknownField = employer.put(path + "/ar",
                Map.of("texts", List.of(Map.of("source", place.title(), "translation", "نص")), "colour", "röd"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.fieldError("colour")).isEqualTo("Okänt fält");
    }

    @Test
    void anAgreementIsTranslatedByItsPartiesAndTheParticipantOnlyReadsIt() {
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.id()).create();
        ProposalView agreement = placements.proposal(participant).by(coordinator).at(manager).agreed().create();
        String path = "/api/v1/translations/proposal/" + agreement.id();
        ApiClient proposing = coordinator.api(port);
        ApiClient host = manager.api(port);
        TestUser login = identity.participantLogin(labourMarket.id(), participant);

        ok(proposing.put(path + "/ar", texts(agreement.goals(), "إتقان الروتين الصباحي")));
        ok(host.put(path + "/ar", texts(agreement.tasks(), "ترتيب الأسرة والتنظيف والتسوق")));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE participant_id = :p AND action = 'UPDATE'
                   AND detail = 'placement agreement translated'""").param("p", participant).query(Long.class)
                .single()).as("each translation recorded as a change of the participant's data").isEqualTo(2);

        JsonNode coverage = ok(login.api(port).get(path));
        assertThat(coverage.path("texts").asInt()).as("place title, goals, tasks, hours, follow-up").isEqualTo(5);
        assertThat(coverage.path("mayTranslate").asBoolean()).isFalse();
        JsonNode arabic = language(coverage, "ar");
        assertThat(arabic.path("translated").asInt()).isEqualTo(2);
        assertThat(arabic.path("missing").valueStream().map(JsonNode::asString).toList())
                .containsExactly(agreement.placementTitle(), agreement.hours(), agreement.followUp());

        // The participant approves the agreement but does not write it; others do not even read it.
        assertThat(login.api(port).put(path + "/ar", texts(agreement.hours(), "الاثنين والأربعاء")).status())
                .isEqualTo(403);
        TestUser stranger = identity.user(identity.organisation().create(), Role.EMPLOYER_MANAGER).create();
        assertThat(stranger.api(port).get(path).status()).isEqualTo(403);
        assertThat(stranger.api(port).put(path + "/ar", texts(agreement.hours(), "الاثنين والأربعاء")).status())
                .isEqualTo(403);

        ApiClient.Response stale = proposing.put(path + "/ar", texts("Mån–fre 8–17", "من الاثنين إلى الجمعة"));
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.fieldError("texts[0].source")).isEqualTo(UNKNOWN_SOURCE);
        ApiClient.Response unknownField = proposing.put(path + "/ar",
                Map.of("texts", List.of(Map.of("source", agreement.hours(), "translation", "نص", "note", "x"))));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.fieldError("texts[0].note")).isEqualTo("Okänt fält");
    }
}
