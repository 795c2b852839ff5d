package se.kompetenskedjan.identity;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.SignedIn;

/**
 * Test data builders for the identity module (in the style of NAV veilarbaktivitet's data builders): an organisation
 * with a unit, and accounts of any role in it, created through {@link IdentityDirectory} with fictitious, valid
 * defaults that are new on every call, so a test owns its data and does not lean on the shared demo region. The one
 * account taken as given is the platform operator, who creates the organisations: the first administrator that
 * kk.bootstrap.admin-username names (as every installation has one), or in the tests' demo profile the account
 * {@code admin}.
 *
 * <pre>{@code
 * IdentityTestData identity = new IdentityTestData(context);
 * TestOrganisation care = identity.organisation().type(OrganisationType.MUNICIPALITY).create();
 * TestUser manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
 * ApiClient api = manager.api(port);
 * }</pre>
 */
public final class IdentityTestData {

    /** The platform operator of the demo profile (see DemoUsers.PLATFORM_ADMIN). */
    public static final String DEMO_PLATFORM_OPERATOR = "admin";
    public static final String PASSWORD = "grodsoppa-i-juni-2026";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final IdentityDirectory directory;
    private final String operator;

    public IdentityTestData(ApplicationContext context) {
        this.directory = context.getBean(IdentityDirectory.class);
        this.operator = context.getEnvironment().getProperty("kk.bootstrap.admin-username", DEMO_PLATFORM_OPERATOR);
    }

    static long next() {
        return SEQUENCE.incrementAndGet();
    }

    /** An organisation with one unit. */
    public record TestOrganisation(UUID id, String name, UUID unitId, String unitName) {
    }

    /** An account that signs in with {@link #password()}, by HTTP Basic or the login form. */
    public record TestUser(UUID id, String username, String password, String displayName, Role role,
            UUID organisationId, UUID unitId) {

        public ApiClient api(int port) {
            return ApiClient.basic(port, username, password);
        }
    }

    /** An organisation and one account of every staff role in it (the admin, coordinator, employer manager, ...). */
    public record TestStaff(TestOrganisation organisation, Map<Role, TestUser> users) {

        public TestUser get(Role role) {
            return users.get(role);
        }
    }

    public OrganisationBuilder organisation() {
        return new OrganisationBuilder();
    }

    public UserBuilder user(TestOrganisation organisation, Role role) {
        return new UserBuilder(organisation, role);
    }

    /**
     * The participant's own login (as an accepted invitation leaves it), in the organisation responsible for them,
     * for tests of the participant's pages.
     */
    public TestUser participantLogin(UUID organisationId, UUID participantId) {
        long n = next();
        String username = "test.deltagare." + n;
        String displayName = "Deltagare " + n;
        UserId id = SignedIn.as(operator, () -> directory.createParticipantAccount(new OrganisationId(organisationId),
                username, displayName, participantId, PASSWORD));
        return new TestUser(id.value(), username, PASSWORD, displayName, Role.PARTICIPANT, organisationId, null);
    }

    /** A municipality-like organisation of the given type with one account of each staff role. */
    public TestStaff staffedOrganisation(OrganisationType type) {
        TestOrganisation organisation = organisation().type(type).create();
        Map<Role, TestUser> users = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            if (role.isStaff()) {
                users.put(role, user(organisation, role).create());
            }
        }
        return new TestStaff(organisation, Map.copyOf(users));
    }

    public final class OrganisationBuilder {

        private final long n = next();
        private String name = "Testkommunen " + n;
        private OrganisationType type = OrganisationType.MUNICIPALITY;
        private String municipality = "Testby";
        private String unitName = "Enhet " + n;
        private String unitKind = "Hemtjänst";

        private OrganisationBuilder() {
        }

        public OrganisationBuilder name(String value) {
            name = value + " " + n;
            return this;
        }

        public OrganisationBuilder type(OrganisationType value) {
            type = value;
            return this;
        }

        public OrganisationBuilder unit(String value, String kind) {
            unitName = value + " " + n;
            unitKind = kind;
            return this;
        }

        public TestOrganisation create() {
            return SignedIn.as(operator, () -> {
                OrganisationView organisation = directory.createOrganisation(
                        new OrganisationCommand(name, type, null, municipality, null));
                UnitView unit = directory.createUnit(organisation.id(),
                        new UnitCommand(unitName, unitKind, "Exempelgatan " + (n % 100 + 1) + ", Testby", null));
                return new TestOrganisation(organisation.id(), organisation.name(), unit.id(), unit.name());
            });
        }
    }

    public final class UserBuilder {

        private final TestOrganisation organisation;
        private final Role role;
        private final long n = next();
        private String username;
        private String displayName;
        private boolean inUnit = true;

        private UserBuilder(TestOrganisation organisation, Role role) {
            this.organisation = organisation;
            this.role = role;
            this.username = "test." + role.name().toLowerCase(Locale.ROOT).replace('_', '.') + "." + n;
            this.displayName = "Testa Testsson " + n;
        }

        public UserBuilder displayName(String value) {
            displayName = value;
            return this;
        }

        /** The account belongs to the organisation only, to none of its units. */
        public UserBuilder withoutUnit() {
            inUnit = false;
            return this;
        }

        public TestUser create() {
            UUID unitId = inUnit ? organisation.unitId() : null;
            UserView user = SignedIn.as(operator, () -> directory.createUser(new UserCommand(organisation.id(),
                    unitId, username, displayName, username + "@example.se", role, PASSWORD, true, null)));
            return new TestUser(user.id(), user.username(), PASSWORD, user.displayName(), role, organisation.id(),
                    unitId);
        }
    }
}
