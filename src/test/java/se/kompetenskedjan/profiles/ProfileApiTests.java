package se.kompetenskedjan.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.CommandShapes.asCommandMap;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.profiles.ProfileJson.item;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.profiles.ProfileJson.profile;
import static se.kompetenskedjan.profiles.ProfileJson.task;
import static se.kompetenskedjan.support.ApiResponses.uuid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import tools.jackson.databind.JsonNode;

/** Requirement profiles through the REST API, end to end on PostgreSQL. */
@ApiTest
class ProfileApiTests {

    static final String PROFILES = "/api/v1/profiles";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    UUID organisationOf(String username) {
        return uuid(ok(as(username).get("/api/v1/me")).path("organisationId"));
    }

    JsonNode createDraft(String username, String title) {
        UUID dishes = UUID.randomUUID();
        return created(as(username).post(PROFILES, profile(title,
                List.of(item(dishes, "SKILL", 2, true, "Sköter disken"),
                        item(null, "CERTIFICATE", 3, false, "Intyg i livsmedelshygien")),
                List.of(task("Diska", dishes)))));
    }

    JsonNode publish(String username, JsonNode version) {
        return ok(as(username).post(PROFILES + "/versions/" + version.path("versionId").asString() + "/publication",
                Map.of("lockVersion", version.path("lockVersion").asLong())));
    }

    @Test
    void aProfileIsWrittenPublishedAndVersionedWithoutRewritingHistory() {
        ApiClient chef = as(DemoUsers.EMPLOYER_MANAGER);
        UUID dishes = UUID.randomUUID();
        Response response = chef.post(PROFILES, profile("Köksbiträde i skolkök",
                List.of(item(dishes, "SKILL", 2, true, "Sköter disken"),
                        item(null, "CERTIFICATE", 3, false, "Intyg i livsmedelshygien")),
                List.of(task("Diska efter lunch", dishes))));
        JsonNode draft = created(response);
        String versionId = draft.path("versionId").asString();
        String profileId = draft.path("profileId").asString();
        assertThat(draft.path("version").asInt()).isEqualTo(1);
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(uuid(draft.path("organisationId"))).isEqualTo(organisationOf(DemoUsers.EMPLOYER_MANAGER));
        assertThat(draft.path("items").get(0).path("itemKey").asString()).as("the key the caller chose").isEqualTo(dishes.toString());
        UUID certificate = UUID.fromString(draft.path("items").get(1).path("itemKey").asString());
        assertThat(draft.path("tasks").get(0).path("itemKeys").get(0).asString()).isEqualTo(dishes.toString());
        assertThat(draft.path("ssykCode").asString()).isEqualTo("9412");

        // Edit the draft: a new item, a changed text.
        UUID allergies = UUID.randomUUID();
        Map<String, Object> change = profile("Köksbiträde i skolkök", List.of(
                item(dishes, "SKILL", 2, true, "Sköter disken och diskmaskinen"),
                item(certificate, "CERTIFICATE", 3, false, "Intyg i livsmedelshygien"),
                item(allergies, "KNOWLEDGE", 2, true, "Känner till allergier och specialkost")),
                List.of(task("Diska efter lunch", dishes), task("Lägga upp specialkost", allergies)));
        change.put("lockVersion", draft.path("lockVersion").asLong());
        JsonNode edited = ok(chef.put(PROFILES + "/versions/" + versionId, change));
        assertThat(edited.path("items")).hasSize(3);
        assertThat(edited.path("lockVersion").asLong()).isGreaterThan(draft.path("lockVersion").asLong());

        JsonNode first = publish(DemoUsers.EMPLOYER_MANAGER, edited);
        assertThat(first.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(first.path("publishedAt").isNull()).isFalse();

        // A published version never changes.
        change.put("lockVersion", first.path("lockVersion").asLong());
        change.put("title", "Ändrad efter publicering");
        Response frozen = chef.put(PROFILES + "/versions/" + versionId, change);
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().path("detail").asString()).contains("publicerad");

        // The next version starts as a copy with the same item keys.
        JsonNode second = created(chef.post(PROFILES + "/" + profileId + "/versions", null));
        assertThat(second.path("version").asInt()).isEqualTo(2);
        assertThat(second.path("status").asString()).isEqualTo("DRAFT");
        assertThat(keys(second)).containsExactly(dishes, certificate, allergies);
        assertThat(second.path("versionId").asString()).isNotEqualTo(versionId);
        assertThat(chef.post(PROFILES + "/" + profileId + "/versions", null).status()).as("one draft at a time").isEqualTo(409);

        Map<String, Object> secondChange = profile("Köksbiträde i skolkök, version 2", List.of(
                item(dishes, "SKILL", 3, true, "Sköter disken självständigt"),
                item(allergies, "KNOWLEDGE", 3, true, "Känner till allergier och specialkost")),
                List.of(task("Lägga upp specialkost", allergies)));
        secondChange.put("lockVersion", second.path("lockVersion").asLong());
        JsonNode secondEdited = ok(chef.put(PROFILES + "/versions/" + second.path("versionId").asString(), secondChange));
        JsonNode secondPublished = publish(DemoUsers.EMPLOYER_MANAGER, secondEdited);
        assertThat(keys(secondPublished)).containsExactly(dishes, allergies);

        // Version 1 is still there, exactly as published; the profile's current version is 2.
        JsonNode firstAgain = ok(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get(PROFILES + "/versions/" + versionId));
        assertThat(firstAgain).isEqualTo(first);
        assertThat(ok(chef.get(PROFILES + "/" + profileId)).path("version").asInt()).isEqualTo(2);
        JsonNode history = ok(chef.get(PROFILES + "/" + profileId + "/versions"));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("version").asInt()).isEqualTo(2);
        assertThat(history.get(1).path("status").asString()).isEqualTo("PUBLISHED");

