package se.kompetenskedjan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import tools.jackson.databind.JsonNode;

/** Check-in batteries through the API: the default weekly sets, versions, who may write, bad input. */
@ApiTest
class CheckInBatteryApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestStaff staff;
    ApiClient coordinator;

    @BeforeEach
    void anOrganisation() {
        staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        coordinator = staff.get(Role.COORDINATOR).api(port);
    }

    @Test
    void everyOrganisationHasTheDefaultWeeklySetsForTheParticipantAndTheSupervisor() {
        List<JsonNode> all = coordinator.get("/api/v1/checkin-batteries").json().valueStream().toList();
        JsonNode participant = all.stream().filter(b -> b.path("name").asString()
                .equals("Veckans avstämning – deltagare")).findFirst().orElseThrow();
        assertThat(participant.path("organisationId").isNull()).as("a platform battery").isTrue();
        assertThat(participant.path("audience").asString()).isEqualTo("PARTICIPANT");
        JsonNode supervisors = coordinator.get("/api/v1/checkin-batteries?audience=SUPERVISOR").json();
        assertThat(supervisors.valueStream().map(b -> b.path("audience").asString())).containsOnly("SUPERVISOR")
                .isNotEmpty();

        JsonNode set = coordinator.get("/api/v1/checkin-batteries/" + participant.path("id").asString()).json();
        List<String> kinds = set.path("questions").valueStream().map(q -> q.path("kind").asString()).toList();
        assertThat(kinds).contains("TRAFFIC_LIGHT", "YES_NO", "SCALE", "CHOICE", "FREE_TEXT");
        assertThat(set.path("questions").valueStream().map(q -> q.path("text").asString()))
                .contains("Hur har veckan varit?", "Hur mycket har du pratat svenska på jobbet?",
                        "Har du kommit i tid varje dag?", "Behöver du hjälp med något?");
        assertThat(set.path("mayEdit").asBoolean()).as("the platform's admins edit it").isFalse();
        JsonNode coverage = coordinator.get("/api/v1/translations/checkin-battery/" + set.path("id").asString()).json();
        assertThat(coverage.path("texts").asInt()).as("eight questions and eight choices").isEqualTo(16);
        for (JsonNode language : coverage.path("languages")) {
            boolean shipped = List.of("en", "uk", "ar").contains(language.path("language").asString());
            assertThat(language.path("missing").isEmpty()).as(language.path("language").asString()).isEqualTo(shipped);
        }
        assertThat(coordinator.put("/api/v1/checkin-batteries/" + set.path("id").asString(),
                body("Ändrad", "PARTICIPANT", List.of(question("YES_NO", "Fråga?", null)), set.path("lockVersion").asLong()))
                .status()).isEqualTo(403);
    }

    @Test
    void aChangeIsANewVersionKeepingTheQuestionsKeysAndTheOldVersionStaysReadable() {
        ApiClient.Response created = coordinator.post("/api/v1/checkin-batteries", body("Avstämning i köket",
                "SUPERVISOR", List.of(question("SCALE", "Hur har hygienen fungerat?", null),
                        question("CHOICE", "Hur ofta var deltagaren sen?", List.of("Aldrig", "En gång", "Oftare"))),
                null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode v1 = created.json();
        assertThat(v1.path("version").asInt()).isEqualTo(1);
        assertThat(v1.path("mayEdit").asBoolean()).isTrue();
        String id = v1.path("id").asString();
        String kept = v1.path("questions").get(0).path("key").asString();

        Map<String, Object> keptQuestion = question("SCALE", "Hur har hygienen fungerat den här veckan?", null);
        keptQuestion.put("key", kept);
        ApiClient.Response revised = coordinator.put("/api/v1/checkin-batteries/" + id, body("Avstämning i köket",
                "SUPERVISOR", List.of(keptQuestion, question("FREE_TEXT", "Övrigt", null)), v1.path("lockVersion").asLong()));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        JsonNode v2 = revised.json();
        assertThat(v2.path("version").asInt()).isEqualTo(2);
        assertThat(v2.path("questions").get(0).path("key").asString()).isEqualTo(kept);
        assertThat(v2.path("questions").get(1).path("key").asString()).isNotEqualTo(kept);

        JsonNode old = coordinator.get("/api/v1/checkin-batteries/" + id + "/versions/1").json();
        assertThat(old.path("questions").get(1).path("choices").valueStream().map(JsonNode::asString))
                .containsExactly("Aldrig", "En gång", "Oftare");
        assertThat(old.path("latestVersion").asInt()).isEqualTo(2);
        assertThat(coordinator.get("/api/v1/checkin-batteries/" + id + "/versions/3").status()).isEqualTo(404);

        ApiClient.Response stale = coordinator.put("/api/v1/checkin-batteries/" + id, body("Avstämning i köket",
                "SUPERVISOR", List.of(question("YES_NO", "Fråga?", null)), v1.path("lockVersion").asLong()));
        assertThat(stale.status()).isEqualTo(409);

        // Another organisation does not see it; a supervisor of the same organisation reads but does not write.
        ApiClient other = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY)
                .get(Role.COORDINATOR).api(port);
        assertThat(other.get("/api/v1/checkin-batteries/" + id).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/checkin-batteries").json().valueStream()
                .map(b -> b.path("id").asString())).doesNotContain(id);
        ApiClient supervisor = staff.get(Role.SUPERVISOR).api(port);
        assertThat(supervisor.get("/api/v1/checkin-batteries/" + id).json().path("mayEdit").asBoolean()).isFalse();
        assertThat(supervisor.post("/api/v1/checkin-batteries", body("Min", "SUPERVISOR",
                List.of(question("YES_NO", "Fråga?", null)), null)).status()).isEqualTo(403);
        assertThat(coordinator.post("/api/v1/checkin-batteries", withTemplate(body("Mall", "SUPERVISOR",
                List.of(question("YES_NO", "Fråga?", null)), null))).status()).as("platform sets: platform admins")
                .isEqualTo(403);
    }

    @Test
    void badQuestionsAreRefusedWithSwedishMessagesAndNothingIsSaved() {
        ApiClient.Response oneChoice = coordinator.post("/api/v1/checkin-batteries", body("Fel", "PARTICIPANT",
                List.of(question("YES_NO", "Bra?", null), question("CHOICE", "Vilken?", List.of("Bara en"))), null));
        assertThat(oneChoice.status()).isEqualTo(400);
        assertThat(oneChoice.fieldError("questions[1].choices")).contains("minst två svarsalternativ");
        ApiClient.Response choicesOnScale = coordinator.post("/api/v1/checkin-batteries", body("Fel", "PARTICIPANT",
                List.of(question("SCALE", "Hur?", List.of("A", "B"))), null));
        assertThat(choicesOnScale.fieldError("questions[0].choices")).contains("Bara valfrågor");
        ApiClient.Response none = coordinator.post("/api/v1/checkin-batteries", body("Fel", "PARTICIPANT", List.of(), null));
        assertThat(none.fieldError("questions")).contains("minst en fråga");
        ApiClient.Response noKind = coordinator.post("/api/v1/checkin-batteries", body("", "PARTICIPANT",
                List.of(question(null, "Hur?", null)), null));
        assertThat(noKind.fieldError("questions[0].kind")).contains("Välj frågetyp");
        assertThat(noKind.fieldError("name")).contains("namn");
        Map<String, Object> unknown = question("YES_NO", "Bra?", null);
        unknown.put("colour", "red");
        assertThat(coordinator.post("/api/v1/checkin-batteries", body("Fel", "PARTICIPANT", List.of(unknown), null))
                .status()).isEqualTo(400);
        assertThat(coordinator.get("/api/v1/checkin-batteries").json().valueStream()
                .map(b -> b.path("name").asString())).doesNotContain("Fel");

        JsonNode created = coordinator.post("/api/v1/checkin-batteries", body("Rätt", "PARTICIPANT",
                List.of(question("YES_NO", "Bra?", null)), null)).json();
        Map<String, Object> strange = question("YES_NO", "Bra?", null);
        strange.put("key", "00000000-0000-4000-8000-000000000000");
        ApiClient.Response unknownKey = coordinator.put("/api/v1/checkin-batteries/" + created.path("id").asString(),
                body("Rätt", "PARTICIPANT", List.of(strange), created.path("lockVersion").asLong()));
        assertThat(unknownKey.fieldError("questions[0].key")).contains("finns inte i versionen du läste");
        ApiClient.Response otherAudience = coordinator.put("/api/v1/checkin-batteries/" + created.path("id").asString(),
                body("Rätt", "SUPERVISOR", List.of(question("YES_NO", "Bra?", null)), created.path("lockVersion").asLong()));
        assertThat(otherAudience.fieldError("audience")).contains("kan inte ändras");
        ApiClient.Response noLock = coordinator.put("/api/v1/checkin-batteries/" + created.path("id").asString(),
                body("Rätt", "PARTICIPANT", List.of(question("YES_NO", "Bra?", null)), null));
        assertThat(noLock.fieldError("lockVersion")).contains("lockVersion");
        assertThat(coordinator.get("/api/v1/checkin-batteries/" + created.path("id").asString()).json()
                .path("version").asInt()).isEqualTo(1);
    }

    static Map<String, Object> body(String name, String audience, List<Map<String, Object>> questions, Long lock) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("audience", audience);
        body.put("questions", new ArrayList<>(questions));
        if (lock != null) {
            body.put("lockVersion", lock);
        }
        return body;
    }

    static Map<String, Object> withTemplate(Map<String, Object> body) {
        body.put("template", true);
        return body;
    }

    static Map<String, Object> question(String kind, String text, List<String> choices) {
        Map<String, Object> question = new HashMap<>();
        question.put("kind", kind);
        question.put("text", text);
        if (choices != null) {
            question.put("choices", choices);
        }
        question.put("required", true);
        return question;
    }
}
