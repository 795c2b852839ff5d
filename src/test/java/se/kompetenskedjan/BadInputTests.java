package se.kompetenskedjan;

import static se.kompetenskedjan.support.CommandShapes.asCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.ApiResponses.uuid;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.participants.ParticipantCommand;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.ParticipantJson;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every kind of bad input is refused with a 4xx problem+json answer carrying the Swedish text from messages.properties,
 * and nothing of it is saved: the rows of the tables concerned and the write entries of the audit trail are counted
 * before and after. The database is shared with other tests, so only differences are compared.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTests {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final String PARTICIPANTS = "/api/v1/participants";
    private static final Random RANDOM = new Random();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private ApiClient koordinator;
    private UUID alvstadCare;

    @BeforeAll
    void setUp() {
        koordinator = ApiClient.as(port, DemoUsers.COORDINATOR);
        alvstadCare = uuid(ok(ApiClient.as(port, DemoUsers.EMPLOYER_MANAGER).get("/api/v1/me")).path("organisationId"));
    }

    // --- unreadable bodies ---

    @Test
    void malformedJsonIsRefused() {
        String lastName = uniqueLastName();
        Snapshot before = snapshot();

        Response response = koordinator.send("POST", PARTICIPANTS,
                "{\"firstName\": \"Testa\", \"lastName\": \"" + lastName + "\", \"gender\": ", "application/json");

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString()).isEqualTo(text("problem.malformedJson"));
        assertNothingSaved(before, lastName);
    }

    @Test
    void emptyBodyIsRefused() {
        Snapshot before = snapshot();

        Response response = koordinator.send("POST", PARTICIPANTS, "", "application/json");

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString()).isEqualTo(text("problem.unreadableBody"));
        assertNothingSaved(before, null);
    }

    @Test
    void wrongContentTypeIsRefused() {
        String lastName = uniqueLastName();
        Snapshot before = snapshot();

        // X-Requested-With gets past the check for HTTP Basic callers (LoginAndSecurityTests), to the controller's own
        Response response = koordinator.withHeader("X-Requested-With", "test").send("POST", PARTICIPANTS,
                "{\"firstName\": \"Testa\", \"lastName\": \"" + lastName + "\"}", "text/plain");

        assertProblem(response, 415);
        assertThat(response.json().path("detail").asString()).isEqualTo(text("problem.detail.415"));
        assertNothingSaved(before, lastName);
    }

    // --- wrong types ---

    @Test
    void birthYearThatIsNotANumberIsRefused() {
        assertParticipantRefused(valid().with("birthYear", "abc"), "birthYear", "problem.field.wrongType");
    }

    @Test
    void unknownGenderIsRefused() {
        assertParticipantRefused(valid().with("gender", "ROBOT"), "gender", "problem.field.wrongType");
    }

    @Test
    void languagesAsAStringInsteadOfAListIsRefused() {
        assertParticipantRefused(valid().with("languages", "ar"), "languages", "problem.field.wrongType");
    }

    @Test
    void uuidFieldThatIsNotAUuidIsRefused() {
        assertParticipantRefused(valid().with("coordinatorId", "inte-ett-id"), "coordinatorId", "problem.field.wrongType");
    }

    // --- unknown properties (spring.jackson.deserialization.fail-on-unknown-properties) ---

    @Test
    void anUnknownPropertyIsRefusedAndNamedInsteadOfDropped() {
        Map<String, Object> body = valid().with("favouriteColour", "blå").build();
        Snapshot before = snapshot();

        Response response = koordinator.post(PARTICIPANTS, body);

        assertProblem(response, 400);
        assertThat(response.json().path("type").asString()).isEqualTo("urn:kompetenskedjan:problem:unknown-field");
        assertThat(response.json().path("detail").asString()).isEqualTo("Okänt fält: favouriteColour");
        assertThat(response.fieldError("favouriteColour")).isEqualTo("Okänt fält");
        assertNothingSaved(before, (String) body.get("lastName"));
    }

    @Test
    void anUnknownPropertyInsideAListIsNamedWithItsPath() {
        String title = "Okänt fält " + System.nanoTime();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("itemKey", UUID.randomUUID());
        item.put("text", "Bäddar sängen");
        item.put("easyText", "Bädda");
        item.put("colour", "grön");
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("industry", "HOME_CARE");
        template.put("title", title);
        template.put("profileVersionId", UUID.randomUUID());
        template.put("items", List.of(Map.of("itemKey", UUID.randomUUID(), "text", "Dukar", "easyText", "Duka"), item));

        Response response = koordinator.post("/api/v1/checklist-templates", template);

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString()).isEqualTo("Okänt fält: items[1].colour");
        assertThat(response.fieldError("items[1].colour")).isEqualTo("Okänt fält");
        assertThat(jdbc.sql("select count(*) from checklist_template where title = :t").param("t", title)
                .query(Long.class).single()).isZero();
    }

    @Test
    void pathIdThatIsNotAUuidIsRefused() {
        Response get = koordinator.get(PARTICIPANTS + "/inte-ett-id");
        assertProblem(get, 400);
        assertThat(get.fieldError("id")).isEqualTo(text("problem.field.wrongType"));

        Snapshot before = snapshot();
        Response put = koordinator.put(PARTICIPANTS + "/inte-ett-id", valid().with("version", 0).build());
        assertProblem(put, 400);
        assertThat(put.fieldError("id")).isEqualTo(text("problem.field.wrongType"));
        assertNothingSaved(before, null);
    }

    @Test
    void queryParametersOfTheWrongTypeAreRefused() {
        Response status = koordinator.get(PARTICIPANTS + "?status=ROBOT");
        assertProblem(status, 400);
        assertThat(status.fieldError("status")).isEqualTo(text("typeMismatch"));

        Response size = koordinator.get(PARTICIPANTS + "?size=tjugo");
        assertProblem(size, 400);
        assertThat(size.fieldError("size")).isEqualTo(text("typeMismatch.java.lang.Integer"));

        Response coordinator = koordinator.get(PARTICIPANTS + "?coordinatorId=inte-ett-id");
        assertProblem(coordinator, 400);
        assertThat(coordinator.fieldError("coordinatorId")).isEqualTo(text("typeMismatch.java.util.UUID"));

        Response from = ApiClient.as(port, DemoUsers.ADMIN).get("/api/v1/audit-entries?from=igår");
        assertProblem(from, 400);
        assertThat(from.fieldError("from")).isEqualTo(text("typeMismatch.java.time.LocalDate"));
    }

    @Test
    void tooLongSearchTextIsRefused() {
        Response response = koordinator.get(PARTICIPANTS + "?query=" + "a".repeat(101));

        assertProblem(response, 400);
        assertThat(response.fieldError("query")).isEqualTo(text("field.tooLong"));
    }

    // --- personnummer ---

    @Test
    void personnummerInTheWrongFormatIsRefused() {
        assertParticipantRefused(valid().with("personnummer", "1990-01-01"), "personnummer",
                "participant.personnummer.format");
    }

    @Test
    void personnummerWithAnImpossibleDateIsRefused() {
        assertParticipantRefused(valid().with("personnummer", "19901332-1234"), "personnummer",
                "participant.personnummer.date");
    }

    @Test
    void personnummerWithTheWrongCheckDigitIsRefused() {
        String valid = unusedPersonnummer();
        int last = valid.charAt(valid.length() - 1) - '0';
        String wrong = valid.substring(0, valid.length() - 1) + (last + 1) % 10;

        assertParticipantRefused(valid().with("personnummer", wrong), "personnummer", "participant.personnummer.checksum");
    }

    @Test
    void duplicatePersonnummerIsAConflict() {
        String personnummer = unusedPersonnummer();
        created(koordinator.post(PARTICIPANTS, valid().with("personnummer", personnummer).build()));
        String lastName = uniqueLastName();
        Snapshot before = snapshot();

        Response response = koordinator.post(PARTICIPANTS,
                valid().with("personnummer", personnummer).with("lastName", lastName).build());

        assertProblem(response, 409);
        assertThat(response.json().path("detail").asString()).isEqualTo(text("participant.personnummer.taken"));
        assertNothingSaved(before, lastName);
        assertThat(jdbc.sql("select count(*) from participant where personnummer = :p").param("p", personnummer)
                .query(Long.class).single()).isEqualTo(1);
    }

    // --- missing and too long ---

    @Test
    void missingFirstNameIsRefused() {
        assertParticipantRefused(valid().without("firstName"), "firstName", "participant.firstName.required");
    }

    @Test
    void missingGenderIsRefused() {
        assertParticipantRefused(valid().without("gender"), "gender", "participant.gender.required");
    }

    @Test
    void tooLongFirstNameIsRefused() {
        assertParticipantRefused(valid().with("firstName", "A".repeat(101)), "firstName", "field.tooLong");
    }

    @Test
    void tooLongInterestsAreRefused() {
        assertParticipantRefused(valid().with("interests", "x".repeat(1001)), "interests", "field.tooLong");
    }

    @Test
    void aNullInTheListsOfLanguagesOrDrivingLicencesIsRefused() {
        for (String list : List.of("languages", "drivingLicences")) {
            Map<String, Object> body = valid().with(list, Arrays.asList(list.equals("languages") ? "ar" : "B", null)).build();
            String lastName = (String) body.get("lastName");
            Snapshot before = snapshot();

            Response response = koordinator.post(PARTICIPANTS, body);

            assertProblem(response, 400);
            assertThat(response.json().path("errors").toString()).contains("\"" + list);
            assertNothingSaved(before, lastName);
        }
    }

    // --- unknown ids ---

    @Test
    void unknownParticipantIsNotFound() {
        UUID unknown = UUID.randomUUID();

        Response get = koordinator.get(PARTICIPANTS + "/" + unknown);
        assertProblem(get, 404);
        assertThat(get.json().path("detail").asString()).isEqualTo(text("participant.notFound"));

        Snapshot before = snapshot();
        Response put = koordinator.put(PARTICIPANTS + "/" + unknown, valid().with("version", 0).build());
        assertProblem(put, 404);
        assertThat(put.json().path("detail").asString()).isEqualTo(text("participant.notFound"));
        assertNothingSaved(before, null);
    }

    @Test
    void unknownCoordinatorIsRefused() {
        assertParticipantRefused(valid().with("coordinatorId", UUID.randomUUID()), "coordinatorId",
                "participant.coordinator.invalid");
        // A real coordinator, but of another organisation (Bergsjö), is just as wrong.
        UUID bergsjoCoordinator = uuid(ok(ApiClient.as(port, DemoUsers.OTHER_MUNICIPALITY_COORDINATOR)
                .get("/api/v1/me")).path("id"));
        assertParticipantRefused(valid().with("coordinatorId", bergsjoCoordinator), "coordinatorId",
                "participant.coordinator.invalid");
    }

    @Test
    void consentWithAnUnknownOrganisationIsRefused() {
        UUID participant = newParticipant();
        Map<String, Object> body = consent(List.of(alvstadCare, UUID.randomUUID()), today().minusDays(1), today().plusYears(1));
        Snapshot before = snapshot();

        Response response = koordinator.post(PARTICIPANTS + "/" + participant + "/consents", body);

        assertProblem(response, 400);
        assertThat(response.fieldError("organisationIds")).isEqualTo(text("organisation.unknown"));
        assertNothingSaved(before, null);
        assertThat(consentsOf(participant)).isZero();
    }

    @Test
    void consentWithANullOrganisationIsRefused() {
        UUID participant = newParticipant();
        Map<String, Object> body = consent(Arrays.asList(alvstadCare, null), today().minusDays(1), today().plusYears(1));
        Snapshot before = snapshot();

        Response response = koordinator.post(PARTICIPANTS + "/" + participant + "/consents", body);

        assertProblem(response, 400);
        assertThat(response.json().path("errors").toString()).contains("organisationIds");
        assertNothingSaved(before, null);
        assertThat(consentsOf(participant)).isZero();
    }

    @Test
    void withdrawingAnUnknownConsentIsNotFound() {
        UUID participant = newParticipant();

        Response response = koordinator.post(PARTICIPANTS + "/" + participant + "/consents/" + UUID.randomUUID()
                + "/withdrawal", null);

        assertProblem(response, 404);
        assertThat(response.json().path("detail").asString()).isEqualTo(text("consent.notFound"));
    }

    // --- consents and supervisions ---

    @Test
    void consentValidUntilBeforeGivenOnIsRefused() {
        UUID participant = newParticipant();
        Map<String, Object> body = consent(List.of(alvstadCare), today().minusDays(1), today().minusDays(2));
        Snapshot before = snapshot();

        Response response = koordinator.post(PARTICIPANTS + "/" + participant + "/consents", body);

        assertProblem(response, 400);
        assertThat(response.fieldError("validUntil")).isEqualTo(text("consent.validUntil.beforeGiven"));
        assertNothingSaved(before, null);
        assertThat(consentsOf(participant)).isZero();
    }

    @Test
    void consentGivenInTheFutureIsRefused() {
        UUID participant = newParticipant();
        Map<String, Object> body = consent(List.of(alvstadCare), today().plusDays(2), today().plusYears(1));
        Snapshot before = snapshot();

        Response response = koordinator.post(PARTICIPANTS + "/" + participant + "/consents", body);

        assertProblem(response, 400);
        assertThat(response.fieldError("givenOn")).isEqualTo(text("consent.givenOn.future"));
        assertNothingSaved(before, null);
    }

    @Test
    void withdrawingAnAlreadyWithdrawnConsentIsAConflict() {
        UUID participant = newParticipant();
        UUID consent = uuid(created(koordinator.post(PARTICIPANTS + "/" + participant + "/consents",
                consent(List.of(alvstadCare), today().minusDays(1), today().plusYears(1)))).path("id"));
        String withdrawal = PARTICIPANTS + "/" + participant + "/consents/" + consent + "/withdrawal";
        ok(koordinator.post(withdrawal, null));
        Object withdrawnAt = withdrawnAt(consent);
        long withdrawals = audits(participant, "CONSENT_WITHDRAWN");

        Response response = koordinator.post(withdrawal, null);

        assertProblem(response, 409);
        assertThat(response.json().path("detail").asString()).isEqualTo(text("consent.alreadyWithdrawn"));
        assertThat(withdrawnAt(consent)).isEqualTo(withdrawnAt);
        assertThat(audits(participant, "CONSENT_WITHDRAWN")).isEqualTo(withdrawals).isEqualTo(1);
    }

    @Test
    void supervisionWithAnUnknownSupervisorOrEndBeforeStartIsRefused() {
        UUID participant = newParticipant();
        UUID handledare = uuid(ok(ApiClient.as(port, DemoUsers.SUPERVISOR).get("/api/v1/me")).path("id"));
        Snapshot before = snapshot();

        Response unknown = koordinator.post(PARTICIPANTS + "/" + participant + "/supervisions",
                Map.of("supervisorId", UUID.randomUUID(), "startsOn", today().toString()));
        assertProblem(unknown, 400);
        assertThat(unknown.fieldError("supervisorId")).isEqualTo(text("supervision.supervisor.invalid"));

        // koordinator is a user, but not a supervisor
        Response notSupervisor = koordinator.post(PARTICIPANTS + "/" + participant + "/supervisions",
                Map.of("supervisorId", uuid(ok(koordinator.get("/api/v1/me")).path("id")), "startsOn", today().toString()));
        assertProblem(notSupervisor, 400);
        assertThat(notSupervisor.fieldError("supervisorId")).isEqualTo(text("supervision.supervisor.invalid"));

        Response endsBeforeStart = koordinator.post(PARTICIPANTS + "/" + participant + "/supervisions", Map.of(
                "supervisorId", handledare, "startsOn", today().toString(), "endsOn", today().minusDays(1).toString()));
        assertProblem(endsBeforeStart, 400);
        assertThat(endsBeforeStart.fieldError("endsOn")).isEqualTo(text("supervision.endsOn.beforeStart"));

        assertNothingSaved(before, null);
        assertThat(jdbc.sql("select count(*) from supervision where participant_id = :p").param("p", participant)
                .query(Long.class).single()).isZero();
    }

    // --- forbidden characters (NUL and other control characters) ---

    @Test
    void aNulCharacterInATextFieldIsRefusedNamingTheField() {
        assertParticipantRefused(valid().with("firstName", "Testa\u0000<script>"), "firstName",
                "field.forbiddenCharacter");
    }

    @Test
    void otherControlCharactersAndHalfSurrogatesAreRefusedWhereverTheTextIs() {
        assertParticipantRefused(valid().with("interests", "Kök\u001b[31m"), "interests", "field.forbiddenCharacter");
        assertParticipantRefused(valid().with("languages", List.of("sv", "a\u0000")), "languages[1]",
                "field.forbiddenCharacter");

        String lastName = uniqueLastName();
        Snapshot before = snapshot();
        String body = tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(valid().with("lastName", lastName).with("interests", "HALF").build())
                .replace("HALF", "x\\ud83dy");
        Response half = koordinator.send("POST", PARTICIPANTS, body, "application/json");
        assertProblem(half, 400);
        assertThat(half.fieldError("interests")).isEqualTo(text("field.forbiddenCharacter"));
        assertNothingSaved(before, lastName);
    }

    @Test
    void tabsAndLineBreaksInFreeTextAreKept() {
        JsonNode saved = created(koordinator.post(PARTICIPANTS,
                valid().with("interests", "Rad ett\r\nRad två\tmed tabb").build()));
        assertThat(saved.path("interests").asString()).isEqualTo("Rad ett\r\nRad två\tmed tabb");
    }

    @Test
    void aNulCharacterInAQueryParameterIsRefusedNamingTheParameter() {
        Response search = koordinator.get(PARTICIPANTS + "?query=Testa%00");
        assertProblem(search, 400);
        assertThat(search.fieldError("query")).isEqualTo(text("field.forbiddenCharacter"));
    }

    // --- paging ---

    @Test
    void aHugePageSizeIsClampedNotAnError() {
        Response participants = koordinator.get(PARTICIPANTS + "?size=100000");
        assertThat(participants.status()).isEqualTo(200);
        assertThat(participants.json().path("size").asInt()).isEqualTo(100);
        assertThat(participants.json().path("items").size()).isLessThanOrEqualTo(100);

        Response audit = ApiClient.as(port, DemoUsers.PLATFORM_ADMIN).get("/api/v1/audit-entries?size=100000");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().path("size").asInt()).isEqualTo(100);
        assertThat(audit.json().path("items").size()).isLessThanOrEqualTo(100);

        Response organisations = koordinator.get("/api/v1/organisations?size=100000");
        assertThat(organisations.status()).isEqualTo(200);
        assertThat(organisations.json().path("size").asInt()).isEqualTo(100);
    }

    @Test
    void aPageFarBeyondTheEndIsEmptyOrRefusedNotAnError() {
        for (String list : List.of(PARTICIPANTS, "/api/v1/organisations")) {
            Response response = koordinator.get(list + "?page=100000000&size=100");

            assertThat(response.status()).as("%s: %s", list, response.body()).isIn(200, 400);
            if (response.status() == 200) {
                assertThat(response.json().path("items").size()).isZero();
            } else {
                assertProblem(response, 400);
                assertThat(response.json().path("errors").toString()).contains("page");
            }
        }
    }

    @Test
    void aPageFarBeyondTheEndOfTheAuditTrailIsEmpty() {
        Response response = ApiClient.as(port, DemoUsers.ADMIN).get("/api/v1/audit-entries?page=2000000000&size=100");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("items").size()).isZero();
    }

    // --- wrong method or address ---

    @Test
    void aWrongMethodOrAddressIsRefusedWithAProblemInSwedish() {
        UUID participant = newParticipant();
        Snapshot before = snapshot();

        Response delete = koordinator.delete(PARTICIPANTS + "/" + participant);
        assertProblem(delete, 405);
        assertThat(delete.json().path("detail").asString()).isEqualTo(text("problem.detail.405"));

        Response unknown = koordinator.get("/api/v1/finns-inte");
        assertProblem(unknown, 404);
        assertThat(unknown.json().path("detail").asString()).isEqualTo(text("problem.detail.404"));

        assertNothingSaved(before, null);
        assertThat(koordinator.get(PARTICIPANTS + "/" + participant).status()).isEqualTo(200);
    }

    // --- changing a participant ---

    @Test
    void aStaleVersionIsAConflictAndTheSecondChangeIsNotSaved() {
        UUID participant = newParticipant();
        ObjectNode read = asCommand(ok(koordinator.get(PARTICIPANTS + "/" + participant)), ParticipantCommand.class);
        long version = read.path("version").asLong();

        read.put("interests", "Första ändringen");
        JsonNode first = ok(koordinator.put(PARTICIPANTS + "/" + participant, read));
        assertThat(first.path("version").asLong()).isGreaterThan(version);
        long updates = audits(participant, "UPDATE");

        read.put("interests", "Andra ändringen");
        read.put("version", version);
        Response second = koordinator.put(PARTICIPANTS + "/" + participant, read);

        assertProblem(second, 409);
        assertThat(second.json().path("detail").asString()).isEqualTo(text("problem.editConflict"));
        JsonNode now = ok(koordinator.get(PARTICIPANTS + "/" + participant));
        assertThat(now.path("interests").asString()).isEqualTo("Första ändringen");
        assertThat(now.path("version").asLong()).isEqualTo(first.path("version").asLong());
        assertThat(audits(participant, "UPDATE")).isEqualTo(updates).isEqualTo(1);
    }

    @Test
    void aChangeWithoutVersionIsRefused() {
        UUID participant = newParticipant();
        ObjectNode read = asCommand(ok(koordinator.get(PARTICIPANTS + "/" + participant)), ParticipantCommand.class);
        read.remove("version");
        read.put("interests", "Utan version");
        Snapshot before = snapshot();

        Response response = koordinator.put(PARTICIPANTS + "/" + participant, read);

        assertProblem(response, 400);
        assertThat(response.fieldError("version")).isEqualTo(text("participant.version.required"));
        assertNothingSaved(before, null);
        assertThat(ok(koordinator.get(PARTICIPANTS + "/" + participant)).path("interests").asString())
                .isNotEqualTo("Utan version");
    }

    @Test
    void aChangeWithOneInvalidFieldSavesNoneOfTheFields() {
        UUID participant = newParticipant();
        ObjectNode read = asCommand(ok(koordinator.get(PARTICIPANTS + "/" + participant)), ParticipantCommand.class);
        JsonNode original = read.deepCopy();
        read.put("firstName", "Nytt");
        read.put("lastName", "Efternamn");
        read.put("interests", "Nya intressen");
        read.put("status", "ACTIVE");
        read.put("email", "inte en e-postadress");
        Snapshot before = snapshot();

        Response response = koordinator.put(PARTICIPANTS + "/" + participant, read);

        assertProblem(response, 400);
        assertThat(response.fieldError("email")).isEqualTo(text("field.email"));
        assertNothingSaved(before, null);
        JsonNode now = ok(koordinator.get(PARTICIPANTS + "/" + participant));
        for (String field : List.of("firstName", "lastName", "interests", "status", "email", "version")) {
            assertThat(now.path(field)).as(field).isEqualTo(original.path(field));
        }
    }

    @Test
    void aChangeWithAnUnknownCoordinatorSavesNoneOfTheFields() {
        UUID participant = newParticipant();
        ObjectNode read = asCommand(ok(koordinator.get(PARTICIPANTS + "/" + participant)), ParticipantCommand.class);
        JsonNode original = read.deepCopy();
        read.put("firstName", "Nytt");
        read.put("interests", "Nya intressen");
        read.put("coordinatorId", UUID.randomUUID().toString());
        Snapshot before = snapshot();

        Response response = koordinator.put(PARTICIPANTS + "/" + participant, read);

        assertProblem(response, 400);
        assertThat(response.fieldError("coordinatorId")).isEqualTo(text("participant.coordinator.invalid"));
        assertNothingSaved(before, null);
        JsonNode now = ok(koordinator.get(PARTICIPANTS + "/" + participant));
        for (String field : List.of("firstName", "interests", "coordinatorId", "version")) {
            assertThat(now.path(field)).as(field).isEqualTo(original.path(field));
        }
    }

    // --- organisations, units, users ---

    @Test
    void badOrganisationUnitAndUserInputIsRefused() {
        ApiClient admin = ApiClient.as(port, DemoUsers.PLATFORM_ADMIN);
        UUID alvstad = uuid(ok(koordinator.get("/api/v1/me")).path("organisationId"));
        UUID bergsjo = uuid(ok(ApiClient.as(port, DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get("/api/v1/me"))
                .path("organisationId"));
        String existingName = ok(admin.get("/api/v1/organisations/" + alvstad)).path("name").asString();
        UUID bergsjoUnit = uuid(created(admin.post("/api/v1/organisations/" + bergsjo + "/units",
                Map.of("name", "Felenhet " + System.nanoTime(), "kind", "OFFICE"))).path("id"));
        Map<String, Long> counts = identityCounts();

        Response duplicateName = admin.post("/api/v1/organisations",
                Map.of("name", existingName.toUpperCase(Locale.ROOT), "type", "MUNICIPALITY"));
        assertProblem(duplicateName, 409);
        assertThat(duplicateName.json().path("detail").asString()).isEqualTo(text("organisation.name.taken"));

        Response badOrgNumber = admin.post("/api/v1/organisations",
                Map.of("name", "Felorg " + System.nanoTime(), "type", "MUNICIPALITY", "orgNumber", "12345"));
        assertProblem(badOrgNumber, 400);
        assertThat(badOrgNumber.fieldError("orgNumber")).isEqualTo(text("organisation.orgNumber.format"));

        Response missingKind = admin.post("/api/v1/organisations/" + alvstad + "/units",
                Map.of("name", "Felenhet " + System.nanoTime()));
        assertProblem(missingKind, 400);
        assertThat(missingKind.fieldError("kind")).isEqualTo(text("unit.kind.required"));

        Response unitOfUnknownOrganisation = admin.post("/api/v1/organisations/" + UUID.randomUUID() + "/units",
                Map.of("name", "Felenhet " + System.nanoTime(), "kind", "OFFICE"));
        assertProblem(unitOfUnknownOrganisation, 404);
        assertThat(unitOfUnknownOrganisation.json().path("detail").asString()).isEqualTo(text("organisation.notFound"));

        Map<String, Object> user = new LinkedHashMap<>(Map.of("organisationId", alvstad,
                "username", "fel." + System.nanoTime(), "displayName", "Fel Felsson", "role", "TEACHER"));
        Response participantRole = admin.post("/api/v1/users", with(user, "role", "PARTICIPANT"));
        assertProblem(participantRole, 400);
        assertThat(participantRole.fieldError("role")).isEqualTo(text("user.role.participantViaRegister"));

        Response unitOfOtherOrganisation = admin.post("/api/v1/users", with(user, "unitId", bergsjoUnit));
        assertProblem(unitOfOtherOrganisation, 400);
        assertThat(unitOfOtherOrganisation.fieldError("unitId")).isEqualTo(text("unit.otherOrganisation"));

        Response badUsername = admin.post("/api/v1/users", with(user, "username", "å ä"));
        assertProblem(badUsername, 400);
        assertThat(badUsername.fieldError("username")).isEqualTo(text("user.username.format"));

        Response shortPassword = admin.post("/api/v1/users", with(user, "password", "kort"));
        assertProblem(shortPassword, 400);
        assertThat(shortPassword.fieldError("password")).isEqualTo(text("user.password.length"));

        Response takenUsername = admin.post("/api/v1/users", with(user, "username", DemoUsers.COORDINATOR.toUpperCase(Locale.ROOT)));
        assertProblem(takenUsername, 409);
        assertThat(takenUsername.json().path("detail").asString()).isEqualTo(text("user.username.taken"));

        assertThat(identityCounts()).isEqualTo(counts);
    }

    // --- helpers ---

    private ParticipantJson valid() {
        return ParticipantJson.aParticipant().with("lastName", uniqueLastName());
    }

    /** Posts the participant, expects 400 with the given Swedish field message, and checks nothing was saved. */
    private void assertParticipantRefused(ParticipantJson participant, String field, String messageKey) {
        Map<String, Object> body = participant.build();
        String lastName = (String) body.get("lastName");
        Snapshot before = snapshot();

        Response response = koordinator.post(PARTICIPANTS, body);

        assertProblem(response, 400);
        assertThat(response.fieldError(field)).as("message for %s in %s", field, response.body())
                .isEqualTo(text(messageKey));
        assertNothingSaved(before, lastName);
    }

    private void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isEqualTo(text("problem.title." + status));
    }

    /** Counts of the tables a participant write touches, and of the write entries of the audit trail. */
    private record Snapshot(long participants, long consents, long consentOrganisations, long supervisions,
            long writeAudits) {
    }

    private Snapshot snapshot() {
        return new Snapshot(count("participant"), count("consent"), count("consent_organisation"), count("supervision"),
                jdbc.sql("select count(*) from audit_entry where action in ('CREATE', 'UPDATE', 'CONSENT_GIVEN')")
                        .query(Long.class).single());
    }

    private void assertNothingSaved(Snapshot before, String lastName) {
        assertThat(snapshot()).isEqualTo(before);
        if (lastName != null) {
            assertThat(jdbc.sql("select count(*) from participant where last_name = :n").param("n", lastName)
                    .query(Long.class).single()).isZero();
        }
    }

    private Map<String, Long> identityCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("organisation", "unit", "user_account")) {
            counts.put(table, count(table));
        }
        return counts;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long consentsOf(UUID participant) {
        return jdbc.sql("select count(*) from consent where participant_id = :p").param("p", participant)
                .query(Long.class).single();
    }

    private long audits(UUID participant, String action) {
        return jdbc.sql("select count(*) from audit_entry where participant_id = :p and action = :a")
                .param("p", participant).param("a", action).query(Long.class).single();
    }

    private Object withdrawnAt(UUID consent) {
        return jdbc.sql("select withdrawn_at from consent where id = :id").param("id", consent)
                .query((rs, row) -> rs.getObject(1)).single();
    }

    @Test
    void aDateInTheWrongFormatIsReportedOnItsField() {
        UUID participant = newParticipant();
        Map<String, Object> body = new java.util.HashMap<>(consent(List.of(UUID.randomUUID()), TestDates.today(),
                TestDates.today().plusMonths(1)));
        body.put("givenOn", "igår");

        Response response = koordinator.post(PARTICIPANTS + "/" + participant + "/consents", body);

        assertProblem(response, 400);
        assertThat(response.fieldError("givenOn")).isEqualTo(text("problem.field.wrongType"));
    }

    @Test
    void clearingThePersonnummerKeepsTheParticipantIdentifiableByAReserveIdentity() {
        Map<String, Object> body = valid().with("personnummer", se.kompetenskedjan.support.ParticipantJson.testPersonnummer())
                .without("reserveIdentity").build();
        UUID participant = uuid(created(koordinator.post(PARTICIPANTS, body)).path("id"));
        JsonNode read = ok(koordinator.get(PARTICIPANTS + "/" + participant));
        assertThat(read.path("reserveIdentity").isNull()).isTrue();

        body.put("personnummer", "");
        body.put("version", read.path("version").asLong());
        JsonNode changed = ok(koordinator.put(PARTICIPANTS + "/" + participant, body));

        assertThat(changed.path("personnummer").isNull()).isTrue();
        assertThat(changed.path("reserveIdentity").asString()).matches("KK-[0-9A-F]{8}");
    }

    private UUID newParticipant() {
        return uuid(created(koordinator.post(PARTICIPANTS, valid().build())).path("id"));
    }

    private static Map<String, Object> consent(List<UUID> organisations, LocalDate givenOn, LocalDate validUntil) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("purpose", "Test av felaktiga uppgifter");
        body.put("organisationIds", organisations);
        body.put("givenOn", givenOn.toString());
        body.put("validUntil", validUntil.toString());
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** A valid personnummer (Skatteverket's test birth numbers 980-999) that no participant has yet. */
    private String unusedPersonnummer() {
        while (true) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(RANDOM.nextInt(365 * 50));
            String date = birth.format(DateTimeFormatter.BASIC_ISO_DATE);
            String birthNumber = String.valueOf(980 + RANDOM.nextInt(20));
            String nine = date.substring(2) + birthNumber;
            int sum = 0;
            for (int i = 0; i < nine.length(); i++) {
                int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
                sum += product > 9 ? product - 9 : product;
            }
            String personnummer = date + "-" + birthNumber + (10 - sum % 10) % 10;
            boolean taken = jdbc.sql("select count(*) from participant where personnummer = :p")
                    .param("p", personnummer).query(Long.class).single() > 0;
            if (!taken) {
                return personnummer;
            }
        }
    }

    private String text(String key) {
        String text = messages.getMessage(key, null, null, SWEDISH);
        assertThat(text).as("Swedish text for " + key).isNotNull();
        return text;
    }

    private static String uniqueLastName() {
        return "Felsson-" + System.nanoTime();
    }

    private static LocalDate today() {
        return TestDates.today();
    }
}
