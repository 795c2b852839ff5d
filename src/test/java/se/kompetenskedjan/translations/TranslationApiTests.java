package se.kompetenskedjan.translations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.plans.IndividualPlans;
import se.kompetenskedjan.plans.PlanCommand;
import se.kompetenskedjan.plans.PlanView;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import tools.jackson.databind.JsonNode;

/** Translating a ladder and a plan through the API: coverage per language, who may translate, bad input. */
@ApiTest
class TranslationApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestStaff staff;
    TestUser coordinator;
    ApiClient api;
    LadderView ladder;

    @BeforeEach
    void aLadder() {
        staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        coordinator = staff.get(Role.COORDINATOR);
        api = coordinator.api(port);
        ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
    }

    @Test
    void aLadderIsTranslatedTextByTextAndCountedPerLanguage() {
        assertThat(api.get("/api/v1/translations/languages").json().valueStream().map(JsonNode::asString).toList())
                .containsExactly("en", "uk", "ar", "ti", "so", "fa");
        String path = "/api/v1/translations/ladder/" + ladder.id();
        JsonNode before = api.get(path).json();
        int texts = before.path("texts").asInt();
        assertThat(texts).as("the name, the steps and their requirements").isGreaterThan(ladder.steps().size());
        assertThat(language(before, "ar").path("translated").asInt()).isZero();
        assertThat(language(before, "ar").path("missing")).hasSize(texts);
        assertThat(before.path("mayTranslate").asBoolean()).isTrue();

        StepView first = LadderTestData.firstStep(ladder);
        String stepName = first.easyName() != null ? first.easyName() : first.name();
        ApiClient.Response saved = api.put(path + "/ar", Map.of("texts", List.of(
                Map.of("source", stepName, "translation", "  الخطوة الأولى "))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("sections").findValues("entries").stream().flatMap(JsonNode::valueStream)
                .filter(e -> e.path("source").asString().equals(stepName)).findFirst().orElseThrow()
                .path("translation").asString()).as("stripped").isEqualTo("الخطوة الأولى");
        JsonNode after = api.get(path).json();
        assertThat(language(after, "ar").path("translated").asInt()).isEqualTo(1);
        assertThat(language(after, "ar").path("missing").valueStream().map(JsonNode::asString)).doesNotContain(stepName);
        assertThat(language(after, "uk").path("translated").asInt()).as("per language").isZero();

        // A blank translation takes it away again.
        assertThat(api.put(path + "/ar", Map.of("texts", List.of(Map.of("source", stepName, "translation", ""))))
                .status()).isEqualTo(200);
        assertThat(language(api.get(path).json(), "ar").path("translated").asInt()).isZero();
    }

    @Test
    void othersReadButOnlyTheLaddersEditorsTranslateAndBadInputIsRefusedInSwedish() {
        String path = "/api/v1/translations/ladder/" + ladder.id();
        StepView first = LadderTestData.firstStep(ladder);
        String stepName = first.easyName() != null ? first.easyName() : first.name();
        ApiClient other = new IdentityTestData(context).user(new IdentityTestData(context).organisation().create(),
                Role.COORDINATOR).create().api(port);
        assertThat(other.get(path).json().path("mayTranslate").asBoolean()).isFalse();
        ApiClient.Response refused = other.put(path + "/ar", Map.of("texts", List.of(
                Map.of("source", stepName, "translation", "خطوة"))));
        assertThat(refused.status()).isEqualTo(403);

        ApiClient.Response unknownText = api.put(path + "/ar", Map.of("texts", List.of(
                Map.of("source", stepName, "translation", "خطوة"),
                Map.of("source", "Ingen sådan text", "translation", "لا"))));
        assertThat(unknownText.status()).isEqualTo(400);
        assertThat(unknownText.fieldError("texts[1].source")).contains("finns inte (längre) i dokumentet");
        assertThat(language(api.get(path).json(), "ar").path("translated").asInt()).as("all or nothing").isZero();

        ApiClient.Response twice = api.put(path + "/ar", Map.of("texts", List.of(
                Map.of("source", stepName, "translation", "خطوة"), Map.of("source", stepName, "translation", "خطوة"))));
        assertThat(twice.fieldError("texts[1].source")).contains("två gånger");
        ApiClient.Response unknownField = api.put(path + "/ar", Map.of("texts", List.of(
                Map.of("source", stepName, "translation", "خطوة", "language", "ar"))));
        assertThat(unknownField.status()).isEqualTo(400);
        ApiClient.Response noTexts = api.put(path + "/ar", Map.of());
        assertThat(noTexts.status()).isEqualTo(400);
        assertThat(noTexts.fieldError("texts")).contains("Skicka med texterna");
        assertThat(api.put(path + "/ar", Map.of("texts", List.of(Map.of("source", stepName, "translation",
                "x".repeat(5001))))).status()).isEqualTo(400);

        ApiClient.Response swedish = api.put(path + "/sv", Map.of("texts", List.of()));
        assertThat(swedish.status()).isEqualTo(404);
        assertThat(swedish.json().path("detail").asString()).contains("erbjuds inte");
        assertThat(api.get("/api/v1/translations/ladder/" + ladder.id() + "/de").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/translations/recipe/" + ladder.id()).json().path("detail").asString())
                .contains("inget sådant slags dokument");
        assertThat(api.get("/api/v1/translations/ladder/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/translations/ladder/inte-ett-id").status()).isEqualTo(400);
    }

    @Test
    void aPlanIsPersonalDataItsTranslationIsAuditedAndOnlyThoseWhoMayChangeItTranslate() {
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator).create();
        UUID profileVersion = ladder.steps().stream().filter(s -> s.profileVersionId() != null).findFirst()
                .orElseThrow().profileVersionId();
        PlanView plan = SignedIn.as(coordinator.username(), () -> context.getBean(IndividualPlans.class)
                .create(participant, new PlanCommand(profileVersion, List.of(
                        new PlanCommand.Goal("Ta körkort", List.of()), new PlanCommand.Goal("Ta körkort ", List.of())),
                        List.of(), "Vi ses varje vecka.", null, null)));
        String path = "/api/v1/translations/plan/" + plan.id();
        JsonNode coverage = api.get(path).json();
        assertThat(coverage.path("texts").asInt()).as("a text written twice is translated once").isEqualTo(2);
        assertThat(coverage.path("link").asString()).isEqualTo("/deltagare/" + participant + "/resa#plans-heading");

        ApiClient.Response saved = api.put(path + "/uk", Map.of("texts", List.of(
                Map.of("source", "Ta körkort", "translation", "Отримати водійські права"))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode entries = staff.get(Role.ADMIN).api(port).get("/api/v1/audit-entries?participantId=" + participant
                + "&action=UPDATE").json().path("items");
        assertThat(entries.valueStream().map(e -> e.path("detail").asString())).contains("plan translation");

        ApiClient outsider = new IdentityTestData(context).user(new IdentityTestData(context).organisation().create(),
                Role.COORDINATOR).create().api(port);
        assertThat(outsider.get(path).status()).as("no right to the participant").isEqualTo(403);
        assertThat(outsider.put(path + "/uk", Map.of("texts", List.of(
                Map.of("source", "Ta körkort", "translation", "x")))).status()).isEqualTo(403);
    }

    private static JsonNode language(JsonNode coverage, String language) {
        return coverage.path("languages").valueStream().filter(l -> l.path("language").asString().equals(language))
                .findFirst().orElseThrow();
    }
}
