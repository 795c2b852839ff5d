package se.kompetenskedjan.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.CommandShapes.asCommandMap;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.profiles.ProfileJson.item;
import static se.kompetenskedjan.profiles.ProfileJson.ladder;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.profiles.ProfileJson.profile;
import static se.kompetenskedjan.profiles.ProfileJson.step;
import static se.kompetenskedjan.support.ApiResponses.uuid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import tools.jackson.databind.JsonNode;

/** Ladders and templates through the REST API, end to end on PostgreSQL. */
@ApiTest
class LadderApiTests {

    static final String LADDERS = "/api/v1/ladders";
    static final String TEMPLATES = "/api/v1/ladder-templates";
    static final String ELDER_CARE_CHAIN = "Kompetenskedja i äldreomsorgen – från introduktion till undersköterska";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    /** This test's own accounts by username; any other name is a demo account (the platform admin, ...). */
    final Map<String, TestUser> accounts = new HashMap<>();
    String employerManager;
    String privateManager;
    String otherCoordinator;
    String coordinator;
    String supervisor;
    String municipalityAdmin;

    /** An employer (the care administration) with a manager and a supervisor, and outsiders. */
    @BeforeEach
    void organisationsAndAccounts() {
        IdentityTestData identity = new IdentityTestData(context);
        TestOrganisation care = identity.organisation().name("Omsorgsförvaltningen").create();
        employerManager = account(identity.user(care, Role.EMPLOYER_MANAGER).create());
        supervisor = account(identity.user(care, Role.SUPERVISOR).create());
        municipalityAdmin = account(identity.user(care, Role.ADMIN).create());
        coordinator = account(identity.user(identity.organisation().name("Arbetsmarknadsförvaltningen").create(),
                Role.COORDINATOR).create());
        otherCoordinator = account(identity.user(identity.organisation().name("Grannkommunen").create(),
                Role.COORDINATOR).create());
        privateManager = account(identity.user(identity.organisation().name("Omsorgsbolaget")
                .type(OrganisationType.PRIVATE_EMPLOYER).create(), Role.EMPLOYER_MANAGER).create());
    }

    private String account(TestUser user) {
        accounts.put(user.username(), user);
        return user.username();
    }

    ApiClient as(String username) {
        TestUser own = accounts.get(username);
        return own != null ? own.api(port) : ApiClient.as(port, username);
    }

    JsonNode template(String name) {
        for (JsonNode summary : ok(as(employerManager).get(TEMPLATES))) {
            if (name.equals(summary.path("name").asString())) {
                return ok(as(employerManager).get(LADDERS + "/" + summary.path("id").asString()));
            }
        }
        throw new AssertionError("no template " + name);
    }

    JsonNode version(UUID versionId) {
        return ok(as(employerManager).get("/api/v1/profiles/versions/" + versionId));
    }

