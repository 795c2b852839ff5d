package se.kompetenskedjan.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.ok;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.TaxonomyExports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The catalogue over HTTP: search, concepts and their children, and the platform admin's import. */
@ApiTest
class TaxonomyApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void searchFindsAnOccupationByPartOfItsNameWhateverTheCase() {
        JsonNode page = ok(as(DemoUsers.SUPERVISOR).get("/api/v1/taxonomy/concepts?size=100&query=" + encode("underskö")));

        assertThat(labels(page)).contains("Undersköterska, hemtjänst, äldreboende och habilitering",
                "Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering", "Specialistundersköterska");
        // labels that start with the text come before those that merely contain it
        assertThat(labels(page).get(0)).startsWith("Undersköterska");
        assertThat(labels(page).indexOf("Specialistundersköterska")).isGreaterThan(labels(page).indexOf(
                "Undersköterska, hemtjänst, äldreboende och habilitering"));
        JsonNode upperCase = ok(as(DemoUsers.SUPERVISOR).get("/api/v1/taxonomy/concepts?size=100&query=" + encode("UNDERSKÖ")));
        assertThat(upperCase.path("totalItems").asLong()).isEqualTo(page.path("totalItems").asLong());

        JsonNode occupation = item(page, "Undersköterska, hemtjänst, äldreboende och habilitering");
        assertThat(occupation.path("type").asString()).isEqualTo("OCCUPATION_NAME");
        assertThat(occupation.path("conceptId").asString()).isEqualTo("bSEB_VKd_Ub3");
        assertThat(occupation.path("active").asBoolean()).isTrue();
        JsonNode group = ok(as(DemoUsers.SUPERVISOR).get("/api/v1/taxonomy/concepts/" + occupation.path("parentId").asString()));
        assertThat(group.path("ssykCode").asString()).isEqualTo("5321");
        assertThat(group.path("type").asString()).isEqualTo("SSYK_LEVEL_4");
    }

    @Test
    void searchWithinATypeRanksTheExactNameFirstAndKnowsWordForms() {
        JsonNode exact = ok(as(DemoUsers.PARTICIPANT).get("/api/v1/taxonomy/concepts?type=OCCUPATION_NAME&query="
                + encode("vårdbiträde")));
        assertThat(labels(exact).get(0)).isEqualTo("Vårdbiträde");
        assertThat(exact.path("items")).allSatisfy(i -> assertThat(i.path("type").asString()).isEqualTo("OCCUPATION_NAME"));

        // plural, as people often write it: found through the Swedish full-text index
        JsonNode plural = ok(as(DemoUsers.PARTICIPANT).get("/api/v1/taxonomy/concepts?type=OCCUPATION_NAME&query="
                + encode("vårdbiträden")));
        assertThat(labels(plural)).contains("Vårdbiträde");

        // several words, in any order and separated by commas in the label
        JsonNode words = ok(as(DemoUsers.PARTICIPANT).get("/api/v1/taxonomy/concepts?type=OCCUPATION_NAME&query="
                + encode("hemtjänst undersköterska")));
        assertThat(labels(words)).contains("Undersköterska, hemtjänst, äldreboende och habilitering");

        JsonNode municipalities = ok(as(DemoUsers.PARTICIPANT).get("/api/v1/taxonomy/concepts?type=MUNICIPALITY&size=5"));
        assertThat(municipalities.path("totalItems").asLong()).isEqualTo(290);
        JsonNode language = ok(as(DemoUsers.PARTICIPANT).get("/api/v1/taxonomy/concepts?type=LANGUAGE&query=" + encode("somali")));
        assertThat(labels(language)).contains("Somaliska");
    }

    @Test
    void searchFindsAGroupByItsSsykCodeAndAConceptByItsJobtechId() {
        JsonNode byCode = ok(as(DemoUsers.COORDINATOR).get("/api/v1/taxonomy/concepts?size=100&query=5321"));
        JsonNode first = byCode.path("items").get(0);
        assertThat(first.path("ssykCode").asString()).isEqualTo("5321");
        assertThat(first.path("label").asString()).isEqualTo("Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering");
        // then the occupation names of the group
        assertThat(labels(byCode)).contains("Undersköterska, hemtjänst, äldreboende och habilitering");

        JsonNode onlyGroups = ok(as(DemoUsers.COORDINATOR).get("/api/v1/taxonomy/concepts?type=SSYK_LEVEL_3&query=53"));
        assertThat(labels(onlyGroups)).contains("Undersköterskor", "Vårdbiträden");
        assertThat(onlyGroups.path("items").get(0).path("ssykCode").asString()).startsWith("53");

        JsonNode byId = ok(as(DemoUsers.COORDINATOR).get("/api/v1/taxonomy/concepts?query=4zLr_jP5_peZ"));
        assertThat(byId.path("items").get(0).path("label").asString()).isEqualTo("Vårdbiträde");
    }

    @Test
    void listsArePagedAndBounded() {
        ApiClient client = as(DemoUsers.TEACHER);
        JsonNode large = ok(client.get("/api/v1/taxonomy/concepts?type=SKILL&size=1000"));
        assertThat(large.path("size").asInt()).isEqualTo(100);
        assertThat(large.path("items")).hasSize(100);
        assertThat(large.path("totalItems").asLong()).isEqualTo(5813);

        JsonNode second = ok(client.get("/api/v1/taxonomy/concepts?type=SKILL&size=100&page=1"));
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(labels(second)).doesNotContainAnyElementsOf(labels(large));

        JsonNode beyond = ok(client.get("/api/v1/taxonomy/concepts?type=SKILL&page=2147483647"));
        assertThat(beyond.path("items")).isEmpty();

        JsonNode everything = ok(client.get("/api/v1/taxonomy/concepts"));
        assertThat(everything.path("items")).hasSize(20);

        Response tooLong = client.get("/api/v1/taxonomy/concepts?query=" + "a".repeat(101));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.fieldError("query")).isEqualTo("Texten är för lång");
        Response badType = client.get("/api/v1/taxonomy/concepts?type=NOPE");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.fieldError("type")).isNotBlank();
    }

    @Test
    void childrenFollowTheSsykTree() {
        ApiClient client = as(DemoUsers.EMPLOYER_MANAGER);
        JsonNode group = ok(client.get("/api/v1/taxonomy/concepts?type=SSYK_LEVEL_4&query=5330")).path("items").get(0);
        JsonNode children = ok(client.get("/api/v1/taxonomy/concepts/" + group.path("id").asString() + "/children"));
        List<String> labels = new ArrayList<>();
        children.forEach(c -> labels.add(c.path("label").asString()));
        assertThat(labels).contains("Vårdbiträde");
        children.forEach(c -> assertThat(c.path("parentId").asString()).isEqualTo(group.path("id").asString()));

        JsonNode level1 = ok(client.get("/api/v1/taxonomy/concepts?type=SSYK_LEVEL_1&size=100"));
        assertThat(level1.path("totalItems").asLong()).isEqualTo(10);

        Response unknown = client.get("/api/v1/taxonomy/concepts/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().path("detail").asString()).isEqualTo("Begreppet finns inte i yrkesdatabasen.");
        assertThat(client.get("/api/v1/taxonomy/concepts/" + UUID.randomUUID() + "/children").status()).isEqualTo(404);
        assertThat(client.get("/api/v1/taxonomy/concepts/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void onlyThePlatformAdminImports() {
        Map<String, String> files = Map.of("concepts", TaxonomyExports.drivingLicences());
        for (String user : new String[] {DemoUsers.ADMIN, DemoUsers.COORDINATOR, DemoUsers.ANALYST, DemoUsers.PARTICIPANT}) {
            Response denied = as(user).postFiles("/api/v1/taxonomy/imports", files);
            assertThat(denied.status()).as(user).isEqualTo(403);
            assertThat(denied.contentType()).startsWith("application/problem+json");
            assertThat(as(user).get("/api/v1/taxonomy/imports").status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void thePlatformAdminReimportsAnUnchangedListAndSeesItInTheLog() {
        Response response = as(DemoUsers.PLATFORM_ADMIN).postFiles("/api/v1/taxonomy/imports",
                Map.of("concepts", TaxonomyExports.drivingLicences()));

        JsonNode result = ok(response);
        assertThat(result.path("added").asInt()).isZero();
        assertThat(result.path("updated").asInt()).isZero();
        assertThat(result.path("deactivated").asInt()).isZero();
        assertThat(result.path("unchanged").asInt()).isEqualTo(15);
        assertThat(result.path("source").asString()).isEqualTo("upload: concepts=concepts.json");

        JsonNode log = ok(as(DemoUsers.PLATFORM_ADMIN).get("/api/v1/taxonomy/imports?size=100"));
        assertThat(log.path("items").get(0).path("id").asString()).isEqualTo(result.path("id").asString());
        assertThat(log.path("items").get(0).path("importedBy").asString()).isNotBlank();
        List<String> sources = new ArrayList<>();
        log.path("items").forEach(i -> sources.add(i.path("source").asString()));
        assertThat(sources).anyMatch(s -> s.contains("bundled snapshot"));
    }

    @Test
    void aBadUploadIsRefusedInSwedishAndChangesNothing() {
        String state = catalogueState();
        ApiClient admin = as(DemoUsers.PLATFORM_ADMIN);

        Response notJson = admin.postFiles("/api/v1/taxonomy/imports", Map.of("concepts", "this is not json"));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
        assertThat(notJson.fieldError("concepts")).isEqualTo("Filen är inte giltig JSON.");

        Response wrongShape = admin.postFiles("/api/v1/taxonomy/imports", Map.of("hierarchy", "{\"data\": {}}"));
        assertThat(wrongShape.status()).isEqualTo(400);
        assertThat(wrongShape.fieldError("hierarchy")).startsWith("Filen har inte SSYK-hierarkins format");

        Response empty = admin.postFiles("/api/v1/taxonomy/imports", Map.of("concepts", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.fieldError("concepts")).isEqualTo("Filen är tom eller innehåller inga begrepp.");

        Response noFiles = admin.post("/api/v1/taxonomy/imports", Map.of("concepts", "x"));
        assertThat(noFiles.status()).isEqualTo(400);
        assertThat(noFiles.fieldError("hierarchy")).startsWith("Skicka minst en fil");

        // a good part with a bad one: neither is imported
        ObjectNode renamed = (ObjectNode) JSON.readTree(TaxonomyExports.drivingLicences());
        renamed.path("driving-licence").forEach(l -> ((ObjectNode) l).put("preferredLabel", "Omdöpt"));
        Response halfGood = admin.postFiles("/api/v1/taxonomy/imports", Map.of("concepts", JSON.writeValueAsString(renamed),
                "hierarchy", "[]"));
        assertThat(halfGood.status()).isEqualTo(400);
        assertThat(halfGood.fieldError("hierarchy")).isNotBlank();

        assertThat(catalogueState()).isEqualTo(state);
        assertThat(ok(admin.get("/api/v1/taxonomy/concepts?type=DRIVING_LICENCE&query=" + encode("Omdöpt")))
                .path("totalItems").asLong()).isZero();
    }

    // --- helpers ---

    /** Counts and the latest change of the catalogue and its import log. */
    private String catalogueState() {
        return jdbc.sql("select count(*) || '/' || count(*) filter (where active) || '/' || max(updated_at) "
                + "|| '/' || (select count(*) from taxonomy_import) from taxonomy_concept").query(String.class).single();
    }

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> labels(JsonNode page) {
        List<String> labels = new ArrayList<>();
        page.path("items").forEach(i -> labels.add(i.path("label").asString()));
        return labels;
    }

    private static JsonNode item(JsonNode page, String label) {
        for (JsonNode item : page.path("items")) {
            if (label.equals(item.path("label").asString())) {
                return item;
            }
        }
        throw new AssertionError(label + " not on the page");
    }
}
