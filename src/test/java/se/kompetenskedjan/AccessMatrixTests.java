package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.ApiResponses.uuid;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.ParticipantJson;
import se.kompetenskedjan.support.TaxonomyExports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who may call what: every endpoint under /api/v1, called as every demo account and anonymously, against the table
 * below. Each cell is its own test case. Write rows send valid bodies, so an allowed call really succeeds (and creates
 * only rows with unique names, or writes back the values it read) and a denied one is refused by the access rules.
 *
 * <p>A new endpoint without a row here fails {@link #everyApiEndpointHasARowInTheMatrix()}.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    static final String ANONYMOUS = "(anonym)";

    /** Column order of the matrix. */
    static final List<String> CALLERS = List.of(ANONYMOUS, DemoUsers.PLATFORM_ADMIN, DemoUsers.ADMIN,
            DemoUsers.COORDINATOR, DemoUsers.OTHER_MUNICIPALITY_COORDINATOR, DemoUsers.EMPLOYER_MANAGER,
            DemoUsers.PRIVATE_EMPLOYER_MANAGER, DemoUsers.SUPERVISOR, DemoUsers.TEACHER, DemoUsers.ANALYST,
            DemoUsers.PARTICIPANT);

    // Targets (resolved from the demo data in setUp):
    //  [deltagarens]  the participant linked to "deltagare": Älvstad, consent shared with Älvstad care (chef) and the
    //                 SFI school (larare), supervised by "handledare"
    //  [Bergsjö]      Erik Holm, owned by Bergsjö's labour-market administration, shared with nobody
    //  [samtycke]     Lena Karlsson, Älvstad, consent shared with Älvstad care only, no supervision
    //  [Bergsjö→privat] Layla Khalil, Bergsjö, consent shared with Bergsjö care and Omsorgshjälpen (chef.privat)
    //  [fixtur]       a participant this class registers (Älvstad, as "koordinator") with consent shared with
    //                 Älvstad care and the SFI school and a current supervision by "handledare": like [deltagarens],
    //                 so editing it is denied to those who can read it but not edit
    //  [Älvstad]      Älvstad's labour-market administration (organisation of admin.alvstad and koordinator)
    //  [Bergsjö org]  Bergsjö's labour-market administration
    //  [Undersköterskor] the SSYK level-3 group 532 of the occupation catalogue
    //  [oförändrade körkort] the bundled driving-licence list uploaded again: an allowed import changes nothing
    static final Object[][] MATRIX = {
        // endpoint                                                                anon admin a.alv koord k.ber chef c.priv handl larare analyt deltag
        {"GET /api/v1/me",                                                          401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"GET /api/v1/organisations",                                               401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"GET /api/v1/organisations/{id} [Älvstad]",                                401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"POST /api/v1/organisations",                                              401, 201,  403,  403,  403,  403,  403,  403,  403,   403,   403},
        {"PUT /api/v1/organisations/{id} [Älvstad]",                                401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403},
        {"PUT /api/v1/organisations/{id} [Bergsjö org]",                            401, 200,  403,  403,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/organisations/{id}/units [Älvstad]",                          401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"POST /api/v1/organisations/{id}/units [Älvstad]",                         401, 201,  201,  403,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/units/{id} [Fastighetsservice Älvstad]",                      401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"PUT /api/v1/units/{id} [fixturenhet i Älvstad]",                          401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/organisations/{id}/users [Älvstad]",                          401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/organisations/{id}/users [Bergsjö org]",                      401, 200,  403,  403,  403,  403,  403,  403,  403,   403,   403},
        {"POST /api/v1/users [i Älvstad]",                                          401, 201,  201,  403,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/users/{id} [koordinator]",                                    401, 200,  200,  200,  403,  403,  403,  403,  403,   403,   403},
        {"PUT /api/v1/users/{id} [fixturanvändare i Älvstad]",                      401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/participants",                                                401, 200,  200,  200,  200,  200,  200,  200,  200,   403,   200},
        {"POST /api/v1/participants",                                               401, 201,  201,  201,  201,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/participants/{id} [deltagarens]",                             401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200},
        {"GET /api/v1/participants/{id} [Bergsjö]",                                 401, 403,  403,  403,  200,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/participants/{id} [samtycke]",                                401, 403,  200,  200,  403,  200,  403,  403,  403,   403,   403},
        {"GET /api/v1/participants/{id} [Bergsjö→privat]",                          401, 403,  403,  403,  200,  403,  200,  403,  403,   403,   403},
        {"PUT /api/v1/participants/{id} [fixtur]",                                  401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403},
        {"PUT /api/v1/participants/{id} [deltagarens]",                             401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/participants/{id}/consents [deltagarens]",                    401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200},
        {"GET /api/v1/participants/{id}/consents [Bergsjö]",                        401, 403,  403,  403,  200,  403,  403,  403,  403,   403,   403},
        {"POST /api/v1/participants/{id}/consents [fixtur]",                        401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403},
        {"POST /api/v1/participants/{id}/consents/{consentId}/withdrawal [fixtur]", 401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/participants/{id}/supervisions [deltagarens]",                401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200},
        {"GET /api/v1/participants/{id}/supervisions [Bergsjö]",                    401, 403,  403,  403,  200,  403,  403,  403,  403,   403,   403},
        {"POST /api/v1/participants/{id}/supervisions [fixtur]",                    401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/participants/{id}/access-log [deltagarens]",                  401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200},
        {"GET /api/v1/participants/{id}/access-log [Bergsjö]",                      401, 403,  403,  403,  200,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/audit-entries",                                               401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403},
        // plans: journeys, mapping, gaps, individual plans ([fixturkedja]: a ladder koordinator copied from a template)
        {"GET /api/v1/participants/{id}/journeys [deltagarens]",                   401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200},
        {"POST /api/v1/participants/{id}/journeys [ny deltagare]",                 401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403},
        {"POST /api/v1/participants/{id}/journeys/{journeyId}/events [ny deltagare]", 401, 403, 200, 200,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/ladders/{ladderId}/steps/{stepId}/participants [fixturkedja]", 401, 200, 200, 200,  200,  200,  200,  200,  200,   403,   200},
        {"GET /api/v1/participants/{id}/mapping [deltagarens]",                    401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200},
        {"POST /api/v1/participants/{id}/mapping [fixtur]",                        401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   403},
        {"GET /api/v1/participants/{id}/gaps [deltagarens]",                       401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200},
        {"GET /api/v1/participants/{id}/plans [deltagarens]",                      401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200},
        {"POST /api/v1/participants/{id}/plans [fixtur]",                          401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403},
        {"PUT /api/v1/participants/{id}/plans/{planId} [fixtur]",                  401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/participants/{id}/plans/{planId}/revisions/{revision} [fixtur]", 401, 403, 200, 200, 403, 200,  403,  200,  200,   403,   403},
        {"POST /api/v1/participants/{id}/plans/{planId}/revisions/{revision}/agreement [fixtur]", 401, 403, 200, 200, 403, 403, 403, 403, 403, 403, 403},
        {"GET /api/v1/taxonomy/concepts",                                           401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"GET /api/v1/taxonomy/concepts/{id} [Undersköterskor]",                    401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"GET /api/v1/taxonomy/concepts/{id}/children [Undersköterskor]",           401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"POST /api/v1/taxonomy/imports [oförändrade körkort]",                     401, 200,  403,  403,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/taxonomy/imports",                                            401, 200,  403,  403,  403,  403,  403,  403,  403,   403,   403},
        // Profiles and ladders are not personal data: everyone signed in reads what is published; the owning
        // organisation's admins, coordinators and employer managers write; platform templates: the host's admins.
        //  [Älvstad omsorg]  owned by Älvstad's elder-care administration (chef, handledare)
        //  [Älvstad AF]      owned by Älvstad's labour-market administration (admin.alvstad, koordinator, deltagare)
        // endpoint                                                                anon admin a.alv koord k.ber chef c.priv handl larare analyt deltag
        {"GET /api/v1/profiles",                                                    401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"POST /api/v1/profiles",                                                   401, 201,  201,  201,  201,  201,  201,  403,  403,   403,   403},
        {"POST /api/v1/profiles [mall]",                                            401, 201,  403,  403,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/profiles/{profileId} [publicerad, Älvstad omsorg]",           401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"GET /api/v1/profiles/{profileId}/versions [Älvstad omsorg]",              401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"POST /api/v1/profiles/{profileId}/versions [Älvstad omsorg]",             401, 403,  403,  403,  403,  201,  403,  403,  403,   403,   403},
        {"GET /api/v1/profiles/versions/{versionId} [publicerad]",                  401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"GET /api/v1/profiles/versions/{versionId} [utkast, Älvstad omsorg]",      401, 403,  403,  403,  403,  200,  403,  200,  403,   403,   403},
        {"PUT /api/v1/profiles/versions/{versionId} [utkast, Älvstad omsorg]",      401, 403,  403,  403,  403,  200,  403,  403,  403,   403,   403},
        {"PUT /api/v1/profiles/versions/{versionId} [utkast, Älvstad AF]",          401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403},
        {"DELETE /api/v1/profiles/versions/{versionId} [utkast, Älvstad omsorg]",   401, 403,  403,  403,  403,  204,  403,  403,  403,   403,   403},
        {"POST /api/v1/profiles/versions/{versionId}/publication [Älvstad omsorg]", 401, 403,  403,  403,  403,  200,  403,  403,  403,   403,   403},
        {"POST /api/v1/profiles/versions/{versionId}/retirement [Älvstad omsorg]",  401, 403,  403,  403,  403,  200,  403,  403,  403,   403,   403},
        {"GET /api/v1/ladders",                                                     401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"POST /api/v1/ladders",                                                    401, 201,  201,  201,  201,  201,  201,  403,  403,   403,   403},
        {"POST /api/v1/ladders [mall]",                                             401, 201,  403,  403,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/ladders/{id} [Älvstad omsorg]",                               401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"PUT /api/v1/ladders/{id} [Älvstad omsorg]",                               401, 403,  403,  403,  403,  200,  403,  403,  403,   403,   403},
        {"PUT /api/v1/ladders/{id} [Älvstad AF]",                                   401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403},
        {"GET /api/v1/ladder-templates",                                            401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200},
        {"POST /api/v1/ladder-templates/{id}/copies",                               401, 201,  201,  201,  201,  201,  201,  403,  403,   403,   403},
    };

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private final Map<String, Function<ApiClient, Response>> calls = new LinkedHashMap<>();

    private UUID alvstadLabourMarket;
    private UUID alvstadCare;
    private UUID bergsjoLabourMarket;
    private UUID sfiSchool;
    private UUID koordinatorId;
    private UUID handledareId;
    private UUID linkedParticipant;
    private UUID bergsjoParticipant;
    private UUID consentOnlyParticipant;
    private UUID sharedWithPrivateParticipant;
    private UUID fixtureParticipant;
    private UUID demoUnit;
    private UUID fixtureUnit;
    private UUID fixtureUser;
    private UUID nursingAssistants;
    private String fixtureLadder;
    private String fixtureStep;
    private String fixtureProfileVersion;
    private String fixtureItem;
    private String fixturePlan;
    private UUID templateProfileVersion;
    private UUID elderCareTemplate;
    private JsonNode careProfile;
    private JsonNode careDraft;
    private JsonNode labourMarketDraft;
    private UUID careLadder;
    private UUID labourMarketLadder;

    @BeforeAll
    void setUp() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        ApiClient bergsjo = as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR);
        ApiClient adminAlvstad = as(DemoUsers.ADMIN);

        JsonNode me = ok(koordinator.get("/api/v1/me"));
        alvstadLabourMarket = uuid(me.path("organisationId"));
        koordinatorId = uuid(me.path("id"));
        alvstadCare = uuid(ok(as(DemoUsers.EMPLOYER_MANAGER).get("/api/v1/me")).path("organisationId"));
        bergsjoLabourMarket = uuid(ok(bergsjo.get("/api/v1/me")).path("organisationId"));
        sfiSchool = uuid(ok(as(DemoUsers.TEACHER).get("/api/v1/me")).path("organisationId"));
        handledareId = uuid(ok(as(DemoUsers.SUPERVISOR).get("/api/v1/me")).path("id"));
        linkedParticipant = uuid(ok(as(DemoUsers.PARTICIPANT).get("/api/v1/me")).path("participantId"));

        bergsjoParticipant = findParticipant(bergsjo, "Erik", "Holm", bergsjoLabourMarket);
        sharedWithPrivateParticipant = findParticipant(bergsjo, "Layla", "Khalil", bergsjoLabourMarket);
        consentOnlyParticipant = findParticipant(koordinator, "Lena", "Karlsson", alvstadLabourMarket);

        for (JsonNode unit : ok(koordinator.get("/api/v1/organisations/" + alvstadLabourMarket + "/units?size=100")).path("items")) {
            if ("Fastighetsservice Älvstad".equals(unit.path("name").asString())) {
                demoUnit = uuid(unit.path("id"));
            }
        }
        assertThat(demoUnit).as("demo unit Fastighetsservice Älvstad").isNotNull();

        fixtureParticipant = uuid(created(koordinator.post("/api/v1/participants",
                ParticipantJson.aParticipant().with("firstName", "Matris").build())).path("id"));
        created(koordinator.post("/api/v1/participants/" + fixtureParticipant + "/consents", consentBody()));
        created(koordinator.post("/api/v1/participants/" + fixtureParticipant + "/supervisions", Map.of(
                "supervisorId", handledareId, "startsOn", today().minusDays(3).toString())));
        fixtureUnit = uuid(created(adminAlvstad.post("/api/v1/organisations/" + alvstadLabourMarket + "/units",
                Map.of("name", "Matrisenhet " + System.nanoTime(), "kind", "OFFICE", "address", "Exempelgatan 1")))
                .path("id"));
        fixtureUser = uuid(created(adminAlvstad.post("/api/v1/users", userBody())).path("id"));
        nursingAssistants = uuid(ok(koordinator.get("/api/v1/taxonomy/concepts?type=SSYK_LEVEL_3&query=532"))
                .path("items").get(0).path("id"));

        JsonNode templates = ok(koordinator.get("/api/v1/ladder-templates"));
        JsonNode ladder = created(koordinator.post("/api/v1/ladder-templates/" + templates.get(0).path("id").asString()
                + "/copies", Map.of("name", "Matriskedja " + System.nanoTime())));
        fixtureLadder = ladder.path("id").asString();
        JsonNode step = ladder.path("steps").valueStream().filter(s -> !s.path("profileVersionId").isNull())
                .findFirst().orElseThrow();
        fixtureStep = step.path("id").asString();
        fixtureProfileVersion = step.path("profileVersionId").asString();
        fixtureItem = ok(koordinator.get("/api/v1/profiles/versions/" + fixtureProfileVersion)).path("items").get(0)
                .path("itemKey").asString();
        fixturePlan = created(koordinator.post("/api/v1/participants/" + fixtureParticipant + "/plans", planBody(null)))
                .path("id").asString();

        ApiClient chef = as(DemoUsers.EMPLOYER_MANAGER);
        for (JsonNode template : ok(chef.get("/api/v1/ladder-templates"))) {
            if (template.path("name").asString().startsWith("Kompetenskedja i äldreomsorgen")) {
                elderCareTemplate = uuid(template.path("id"));
            }
        }
        assertThat(elderCareTemplate).as("the elder-care chain template").isNotNull();
        templateProfileVersion = uuid(ok(chef.get("/api/v1/ladders/" + elderCareTemplate)).path("steps").get(0)
                .path("profileVersionId"));
        careProfile = publish(chef, created(chef.post("/api/v1/profiles", profileBody("Matrisprofil"))));
        careDraft = created(chef.post("/api/v1/profiles", profileBody("Matrisutkast")));
        labourMarketDraft = created(koordinator.post("/api/v1/profiles", profileBody("Matrisutkast AF")));
        careLadder = uuid(created(chef.post("/api/v1/ladders", ladderBody())).path("id"));
        labourMarketLadder = uuid(created(koordinator.post("/api/v1/ladders", ladderBody())).path("id"));

        defineCalls();
    }

    private UUID newParticipant(ApiClient koordinator) {
        return uuid(created(koordinator.post("/api/v1/participants",
                ParticipantJson.aParticipant().with("firstName", "Matris").build())).path("id"));
    }

    private Map<String, Object> planBody(Long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("targetProfileVersionId", fixtureProfileVersion);
        body.put("goals", List.of(Map.of("text", "Matrismål", "itemKeys", List.of(fixtureItem))));
        body.put("activities", List.of(Map.of("type", "PLACEMENT", "description", "Praktik", "responsible", "PARTICIPANT",
                "status", "PROPOSED")));
        body.put("consequences", "Vi pratar om det.");
        body.put("version", version);
        return body;
    }

    private long currentPlanVersion(ApiClient koordinator) {
        return ok(koordinator.get("/api/v1/participants/" + fixtureParticipant + "/plans")).valueStream()
                .filter(p -> p.path("id").asString().equals(fixturePlan)).findFirst().orElseThrow()
                .path("version").asLong();
    }

    private void defineCalls() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        ApiClient platformAdmin = as(DemoUsers.PLATFORM_ADMIN);

        calls.put("GET /api/v1/me", c -> c.get("/api/v1/me"));
        calls.put("GET /api/v1/organisations", c -> c.get("/api/v1/organisations"));
        calls.put("GET /api/v1/organisations/{id} [Älvstad]", c -> c.get("/api/v1/organisations/" + alvstadLabourMarket));
        calls.put("POST /api/v1/organisations", c -> c.post("/api/v1/organisations", Map.of(
                "name", "Matrisorganisation " + System.nanoTime(), "type", "CIVIL_SOCIETY", "municipality", "Älvstad")));
        // Writes back exactly what was read (with its version): allowed calls change nothing.
        calls.put("PUT /api/v1/organisations/{id} [Älvstad]", c -> c.put("/api/v1/organisations/" + alvstadLabourMarket,
                ok(platformAdmin.get("/api/v1/organisations/" + alvstadLabourMarket))));
        calls.put("PUT /api/v1/organisations/{id} [Bergsjö org]", c -> c.put("/api/v1/organisations/" + bergsjoLabourMarket,
                ok(platformAdmin.get("/api/v1/organisations/" + bergsjoLabourMarket))));
        calls.put("GET /api/v1/organisations/{id}/units [Älvstad]",
                c -> c.get("/api/v1/organisations/" + alvstadLabourMarket + "/units"));
        calls.put("POST /api/v1/organisations/{id}/units [Älvstad]",
                c -> c.post("/api/v1/organisations/" + alvstadLabourMarket + "/units",
                        Map.of("name", "Matrisenhet " + System.nanoTime(), "kind", "OFFICE")));
        calls.put("GET /api/v1/units/{id} [Fastighetsservice Älvstad]", c -> c.get("/api/v1/units/" + demoUnit));
        calls.put("PUT /api/v1/units/{id} [fixturenhet i Älvstad]", c -> c.put("/api/v1/units/" + fixtureUnit,
                ok(platformAdmin.get("/api/v1/units/" + fixtureUnit))));
        calls.put("GET /api/v1/organisations/{id}/users [Älvstad]",
                c -> c.get("/api/v1/organisations/" + alvstadLabourMarket + "/users"));
        calls.put("GET /api/v1/organisations/{id}/users [Bergsjö org]",
                c -> c.get("/api/v1/organisations/" + bergsjoLabourMarket + "/users"));
        calls.put("POST /api/v1/users [i Älvstad]", c -> c.post("/api/v1/users", userBody()));
        calls.put("GET /api/v1/users/{id} [koordinator]", c -> c.get("/api/v1/users/" + koordinatorId));
        calls.put("PUT /api/v1/users/{id} [fixturanvändare i Älvstad]", c -> c.put("/api/v1/users/" + fixtureUser,
                ok(platformAdmin.get("/api/v1/users/" + fixtureUser))));

        calls.put("GET /api/v1/participants", c -> c.get("/api/v1/participants"));
        calls.put("POST /api/v1/participants", c -> c.post("/api/v1/participants",
                ParticipantJson.aParticipant().with("firstName", "Matris").build()));
        calls.put("GET /api/v1/participants/{id} [deltagarens]", c -> c.get("/api/v1/participants/" + linkedParticipant));
        calls.put("GET /api/v1/participants/{id} [Bergsjö]", c -> c.get("/api/v1/participants/" + bergsjoParticipant));
        calls.put("GET /api/v1/participants/{id} [samtycke]", c -> c.get("/api/v1/participants/" + consentOnlyParticipant));
        calls.put("GET /api/v1/participants/{id} [Bergsjö→privat]",
                c -> c.get("/api/v1/participants/" + sharedWithPrivateParticipant));
        calls.put("PUT /api/v1/participants/{id} [fixtur]", c -> {
            ObjectNode current = (ObjectNode) ok(koordinator.get("/api/v1/participants/" + fixtureParticipant));
            current.put("interests", "Ändrad i behörighetsmatrisen " + System.nanoTime());
            return c.put("/api/v1/participants/" + fixtureParticipant, current);
        });
        // The demo participant's own values, written back with the version just read: allowed calls change nothing.
        calls.put("PUT /api/v1/participants/{id} [deltagarens]", c -> c.put("/api/v1/participants/" + linkedParticipant,
                ok(koordinator.get("/api/v1/participants/" + linkedParticipant))));
        calls.put("GET /api/v1/participants/{id}/consents [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/consents"));
        calls.put("GET /api/v1/participants/{id}/consents [Bergsjö]",
                c -> c.get("/api/v1/participants/" + bergsjoParticipant + "/consents"));
        calls.put("POST /api/v1/participants/{id}/consents [fixtur]",
                c -> c.post("/api/v1/participants/" + fixtureParticipant + "/consents", consentBody()));
        calls.put("POST /api/v1/participants/{id}/consents/{consentId}/withdrawal [fixtur]", c -> {
            UUID consent = uuid(created(koordinator.post("/api/v1/participants/" + fixtureParticipant + "/consents",
                    consentBody())).path("id"));
            return c.post("/api/v1/participants/" + fixtureParticipant + "/consents/" + consent + "/withdrawal", null);
        });
        calls.put("GET /api/v1/participants/{id}/supervisions [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/supervisions"));
        calls.put("GET /api/v1/participants/{id}/supervisions [Bergsjö]",
                c -> c.get("/api/v1/participants/" + bergsjoParticipant + "/supervisions"));
        // An ended supervision: adds history without giving anybody access.
        calls.put("POST /api/v1/participants/{id}/supervisions [fixtur]",
                c -> c.post("/api/v1/participants/" + fixtureParticipant + "/supervisions", Map.of(
                        "supervisorId", handledareId, "unitId", demoUnit,
                        "startsOn", today().minusDays(60).toString(), "endsOn", today().minusDays(30).toString())));
        calls.put("GET /api/v1/participants/{id}/access-log [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/access-log"));
        calls.put("GET /api/v1/participants/{id}/access-log [Bergsjö]",
                c -> c.get("/api/v1/participants/" + bergsjoParticipant + "/access-log"));
        calls.put("GET /api/v1/audit-entries", c -> c.get("/api/v1/audit-entries?size=5"));

        calls.put("GET /api/v1/participants/{id}/journeys [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/journeys"));
        calls.put("POST /api/v1/participants/{id}/journeys [ny deltagare]", c -> c.post("/api/v1/participants/"
                + newParticipant(koordinator) + "/journeys", Map.of("ladderId", fixtureLadder, "on", today().toString())));
        calls.put("POST /api/v1/participants/{id}/journeys/{journeyId}/events [ny deltagare]", c -> {
            UUID participant = newParticipant(koordinator);
            JsonNode journey = created(koordinator.post("/api/v1/participants/" + participant + "/journeys",
                    Map.of("ladderId", fixtureLadder, "on", today().toString())));
            return c.post("/api/v1/participants/" + participant + "/journeys/" + journey.path("id").asString() + "/events",
                    Map.of("type", "PAUSED", "on", today().toString(), "version", journey.path("version").asLong()));
        });
        calls.put("GET /api/v1/ladders/{ladderId}/steps/{stepId}/participants [fixturkedja]",
                c -> c.get("/api/v1/ladders/" + fixtureLadder + "/steps/" + fixtureStep + "/participants"));
        calls.put("GET /api/v1/participants/{id}/mapping [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/mapping"));
        calls.put("POST /api/v1/participants/{id}/mapping [fixtur]", c -> c.post("/api/v1/participants/"
                + fixtureParticipant + "/mapping", Map.of("profileVersionId", fixtureProfileVersion, "levels", List.of(
                Map.of("itemKey", fixtureItem, "level", 1, "source", "STAFF_ASSESSMENT", "assessedOn", today().toString())))));
        calls.put("GET /api/v1/participants/{id}/gaps [deltagarens]", c -> c.get("/api/v1/participants/"
                + linkedParticipant + "/gaps?profileVersionId=" + fixtureProfileVersion));
        calls.put("GET /api/v1/participants/{id}/plans [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/plans"));
        calls.put("POST /api/v1/participants/{id}/plans [fixtur]",
                c -> c.post("/api/v1/participants/" + fixtureParticipant + "/plans", planBody(null)));
        calls.put("PUT /api/v1/participants/{id}/plans/{planId} [fixtur]", c -> c.put("/api/v1/participants/"
                + fixtureParticipant + "/plans/" + fixturePlan, planBody(currentPlanVersion(koordinator))));
        calls.put("GET /api/v1/participants/{id}/plans/{planId}/revisions/{revision} [fixtur]",
                c -> c.get("/api/v1/participants/" + fixtureParticipant + "/plans/" + fixturePlan + "/revisions/1"));
        calls.put("POST /api/v1/participants/{id}/plans/{planId}/revisions/{revision}/agreement [fixtur]", c -> {
            JsonNode revised = ok(koordinator.put("/api/v1/participants/" + fixtureParticipant + "/plans/" + fixturePlan,
                    planBody(currentPlanVersion(koordinator))));
            return c.post("/api/v1/participants/" + fixtureParticipant + "/plans/" + fixturePlan + "/revisions/"
                    + revised.path("revision").asInt() + "/agreement", null);
        });

        calls.put("GET /api/v1/taxonomy/concepts", c -> c.get("/api/v1/taxonomy/concepts?query=undersk&size=5"));
        calls.put("GET /api/v1/taxonomy/concepts/{id} [Undersköterskor]",
                c -> c.get("/api/v1/taxonomy/concepts/" + nursingAssistants));
        calls.put("GET /api/v1/taxonomy/concepts/{id}/children [Undersköterskor]",
                c -> c.get("/api/v1/taxonomy/concepts/" + nursingAssistants + "/children"));
        calls.put("POST /api/v1/taxonomy/imports [oförändrade körkort]",
                c -> c.postFiles("/api/v1/taxonomy/imports", Map.of("concepts", TaxonomyExports.drivingLicences())));
        calls.put("GET /api/v1/taxonomy/imports", c -> c.get("/api/v1/taxonomy/imports?size=5"));
        ApiClient chef = as(DemoUsers.EMPLOYER_MANAGER);
        String careProfileId = careProfile.path("profileId").asString();
        calls.put("GET /api/v1/profiles", c -> c.get("/api/v1/profiles"));
        calls.put("POST /api/v1/profiles", c -> c.post("/api/v1/profiles", profileBody("Matrisprofil")));
        calls.put("POST /api/v1/profiles [mall]", c -> {
            Map<String, Object> body = profileBody("Matrismall");
            body.put("template", true);
            return c.post("/api/v1/profiles", body);
        });
        calls.put("GET /api/v1/profiles/{profileId} [publicerad, Älvstad omsorg]",
                c -> c.get("/api/v1/profiles/" + careProfileId));
        calls.put("GET /api/v1/profiles/{profileId}/versions [Älvstad omsorg]",
                c -> c.get("/api/v1/profiles/" + careProfileId + "/versions"));
        // The one allowed call starts a new draft: throw away a draft left by an earlier run first.
        calls.put("POST /api/v1/profiles/{profileId}/versions [Älvstad omsorg]", c -> {
            for (JsonNode version : ok(chef.get("/api/v1/profiles/" + careProfileId + "/versions"))) {
                if ("DRAFT".equals(version.path("status").asString())) {
                    chef.delete("/api/v1/profiles/versions/" + version.path("versionId").asString());
                }
            }
            return c.post("/api/v1/profiles/" + careProfileId + "/versions", null);
        });
        calls.put("GET /api/v1/profiles/versions/{versionId} [publicerad]",
                c -> c.get("/api/v1/profiles/versions/" + templateProfileVersion));
        calls.put("GET /api/v1/profiles/versions/{versionId} [utkast, Älvstad omsorg]",
                c -> c.get("/api/v1/profiles/versions/" + careDraft.path("versionId").asString()));
        // Writes back exactly what was read (with its lockVersion): allowed calls change nothing.
        calls.put("PUT /api/v1/profiles/versions/{versionId} [utkast, Älvstad omsorg]", c -> {
            String path = "/api/v1/profiles/versions/" + careDraft.path("versionId").asString();
            return c.put(path, ok(chef.get(path)));
        });
        calls.put("PUT /api/v1/profiles/versions/{versionId} [utkast, Älvstad AF]", c -> {
            String path = "/api/v1/profiles/versions/" + labourMarketDraft.path("versionId").asString();
            return c.put(path, ok(koordinator.get(path)));
        });
        calls.put("DELETE /api/v1/profiles/versions/{versionId} [utkast, Älvstad omsorg]", c -> c.delete(
                "/api/v1/profiles/versions/" + created(chef.post("/api/v1/profiles", profileBody("Kastas")))
                        .path("versionId").asString()));
        calls.put("POST /api/v1/profiles/versions/{versionId}/publication [Älvstad omsorg]", c -> {
            JsonNode draft = created(chef.post("/api/v1/profiles", profileBody("Publiceras")));
            return c.post("/api/v1/profiles/versions/" + draft.path("versionId").asString() + "/publication",
                    Map.of("lockVersion", draft.path("lockVersion").asLong()));
        });
        calls.put("POST /api/v1/profiles/versions/{versionId}/retirement [Älvstad omsorg]", c -> {
            JsonNode published = publish(chef, created(chef.post("/api/v1/profiles", profileBody("Pensioneras"))));
            return c.post("/api/v1/profiles/versions/" + published.path("versionId").asString() + "/retirement",
                    Map.of("lockVersion", published.path("lockVersion").asLong()));
        });
        calls.put("GET /api/v1/ladders", c -> c.get("/api/v1/ladders"));
        calls.put("POST /api/v1/ladders", c -> c.post("/api/v1/ladders", ladderBody()));
        calls.put("POST /api/v1/ladders [mall]", c -> {
            Map<String, Object> body = ladderBody();
            body.put("template", true);
            return c.post("/api/v1/ladders", body);
        });
        calls.put("GET /api/v1/ladders/{id} [Älvstad omsorg]", c -> c.get("/api/v1/ladders/" + careLadder));
        calls.put("PUT /api/v1/ladders/{id} [Älvstad omsorg]", c -> c.put("/api/v1/ladders/" + careLadder,
                ok(chef.get("/api/v1/ladders/" + careLadder))));
        calls.put("PUT /api/v1/ladders/{id} [Älvstad AF]", c -> c.put("/api/v1/ladders/" + labourMarketLadder,
                ok(koordinator.get("/api/v1/ladders/" + labourMarketLadder))));
        calls.put("GET /api/v1/ladder-templates", c -> c.get("/api/v1/ladder-templates"));
        calls.put("POST /api/v1/ladder-templates/{id}/copies",
                c -> c.post("/api/v1/ladder-templates/" + elderCareTemplate + "/copies", Map.of("name", "Matriskopia")));
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Object[] row : MATRIX) {
            for (int column = 0; column < CALLERS.size(); column++) {
                cells.add(Arguments.of(row[0], CALLERS.get(column), row[column + 1]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} som {1} → {2}")
    @MethodSource("cells")
    void accessIsAsInTheMatrix(String endpoint, String caller, int expected) {
        Function<ApiClient, Response> call = calls.get(endpoint);
        assertThat(call).as("no call defined for " + endpoint).isNotNull();
        ApiClient client = ANONYMOUS.equals(caller) ? ApiClient.anonymous(port) : as(caller);

        Response response = call.apply(client);

        assertThat(response.status()).as("%s as %s answered %s", endpoint, caller, response.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).as("content type of a refusal").startsWith("application/problem+json");
            assertThat(response.json().path("status").asInt()).isEqualTo(expected);
        }
    }

    @Test
    void matrixIsWellFormed() {
        Set<String> keys = new TreeSet<>();
        for (Object[] row : MATRIX) {
            assertThat(row).as("row %s: endpoint plus one status per caller", row[0]).hasSize(CALLERS.size() + 1);
            assertThat(keys.add((String) row[0])).as("duplicate row " + row[0]).isTrue();
            assertThat(row[1]).as("anonymous on " + row[0]).isEqualTo(401);
        }
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void everyApiEndpointHasARowInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1")) {
                    continue;
                }
                assertThat(methods).as("%s must name its HTTP method(s)", pattern).isNotEmpty();
                methods.forEach(method -> mapped.add(method.name() + " " + pattern));
            }
        }
        Set<String> inMatrix = new TreeSet<>();
        for (Object[] row : MATRIX) {
            String[] parts = ((String) row[0]).split(" ");
            inMatrix.add(parts[0] + " " + parts[1]);
        }
        assertThat(mapped).as("API endpoints").isNotEmpty();
        assertThat(inMatrix).as("endpoints in the access matrix (every API endpoint needs a row, and no row may "
                + "name an endpoint that does not exist)").containsExactlyInAnyOrderElementsOf(mapped);
    }

    // --- helpers ---

    private ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    private Map<String, Object> consentBody() {
        return Map.of("purpose", "Behörighetsmatrisens test", "organisationIds", List.of(alvstadCare, sfiSchool),
                "givenOn", today().minusDays(1).toString(), "validUntil", today().plusYears(1).toString());
    }

    /** A small valid requirement profile: one item, one task that needs it. */
    private static Map<String, Object> profileBody(String title) {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title + " " + System.nanoTime());
        body.put("items", List.of(Map.of("itemKey", key, "type", "SKILL", "text", "Sköter disken",
                "easyText", "Jag kan diska.", "targetLevel", 2, "mandatory", true)));
        body.put("tasks", List.of(Map.of("text", "Diska", "easyText", "Diska.", "itemKeys", List.of(key))));
        return body;
    }

    /** A small valid ladder: one step whose exit requirement is a template's published profile. */
    private Map<String, Object> ladderBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Matrisstegmodell " + System.nanoTime());
        body.put("steps", List.of(Map.of("name", "Introduktion", "type", "INTRODUCTION",
                "profileVersionId", templateProfileVersion.toString(), "typicalWeeks", 4, "maxWeeks", 8,
                "decider", "COORDINATOR")));
        return body;
    }

    private static JsonNode publish(ApiClient client, JsonNode draft) {
        return ok(client.post("/api/v1/profiles/versions/" + draft.path("versionId").asString() + "/publication",
                Map.of("lockVersion", draft.path("lockVersion").asLong())));
    }

    private Map<String, Object> userBody() {
        return Map.of("organisationId", alvstadLabourMarket, "username", "matris." + System.nanoTime(),
                "displayName", "Matris Testsson", "role", "TEACHER", "enabled", false);
    }

    private UUID findParticipant(ApiClient client, String firstName, String lastName, UUID organisation) {
        String query = URLEncoder.encode(firstName + " " + lastName, StandardCharsets.UTF_8);
        for (JsonNode item : ok(client.get("/api/v1/participants?size=100&query=" + query)).path("items")) {
            if (firstName.equals(item.path("firstName").asString()) && lastName.equals(item.path("lastName").asString())
                    && organisation.equals(uuid(item.path("organisationId")))) {
                return uuid(item.path("id"));
            }
        }
        throw new AssertionError("demo participant " + firstName + " " + lastName + " not found");
    }

    private static LocalDate today() {
        return LocalDate.now(SWEDEN);
    }
}
