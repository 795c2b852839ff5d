package se.kompetenskedjan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.ApiResponses.uuid;
import static se.kompetenskedjan.support.ExternalWorkplaceJson.aWorkplace;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.ExternalWorkplaceJson;
import tools.jackson.databind.JsonNode;

/** Registering a workplace without an account, its checks, who may change it, and the employer taking it over. */
@ApiTest
class ExternalWorkplacesApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestOrganisation municipality;
    ApiClient coordinator;
    ApiClient municipalityAdmin;
    ApiClient otherCoordinator;
    ApiClient otherAdmin;
    ApiClient employmentService;
    ApiClient employerManager;

    @BeforeEach
    void organisationsAndAccounts() {
        IdentityTestData identity = new IdentityTestData(context);
        municipality = identity.organisation().name("Arbetsmarknad Bergsjö-test").create();
        coordinator = identity.user(municipality, Role.COORDINATOR).create().api(port);
        municipalityAdmin = identity.user(municipality, Role.ADMIN).create().api(port);
        TestOrganisation other = identity.organisation().name("Grannkommunen").create();
        otherCoordinator = identity.user(other, Role.COORDINATOR).create().api(port);
        otherAdmin = identity.user(other, Role.ADMIN).create().api(port);
        employmentService = identity.user(identity.organisation().name("Arbetsförmedlingen test")
                .type(OrganisationType.PUBLIC_EMPLOYMENT_SERVICE).create(), Role.COORDINATOR).create().api(port);
        employerManager = identity.user(identity.organisation().name("Omsorgen").create(), Role.EMPLOYER_MANAGER)
                .create().api(port);
    }

    long organisationsNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM organisation WHERE name = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void aCoordinatorRegistersAWorkplaceThatTheMunicipalityManages() {
        Map<String, Object> body = aWorkplace().with("orgNumber", "  " + ExternalWorkplaceJson.orgNumber()
                .replace("-", "") + " ").build();
        Response response = coordinator.post("/api/v1/external-workplaces", body);
        JsonNode workplace = created(response);

        assertThat(response.header("Location")).endsWith("/api/v1/external-workplaces/"
                + workplace.path("organisationId").asString());
        assertThat(workplace.path("name").asString()).isEqualTo(body.get("name"));
        assertThat(workplace.path("orgNumber").asString()).as("written with the hyphen")
                .isEqualTo(((String) body.get("orgNumber")).strip().substring(0, 6) + "-"
                        + ((String) body.get("orgNumber")).strip().substring(6));
        assertThat(workplace.path("managedByOrganisationId").asString()).isEqualTo(municipality.id().toString());
        assertThat(workplace.path("managedByName").asString()).isEqualTo(municipality.name());
        assertThat(workplace.path("managed").asBoolean()).isTrue();
        assertThat(workplace.path("mayEdit").asBoolean()).isTrue();
        assertThat(workplace.path("mayHandOver").asBoolean()).as("coordinators do not create accounts").isFalse();

        // An ordinary organisation of type private employer with the workplace as its one unit.
        String id = workplace.path("organisationId").asString();
        JsonNode organisation = ok(otherCoordinator.get("/api/v1/organisations/" + id));
        assertThat(organisation.path("type").asString()).isEqualTo("PRIVATE_EMPLOYER");
        JsonNode units = ok(coordinator.get("/api/v1/organisations/" + id + "/units")).path("items");
        assertThat(units).hasSize(1);
        assertThat(units.get(0).path("id").asString()).isEqualTo(workplace.path("unitId").asString());
        assertThat(units.get(0).path("address").asString()).isEqualTo(body.get("address"));

        assertThat(ok(coordinator.get("/api/v1/external-workplaces")).valueStream()
                .map(w -> w.path("organisationId").asString())).contains(id);
        assertThat(ok(otherCoordinator.get("/api/v1/external-workplaces")).valueStream()
                .map(w -> w.path("organisationId").asString())).doesNotContain(id);
    }

    @Test
    void aWrongOrganisationNumberIsRefusedInSwedishAndNothingIsSaved() {
        String name = "Felnummer " + System.nanoTime() + " AB";
        Response checkDigit = coordinator.post("/api/v1/external-workplaces",
                aWorkplace().with("name", name).with("orgNumber", "556123-4568").build());
        assertThat(checkDigit.status()).isEqualTo(400);
        assertThat(checkDigit.contentType()).startsWith("application/problem+json");
        assertThat(checkDigit.fieldError("orgNumber")).contains("kontrollsiffran");

        Response format = coordinator.post("/api/v1/external-workplaces",
                aWorkplace().with("name", name).with("orgNumber", "55612-34567").build());
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.fieldError("orgNumber")).contains("10 siffror");

        Response personal = coordinator.post("/api/v1/external-workplaces",
                aWorkplace().with("name", name).with("orgNumber", "811218-9876").build());
        assertThat(personal.status()).isEqualTo(400);
        assertThat(personal.fieldError("orgNumber")).contains("personnummer");

        Response missing = coordinator.post("/api/v1/external-workplaces",
                aWorkplace().with("name", "").with("contactName", " ").with("address", null).build());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fieldError("name")).isEqualTo("Skriv arbetsgivarens namn");
        assertThat(missing.fieldError("contactName")).isEqualTo("Skriv namnet på arbetsgivarens kontaktperson");
        assertThat(missing.fieldError("address")).isEqualTo("Skriv arbetsplatsens adress");

        assertThat(organisationsNamed(name)).isZero();
    }

    @Test
    void anOrganisationNumberAlreadyOnThePlatformIsRefused() {
        Map<String, Object> first = aWorkplace().build();
        created(coordinator.post("/api/v1/external-workplaces", first));
        Response again = otherCoordinator.post("/api/v1/external-workplaces",
                aWorkplace().with("orgNumber", first.get("orgNumber")).build());
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.fieldError("orgNumber")).contains("finns redan");
    }

    @Test
    void onlyAMunicipalitysCoordinatorsAndAdminsRegister() {
        assertThat(employmentService.post("/api/v1/external-workplaces", aWorkplace().build()).status()).isEqualTo(403);
        assertThat(employerManager.post("/api/v1/external-workplaces", aWorkplace().build()).status()).isEqualTo(403);
        assertThat(created(municipalityAdmin.post("/api/v1/external-workplaces", aWorkplace().build()))
                .path("managed").asBoolean()).isTrue();
    }

    @Test
    void anotherMunicipalityCannotChangeTheWorkplace() {
        JsonNode workplace = created(coordinator.post("/api/v1/external-workplaces", aWorkplace().build()));
        String path = "/api/v1/external-workplaces/" + workplace.path("organisationId").asString();
        Map<String, Object> changed = aWorkplace().with("orgNumber", workplace.path("orgNumber").asString())
                .with("contactName", "Ny Kontakt").with("version", workplace.path("version").asLong()).build();

        assertThat(otherCoordinator.put(path, changed).status()).isEqualTo(403);
        assertThat(otherCoordinator.get(path).status()).isEqualTo(403);
        assertThat(employmentService.put(path, changed).status()).isEqualTo(403);
        assertThat(ok(coordinator.get(path)).path("contactName").asString()).isEqualTo("Kim Kontakt");

        JsonNode saved = ok(coordinator.put(path, changed));
        assertThat(saved.path("contactName").asString()).isEqualTo("Ny Kontakt");
        assertThat(saved.path("name").asString()).isEqualTo(changed.get("name"));
        Response stale = coordinator.put(path, changed);
        assertThat(stale.status()).as("the version read is stale now").isEqualTo(409);
    }

    @Test
    void theEmployerTakesOverAndTheMunicipalityStopsManagingIt() {
        JsonNode workplace = created(coordinator.post("/api/v1/external-workplaces", aWorkplace().build()));
        String path = "/api/v1/external-workplaces/" + workplace.path("organisationId").asString();
        String username = "arbetsgivare." + System.nanoTime();
        Map<String, Object> takeOver = Map.of("username", username, "displayName", "Kim Kontakt",
                "email", "kim@testbutiken.example", "password", "hallon-och-gurka-2026");

        assertThat(coordinator.post(path + "/take-over", takeOver).status()).isEqualTo(403);
        assertThat(otherAdmin.post(path + "/take-over", takeOver).status()).isEqualTo(403);
        Response weak = municipalityAdmin.post(path + "/take-over", Map.of("username", username,
                "displayName", "Kim Kontakt", "password", "kort"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(ok(coordinator.get(path)).path("managed").asBoolean()).as("nothing half-done").isTrue();

        JsonNode taken = ok(municipalityAdmin.post(path + "/take-over", takeOver));
        assertThat(taken.path("managed").asBoolean()).isFalse();
        assertThat(taken.path("takenOverAt").isNull()).isFalse();

        ApiClient employer = ApiClient.basic(port, username, "hallon-och-gurka-2026");
        JsonNode me = ok(employer.get("/api/v1/me"));
        assertThat(me.path("role").asString()).isEqualTo("EMPLOYER_MANAGER");
        assertThat(uuid(me.path("organisationId")).toString()).isEqualTo(workplace.path("organisationId").asString());
        assertThat(ok(employer.get(path)).path("managed").asBoolean()).isFalse();

        Map<String, Object> changed = aWorkplace().with("orgNumber", workplace.path("orgNumber").asString()).build();
        assertThat(coordinator.put(path, changed).status()).as("the stand-in has ended").isEqualTo(409);
        assertThat(municipalityAdmin.post(path + "/take-over", takeOver).status()).isEqualTo(409);
    }
}