        boolean listed = false;
        for (JsonNode row : ok(chef.get(PROFILES + "?size=100")).path("items")) {
            if (row.path("profileId").asString().equals(profileId)) {
                listed = true;
                assertThat(row.path("version").asInt()).isEqualTo(2);
                assertThat(row.path("itemCount").asInt()).isEqualTo(2);
            }
        }
        assertThat(listed).as("in the organisation's list").isTrue();
    }

    @Test
    void draftsAreSeenOnlyInTheOwningOrganisationAndPublishedVersionsByEveryone() {
        JsonNode draft = createDraft(DemoUsers.EMPLOYER_MANAGER, "Utkast som bara Älvstads omsorg ser");
        String version = PROFILES + "/versions/" + draft.path("versionId").asString();
        String profile = PROFILES + "/" + draft.path("profileId").asString();

        assertThat(as(DemoUsers.SUPERVISOR).get(version).status()).as("staff of the owning organisation").isEqualTo(200);
        assertThat(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get(version).status()).isEqualTo(403);
        assertThat(as(DemoUsers.PARTICIPANT).get(version).status()).isEqualTo(403);
        assertThat(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get(profile).status()).isEqualTo(404);
        assertThat(ok(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get(profile + "/versions"))).isEmpty();
        UUID alvstadCare = organisationOf(DemoUsers.EMPLOYER_MANAGER);
        assertThat(ok(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get(PROFILES + "?size=100&organisationId=" + alvstadCare))
                .path("items").findValuesAsString("profileId")).doesNotContain(draft.path("profileId").asString());

        publish(DemoUsers.EMPLOYER_MANAGER, draft);
        for (String reader : List.of(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR, DemoUsers.PARTICIPANT, DemoUsers.ANALYST,
                DemoUsers.PRIVATE_EMPLOYER_MANAGER)) {
            assertThat(as(reader).get(version).status()).as(reader).isEqualTo(200);
            assertThat(as(reader).get(profile).status()).as(reader).isEqualTo(200);
        }
        assertThat(ApiClient.anonymous(port).get(version).status()).isEqualTo(401);
    }

    @Test
    void onlyTheOwningOrganisationsAdminsCoordinatorsAndEmployerManagersChangeAProfile() {
        JsonNode draft = createDraft(DemoUsers.EMPLOYER_MANAGER, "Profil som andra inte får ändra");
        String version = PROFILES + "/versions/" + draft.path("versionId").asString();
        Map<String, Object> change = asCommandMap(draft, ProfileCommand.class);
        change.put("title", "Kapad");

        for (String other : List.of(DemoUsers.PRIVATE_EMPLOYER_MANAGER, DemoUsers.OTHER_MUNICIPALITY_COORDINATOR,
                DemoUsers.COORDINATOR, DemoUsers.SUPERVISOR, DemoUsers.PLATFORM_ADMIN)) {
            assertThat(as(other).put(version, change).status()).as(other + " edits").isEqualTo(403);
            assertThat(as(other).post(version + "/publication", Map.of("lockVersion", 0)).status()).as(other).isEqualTo(403);
            assertThat(as(other).delete(version).status()).as(other).isEqualTo(403);
        }
        assertThat(ok(as(DemoUsers.EMPLOYER_MANAGER).get(version)).path("title").asString())
                .isEqualTo("Profil som andra inte får ändra");
        publish(DemoUsers.EMPLOYER_MANAGER, draft);
        assertThat(as(DemoUsers.PRIVATE_EMPLOYER_MANAGER)
                .post(PROFILES + "/" + draft.path("profileId").asString() + "/versions", null).status()).isEqualTo(403);

        Response supervisorCreates = as(DemoUsers.SUPERVISOR).post(PROFILES, profile("Handledarens profil",
                List.of(item(null, "SKILL", 2, true, "Diskar")), List.of()));
        assertThat(supervisorCreates.status()).isEqualTo(403);

        Map<String, Object> template = profile("Plattformens profil " + System.nanoTime(),
                List.of(item(null, "SKILL", 2, true, "Diskar")), List.of());
        template.put("template", true);
        assertThat(as(DemoUsers.COORDINATOR).post(PROFILES, template).status()).as("templates: platform admins only")
                .isEqualTo(403);
        JsonNode platform = created(as(DemoUsers.PLATFORM_ADMIN).post(PROFILES, template));
        assertThat(platform.path("organisationId").isNull()).isTrue();
        assertThat(as(DemoUsers.PLATFORM_ADMIN).delete(PROFILES + "/versions/" + platform.path("versionId").asString())
                .status()).isEqualTo(204);
        assertThat(as(DemoUsers.PLATFORM_ADMIN).get(PROFILES + "/" + platform.path("profileId").asString()).status())
                .as("a profile whose only draft is discarded is gone").isEqualTo(404);
    }

    @Test
    void aStaleLockVersionIsAConflictAndTheSecondChangeIsNotSaved() {
        JsonNode draft = createDraft(DemoUsers.EMPLOYER_MANAGER, "Två som ändrar samtidigt");
        String version = PROFILES + "/versions/" + draft.path("versionId").asString();
        Map<String, Object> first = asCommandMap(draft, ProfileCommand.class);
        first.put("title", "Första ändringen");
        Map<String, Object> second = asCommandMap(draft, ProfileCommand.class);
        second.put("title", "Andra ändringen");

        ok(as(DemoUsers.EMPLOYER_MANAGER).put(version, first));
        Response stale = as(DemoUsers.EMPLOYER_MANAGER).put(version, second);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().path("detail").asString()).contains("Någon annan har ändrat");
        assertThat(ok(as(DemoUsers.EMPLOYER_MANAGER).get(version)).path("title").asString()).isEqualTo("Första ändringen");
        assertThat(as(DemoUsers.EMPLOYER_MANAGER).post(version + "/publication",
                Map.of("lockVersion", draft.path("lockVersion").asLong())).status()).isEqualTo(409);
    }

    @Test
    void badInputIsRefusedWithSwedishFieldMessagesAndSavesNothing() {
        ApiClient chef = as(DemoUsers.EMPLOYER_MANAGER);
        long profilesBefore = jdbc.sql("select count(*) from requirement_profile").query(Long.class).single();

        Response tooHigh = chef.post(PROFILES, profile("Fel nivå", List.of(item(null, "SKILL", 5, true, "Diskar")), List.of()));
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.contentType()).startsWith("application/problem+json");
        assertThat(tooHigh.fieldError("items[0].targetLevel")).contains("från 0 till 3").contains("självständigt");

        Response yesNo = chef.post(PROFILES, profile("Fel nivå", List.of(item(null, "CERTIFICATE", 2, true, "Truckkort")), List.of()));
        assertThat(yesNo.status()).isEqualTo(400);
        assertThat(yesNo.fieldError("items[0].targetLevel")).contains("0 (nej) eller 3 (ja)");

        Map<String, Object> badOccupation = profile("Fel yrke", List.of(item(null, "SKILL", 2, true, "Diskar")), List.of());
        badOccupation.put("ssykCode", "53a1");
        badOccupation.put("occupationConceptId", "a b");
        Response occupation = chef.post(PROFILES, badOccupation);
        assertThat(occupation.status()).isEqualTo(400);
        assertThat(occupation.fieldError("ssykCode")).contains("fyra siffror");
        assertThat(occupation.fieldError("occupationConceptId")).contains("4–20");

        Response unknownItem = chef.post(PROFILES, profile("Fel uppgift", List.of(item(null, "SKILL", 2, true, "Diskar")),
                List.of(task("Laga mat", UUID.randomUUID()))));
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(unknownItem.fieldError("tasks[0].itemKeys")).contains("samma version");

        Map<String, Object> noEasyText = item(null, "SKILL", 2, true, "Diskar");
        noEasyText.remove("easyText");
        Response missing = chef.post(PROFILES, profile("Saknar lätt svenska", List.of(noEasyText), List.of()));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fieldError("items[0].easyText")).contains("lätt svenska");

        Response wrongType = chef.post(PROFILES, profile("Fel sort", List.of(item(null, "HOBBY", 2, true, "Diskar")), List.of()));
        assertThat(wrongType.status()).isEqualTo(400);

        assertThat(jdbc.sql("select count(*) from requirement_profile").query(Long.class).single())
                .as("nothing half-saved").isEqualTo(profilesBefore);

        // A bad change of an existing draft leaves it as it was.
        JsonNode draft = createDraft(DemoUsers.EMPLOYER_MANAGER, "Utkast som inte ska ändras");
        String version = PROFILES + "/versions/" + draft.path("versionId").asString();
        Map<String, Object> change = asCommandMap(draft, ProfileCommand.class);
        change.put("title", "Ny titel");
        List<Object> items = new ArrayList<>((List<?>) change.get("items"));
        items.add(item(null, "PRACTICAL", 1, true, "Kan cykla"));
        change.put("items", items);
        Response refused = chef.put(version, change);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldError("items[2].targetLevel")).isNotNull();
        change.remove("lockVersion");
        assertThat(chef.put(version, change).fieldError("lockVersion")).contains("lockVersion");
        assertThat(ok(chef.get(version))).isEqualTo(draft);

        Response unknown = chef.get(PROFILES + "/versions/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("detail").asString()).isEqualTo("Versionen av kravprofilen finns inte");
        assertThat(chef.post(version + "/retirement", Map.of("lockVersion", draft.path("lockVersion").asLong())).status())
                .as("only a published version retires").isEqualTo(409);
    }

    @Test
    void theTemplatesAreLoadedWithTheirPublishedPlatformProfiles() {
        ApiClient participant = as(DemoUsers.PARTICIPANT);
        JsonNode templates = ok(participant.get("/api/v1/ladder-templates"));
        assertThat(templates.size()).isGreaterThanOrEqualTo(7);
        for (JsonNode summary : templates) {
            JsonNode ladder = ok(participant.get("/api/v1/ladders/" + summary.path("id").asString()));
            assertThat(ladder.path("template").asBoolean()).isTrue();
            assertThat(ladder.path("organisationId").isNull()).isTrue();
            for (JsonNode step : ladder.path("steps")) {
                JsonNode version = ok(participant.get(PROFILES + "/versions/" + step.path("profileVersionId").asString()));
                assertThat(version.path("status").asString()).as(step.path("name").asString()).isEqualTo("PUBLISHED");
                assertThat(version.path("organisationId").isNull()).isTrue();
                Set<UUID> itemKeys = new HashSet<>(keys(version));
                for (JsonNode key : step.path("exitItemKeys")) {
                    assertThat(itemKeys).contains(UUID.fromString(key.asString()));
                }
                for (JsonNode task : version.path("tasks")) {
                    for (JsonNode key : task.path("itemKeys")) {
                        assertThat(itemKeys).as(task.path("text").asString()).contains(UUID.fromString(key.asString()));
                    }
                }
            }
        }
        assertThat(ok(participant.get(PROFILES + "?template=true&size=100")).path("totalItems").asLong())
                .isGreaterThanOrEqualTo(12);
    }

    static List<UUID> keys(JsonNode version) {
        List<UUID> keys = new ArrayList<>();
        version.path("items").forEach(i -> keys.add(UUID.fromString(i.path("itemKey").asString())));
        return keys;
    }
}