    @Test
    void anEmployerCopiesATemplateWithItsProfilesAndAdaptsTheCopy() {
        ApiClient chef = as(employerManager);
        JsonNode template = template(ELDER_CARE_CHAIN);
        UUID employersOrganisation = uuid(ok(chef.get("/api/v1/me")).path("organisationId"));

        JsonNode copy = created(chef.post(TEMPLATES + "/" + template.path("id").asString() + "/copies",
                Map.of("name", "Vår kedja i hemtjänsten")));

        assertThat(copy.path("name").asString()).isEqualTo("Vår kedja i hemtjänsten");
        assertThat(copy.path("easyName").asString()).isEqualTo(template.path("easyName").asString());
        assertThat(copy.path("template").asBoolean()).isFalse();
        assertThat(uuid(copy.path("organisationId"))).isEqualTo(employersOrganisation);
        assertThat(copy.path("copiedFrom").asString()).isEqualTo(template.path("id").asString());
        assertThat(copy.path("steps")).hasSize(template.path("steps").size());
        Set<String> copiedStepIds = new HashSet<>();
        copy.path("steps").forEach(s -> copiedStepIds.add(s.path("id").asString()));
        for (int i = 0; i < copy.path("steps").size(); i++) {
            JsonNode original = template.path("steps").get(i);
            JsonNode step = copy.path("steps").get(i);
            assertThat(step.path("name").asString()).isEqualTo(original.path("name").asString());
            assertThat(step.path("id").asString()).isNotEqualTo(original.path("id").asString());
            assertThat(step.path("sideTrack").asBoolean()).isEqualTo(original.path("sideTrack").asBoolean());
            assertThat(step.path("nextStepIds")).hasSize(original.path("nextStepIds").size());
            step.path("nextStepIds").forEach(n -> assertThat(copiedStepIds).contains(n.asString()));

            JsonNode originalProfile = version(UUID.fromString(original.path("profileVersionId").asString()));
            JsonNode copiedProfile = version(UUID.fromString(step.path("profileVersionId").asString()));
            assertThat(copiedProfile.path("profileId").asString()).isNotEqualTo(originalProfile.path("profileId").asString());
            assertThat(copiedProfile.path("status").asString()).isEqualTo("PUBLISHED");
            assertThat(copiedProfile.path("version").asInt()).isEqualTo(1);
            assertThat(uuid(copiedProfile.path("organisationId"))).isEqualTo(employersOrganisation);
            assertThat(copiedProfile.path("title").asString()).isEqualTo(originalProfile.path("title").asString());
            assertThat(copiedProfile.path("items")).hasSize(originalProfile.path("items").size());
            Set<UUID> copiedKeys = new HashSet<>(ProfileApiTests.keys(copiedProfile));
            assertThat(copiedKeys).as("new item keys: an item key belongs to one profile")
                    .doesNotContainAnyElementsOf(ProfileApiTests.keys(originalProfile));
            assertThat(step.path("exitItemKeys")).hasSize(original.path("exitItemKeys").size());
            step.path("exitItemKeys").forEach(k -> assertThat(copiedKeys).contains(UUID.fromString(k.asString())));
        }
        assertThat(template(ELDER_CARE_CHAIN))
                .as("the template is unchanged").isEqualTo(template);

        // Adapt the copy: rename the first step, add a last step that the old last step leads to.
        Map<String, Object> change = asCommandMap(copy, LadderCommand.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = new ArrayList<>((List<Map<String, Object>>) change.get("steps"));
        steps.get(0).put("name", "Introduktion hos oss");
        UUID newStep = UUID.randomUUID();
        Map<String, Object> last = steps.get(steps.size() - 1);
        last.put("nextStepIds", List.of(newStep.toString()));
        steps.add(step(newStep, "Specialistundersköterska i demensvård", UUID.fromString((String) last.get("profileVersionId")),
                null, null, List.of()));
        change.put("steps", steps);
        JsonNode adapted = ok(chef.put(LADDERS + "/" + copy.path("id").asString(), change));
        assertThat(adapted.path("steps").get(0).path("name").asString()).isEqualTo("Introduktion hos oss");
        assertThat(adapted.path("steps").get(0).path("id").asString()).isEqualTo(copy.path("steps").get(0).path("id").asString());
        assertThat(adapted.path("steps")).hasSize(copy.path("steps").size() + 1);
        assertThat(adapted.path("steps").get(steps.size() - 1).path("id").asString()).isEqualTo(newStep.toString());
        assertThat(adapted.path("lockVersion").asLong()).isGreaterThan(copy.path("lockVersion").asLong());

        // Someone else, or a stale version: refused, nothing saved.
        change.put("lockVersion", adapted.path("lockVersion").asLong());
        change.put("name", "Kapad");
        for (String other : List.of(privateManager, otherCoordinator,
                coordinator, supervisor, DemoUsers.PLATFORM_ADMIN)) {
            assertThat(as(other).put(LADDERS + "/" + copy.path("id").asString(), change).status()).as(other).isEqualTo(403);
        }
        change.put("lockVersion", copy.path("lockVersion").asLong());
        Response stale = chef.put(LADDERS + "/" + copy.path("id").asString(), change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(ok(chef.get(LADDERS + "/" + copy.path("id").asString()))).isEqualTo(adapted);
        assertThat(as(supervisor).post(TEMPLATES + "/" + template.path("id").asString() + "/copies", null)
                .status()).isEqualTo(403);
    }

    @Test
    void stepsAreRemovedAndReorderedInOneSaveAndKeepTheirIds() {
        ApiClient chef = as(employerManager);
        JsonNode copy = created(chef.post(TEMPLATES + "/" + template(ELDER_CARE_CHAIN).path("id").asString() + "/copies",
                null));
        Map<String, Object> change = asCommandMap(copy, LadderCommand.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = new ArrayList<>((List<Map<String, Object>>) change.get("steps"));
        // Drop the side track (step 4) that step 3 leads to, and move the introduction after the shadowing.
        Map<String, Object> sideTrack = steps.remove(3);
        assertThat(sideTrack.get("sideTrack")).isEqualTo(true);
        steps.get(2).put("nextStepIds", List.of(steps.get(3).get("id")));
        Map<String, Object> introduction = steps.remove(0);
        introduction.put("nextStepIds", List.of(steps.get(1).get("id")));
        steps.get(0).put("nextStepIds", List.of(introduction.get("id")));
        steps.add(1, introduction);
        change.put("steps", steps);

        JsonNode saved = ok(chef.put(LADDERS + "/" + copy.path("id").asString(), change));

        assertThat(saved.path("steps").findValuesAsString("name")).containsExactly("Skuggning som serviceassistent",
                "Förberedande introduktion", "Serviceassistent med lönestöd (BEA)", "Servicebiträde (AB-anställning)",
                "Vårdbiträde", "Undersköterska");
        assertThat(saved.path("steps").get(1).path("id").asString()).isEqualTo(copy.path("steps").get(0).path("id").asString());
        assertThat(saved.path("steps").get(1).path("position").asInt()).isEqualTo(2);
        assertThat(saved.path("steps").findValuesAsString("id")).doesNotContain((String) sideTrack.get("id"));
        assertThat(ok(chef.get(LADDERS + "/" + copy.path("id").asString()))).isEqualTo(saved);
    }

    @Test
    void badLaddersAreRefusedWithSwedishFieldMessagesAndSaveNothing() {
        ApiClient chef = as(employerManager);
        JsonNode template = template(ELDER_CARE_CHAIN);
        UUID published = UUID.fromString(template.path("steps").get(1).path("profileVersionId").asString());
        UUID otherLaddersStep = UUID.fromString(template.path("steps").get(1).path("id").asString());
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        JsonNode ladder = created(chef.post(LADDERS, ladder("Liten stegmodell", List.of(
                step(first, "Praktik", published, 8, 12, List.of(second)),
                step(second, "Anställning", null, null, null, List.of())))));
        String path = LADDERS + "/" + ladder.path("id").asString();
        long laddersBefore = jdbc.sql("select count(*) from ladder").query(Long.class).single();

        refused(path, ladder, s -> s.put("nextStepIds", List.of(first.toString())), "steps[0].nextStepIds", "sig självt");
        refused(path, ladder, s -> s.put("typicalWeeks", 20), "steps[0].typicalWeeks", "längre än längsta tid");
        refused(path, ladder, s -> s.put("maxWeeks", 105), "steps[0].maxWeeks", "1 till 104");
        refused(path, ladder, s -> s.put("nextStepIds", List.of(UUID.randomUUID().toString())), "steps[0].nextStepIds",
                "finns inte");
        refused(path, ladder, s -> s.put("nextStepIds", List.of(otherLaddersStep.toString())), "steps[0].nextStepIds",
                "samma stegmodell");
        refused(path, ladder, s -> s.put("profileVersionId", UUID.randomUUID().toString()), "steps[0].profileVersionId",
                "finns inte");
        JsonNode draft = created(chef.post("/api/v1/profiles", profile("Ett utkast",
                List.of(item(null, "SKILL", 2, true, "Diskar")), List.of())));
        refused(path, ladder, s -> s.put("profileVersionId", draft.path("versionId").asString()),
                "steps[0].profileVersionId", "publicerad");
        refused(path, ladder, s -> s.put("exitItemKeys", List.of(UUID.randomUUID().toString())), "steps[0].exitItemKeys",
                "valda versionen");
        refused(path, ladder, s -> s.remove("decider"), "steps[0].decider", "bedömer");
        refused(path, ladder, s -> s.put("name", ""), "steps[0].name", "namn");

        // Backwards: the second step leads to the first.
        Map<String, Object> backwards = asCommandMap(ladder, LadderCommand.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) backwards.get("steps");
        steps.get(1).put("nextStepIds", List.of(first.toString()));
        Response cycle = chef.put(path, backwards);
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.fieldError("steps[1].nextStepIds")).contains("senare steg");

        Map<String, Object> noLock = asCommandMap(ladder, LadderCommand.class);
        noLock.remove("lockVersion");
        assertThat(chef.put(path, noLock).fieldError("lockVersion")).contains("lockVersion");

        Response badCreate = chef.post(LADDERS, ladder("Ny men fel", List.of(
                step(first, "Praktik", published, 30, 12, List.of()))));
        assertThat(badCreate.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from ladder").query(Long.class).single()).isEqualTo(laddersBefore);
        assertThat(ok(chef.get(path))).as("nothing half-saved").isEqualTo(ladder);
        assertThat(chef.get(LADDERS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(chef.post(TEMPLATES + "/" + ladder.path("id").asString() + "/copies", null).status())
                .as("only templates are copied").isEqualTo(404);
    }

    private void refused(String path, JsonNode ladder, Consumer<Map<String, Object>> breakFirstStep, String field,
            String message) {
        Map<String, Object> change = asCommandMap(ladder, LadderCommand.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) change.get("steps");
        breakFirstStep.accept(steps.get(0));
        Response response = as(employerManager).put(path, change);
        assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.fieldError(field)).as(response.body()).isNotNull().contains(message);
    }

    @Test
    void theDemoRegionHasAlvstadsOwnCopyOfTheElderCareChainWithHistory() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        UUID alvstadCare = uuid(ok(as(DemoUsers.EMPLOYER_MANAGER).get("/api/v1/me")).path("organisationId"));
        JsonNode summary = null;
        for (JsonNode row : ok(koordinator.get(LADDERS + "?size=100&organisationId=" + alvstadCare)).path("items")) {
            if (row.path("name").asString().equals("Kompetenskedja äldreomsorg – Älvstads hemtjänst")) {
                summary = row;
            }
        }
        assertThat(summary).as("Älvstad's demo ladder").isNotNull();
        JsonNode ladder = ok(koordinator.get(LADDERS + "/" + summary.path("id").asString()));
        assertThat(ladder.path("copiedFrom").asString()).isEqualTo(template(ELDER_CARE_CHAIN).path("id").asString());

        JsonNode serviceStep = ladder.path("steps").get(4);
        assertThat(serviceStep.path("name").asString()).isEqualTo("Servicebiträde (AB-anställning)");
        JsonNode second = version(UUID.fromString(serviceStep.path("profileVersionId").asString()));
        assertThat(second.path("version").asInt()).isEqualTo(2);
        assertThat(second.path("title").asString()).isEqualTo("Servicebiträde i Älvstads hemtjänst (AB-anställning)");
        JsonNode history = ok(koordinator.get("/api/v1/profiles/" + second.path("profileId").asString() + "/versions"));
        assertThat(history).hasSize(2);
        JsonNode first = version(UUID.fromString(history.get(1).path("versionId").asString()));
        assertThat(first.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(first.path("title").asString()).isEqualTo("Servicebiträde i vård och omsorg (AB-anställning)");
        assertThat(ProfileApiTests.keys(second)).containsAll(ProfileApiTests.keys(first))
                .hasSize(ProfileApiTests.keys(first).size() + 1);
    }

    @Test
    void onlyThePlatformAdminsMakeTemplatesAndEveryoneSignedInReadsThem() {
        JsonNode template = template(ELDER_CARE_CHAIN);
        UUID profileVersion = UUID.fromString(template.path("steps").get(0).path("profileVersionId").asString());
        Map<String, Object> body = ladder("Ny mall " + System.nanoTime(), List.of(
                step(null, "Introduktion", profileVersion, 4, 8, List.of())));
        body.put("template", true);

        assertThat(as(employerManager).post(LADDERS, body).status()).isEqualTo(403);
        assertThat(as(municipalityAdmin).post(LADDERS, body).status()).as("a municipality's admin").isEqualTo(403);
        JsonNode created = created(as(DemoUsers.PLATFORM_ADMIN).post(LADDERS, body));
        assertThat(created.path("template").asBoolean()).isTrue();
        assertThat(created.path("organisationId").isNull()).isTrue();

        assertThat(ok(as(DemoUsers.PARTICIPANT).get(TEMPLATES)).findValuesAsString("id"))
                .contains(created.path("id").asString());
        assertThat(as(DemoUsers.ANALYST).get(LADDERS + "/" + created.path("id").asString()).status()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get(TEMPLATES).status()).isEqualTo(401);
        Map<String, Object> change = asCommandMap(created, LadderCommand.class);
        change.put("name", "Ändrad mall " + System.nanoTime());
        assertThat(as(employerManager).put(LADDERS + "/" + created.path("id").asString(), change).status())
                .isEqualTo(403);
        assertThat(ok(as(DemoUsers.PLATFORM_ADMIN).put(LADDERS + "/" + created.path("id").asString(), change))
                .path("name").asString()).startsWith("Ändrad mall");
    }

    @Test
    void everyEndpointIsInTheOpenApiDocumentUnderASwedishTag() {
        JsonNode docs = ok(ApiClient.anonymous(port).get("/v3/api-docs"));
        assertThat(docs.path("paths").propertyNames()).contains("/api/v1/profiles", "/api/v1/profiles/{profileId}",
                "/api/v1/profiles/{profileId}/versions", "/api/v1/profiles/versions/{versionId}",
                "/api/v1/profiles/versions/{versionId}/publication", "/api/v1/profiles/versions/{versionId}/retirement",
                "/api/v1/ladders", "/api/v1/ladders/{id}", "/api/v1/ladder-templates",
                "/api/v1/ladder-templates/{id}/copies");
        assertThat(docs.path("tags").findValuesAsString("name")).contains("Kravprofiler", "Stegmodeller");
        assertThat(docs.path("components").path("schemas").propertyNames()).contains("ProfileCommand",
                "ProfileVersionView", "LadderCommand", "LadderView", "StepView", "RequirementItemView");
    }
}
