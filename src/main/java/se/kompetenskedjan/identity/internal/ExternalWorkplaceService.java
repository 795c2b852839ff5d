package se.kompetenskedjan.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.ExternalWorkplaceCommand;
import se.kompetenskedjan.identity.ExternalWorkplaceTakeOverCommand;
import se.kompetenskedjan.identity.ExternalWorkplaceView;
import se.kompetenskedjan.identity.ExternalWorkplaces;
import se.kompetenskedjan.identity.OrganisationCommand;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UnitCommand;
import se.kompetenskedjan.identity.UserCommand;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.Texts;

/**
 * Workplaces without an account. The organisation and its unit are ordinary rows of identity's tables (so every
 * module sees an employer like any other); external_workplace says who manages it and who the contact person is.
 */
@Service
@Transactional
class ExternalWorkplaceService implements ExternalWorkplaces {

    /** The kind of the one unit of a workplace without an account. */
    static final String WORKPLACE_KIND = "WORKPLACE";

    private final OrganisationRepository organisations;
    private final UnitRepository units;
    private final UserAccountRepository accounts;
    private final CurrentUsers currentUsers;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final JdbcClient jdbc;
    private final Clock clock;

    ExternalWorkplaceService(OrganisationRepository organisations, UnitRepository units,
            UserAccountRepository accounts, CurrentUsers currentUsers, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, JdbcClient jdbc, Clock clock) {
        this.organisations = organisations;
        this.units = units;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public ExternalWorkplaceView register(ExternalWorkplaceCommand command) {
        CurrentUser user = currentUsers.current();
        if (!mayRegister(user)) {
            throw new AccessDeniedException("coordinators and admins of a municipality register workplaces");
        }
        String orgNumber = checked(command, null);
        Organisation manager = organisations.findById(user.organisationId().value()).orElseThrow();
        UUID id = UUID.randomUUID();
        organisations.saveAndFlush(new Organisation(id, organisationCommand(command, orgNumber, manager, null), false));
        UUID unitId = UUID.randomUUID();
        units.saveAndFlush(new Unit(unitId, id, unitCommand(command, null)));
        jdbc.sql("""
                INSERT INTO external_workplace (organisation_id, unit_id, managed_by_organisation_id, contact_name,
                    contact_email, contact_phone, registered_by, registered_at)
                VALUES (:id, :unit, :manager, :name, :email, :phone, :by, :now)""")
                .param("id", id).param("unit", unitId).param("manager", manager.id())
                .param("by", user.id().value()).param("now", Timestamp.from(clock.instant()))
                .params(contact(command)).update();
        return view(user, find(id));
    }

    @Override
    public ExternalWorkplaceView update(UUID organisationId, ExternalWorkplaceCommand command) {
        CurrentUser user = currentUsers.current();
        Row row = find(organisationId);
        if (!manages(user, row)) {
            throw new AccessDeniedException("the managing organisation changes the workplace");
        }
        if (row.takenOverAt != null) {
            throw new ConflictException("externalWorkplace.alreadyTakenOver");
        }
        if (command.version() != null && command.version() != row.version) {
            throw new ConflictException("problem.editConflict");
        }
        String orgNumber = checked(command, organisationId);
        Organisation organisation = organisations.findById(organisationId).orElseThrow();
        Organisation manager = organisations.findById(row.managedBy).orElseThrow();
        organisation.apply(organisationCommand(command, orgNumber, manager, command.version()));
        organisations.saveAndFlush(organisation);
        Unit unit = units.findById(row.unitId).orElseThrow();
        unit.apply(unitCommand(command, null));
        units.saveAndFlush(unit);
        jdbc.sql("""
                UPDATE external_workplace SET contact_name = :name, contact_email = :email, contact_phone = :phone
                WHERE organisation_id = :id""").param("id", organisationId).params(contact(command)).update();
        return view(user, find(organisationId));
    }

    @Override
    @Transactional(readOnly = true)
    public ExternalWorkplaceView get(UUID organisationId) {
        CurrentUser user = currentUsers.current();
        Row row = find(organisationId);
        if (!mayRead(user, row)) {
            throw new AccessDeniedException("not a reader of this workplace");
        }
        return view(user, row);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExternalWorkplaceView> list() {
        CurrentUser user = currentUsers.current();
        boolean all = user.is(Role.ADMIN) && user.platformHost();
        if (!all && !user.isAnyOf(Role.COORDINATOR, Role.ADMIN)) {
            throw new AccessDeniedException("coordinators and admins");
        }
        return jdbc.sql(SELECT + (all ? "" : " WHERE e.managed_by_organisation_id = :org")
                        + " ORDER BY e.taken_over_at IS NOT NULL, lower(o.name) LIMIT 500")
                .param("org", user.organisationId().value()).query(ExternalWorkplaceService::map).list()
                .stream().map(r -> view(user, r)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRegister() {
        return mayRegister(currentUsers.current());
    }

    @Override
    public ExternalWorkplaceView takeOver(UUID organisationId, ExternalWorkplaceTakeOverCommand command) {
        CurrentUser user = currentUsers.current();
        Row row = find(organisationId);
        if (!mayHandOver(user, row)) {
            throw new AccessDeniedException("admins of the managing organisation hand a workplace over");
        }
        if (row.takenOverAt != null) {
            throw new ConflictException("externalWorkplace.alreadyTakenOver");
        }
        passwordPolicy.check("password", command.password(), command.username());
        UserAccount manager = accounts.saveAndFlush(new UserAccount(UUID.randomUUID(), new UserCommand(organisationId,
                row.unitId, command.username().strip(), command.displayName().strip(),
                Texts.blankToNull(command.email()), Role.EMPLOYER_MANAGER, null, true, null),
                passwordEncoder.encode(command.password())));
        int updated = jdbc.sql("""
                UPDATE external_workplace SET taken_over_at = :now, taken_over_by = :by
                WHERE organisation_id = :id AND taken_over_at IS NULL""")
                .param("id", organisationId).param("now", Timestamp.from(clock.instant()))
                .param("by", manager.id()).update();
        if (updated == 0) {
            throw new ConflictException("externalWorkplace.alreadyTakenOver");
        }
        return view(user, find(organisationId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> managerOf(UUID organisationId) {
        return jdbc.sql("""
                SELECT managed_by_organisation_id FROM external_workplace
                WHERE organisation_id = :id AND taken_over_at IS NULL""").param("id", organisationId)
                .query(UUID.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> managedBy(UUID managingOrganisationId) {
        return new HashSet<>(jdbc.sql("""
                SELECT organisation_id FROM external_workplace
                WHERE managed_by_organisation_id = :id AND taken_over_at IS NULL""")
                .param("id", managingOrganisationId).query(UUID.class).list());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> managerNames(Collection<UUID> organisationIds) {
        Map<UUID, String> names = new HashMap<>();
        if (organisationIds.isEmpty()) {
            return names;
        }
        jdbc.sql("""
                SELECT e.organisation_id, m.name FROM external_workplace e
                JOIN organisation m ON m.id = e.managed_by_organisation_id
                WHERE e.organisation_id = ANY(:ids) AND e.taken_over_at IS NULL""")
                .param("ids", organisationIds.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }

    // --- rules -------------------------------------------------------------------------------------------------

    private boolean mayRegister(CurrentUser user) {
        return user.isAnyOf(Role.COORDINATOR, Role.ADMIN) && organisations.findById(user.organisationId().value())
                .map(o -> o.view().type() == OrganisationType.MUNICIPALITY).orElse(false);
    }

    private static boolean manages(CurrentUser user, Row row) {
        return user.isAnyOf(Role.COORDINATOR, Role.ADMIN) && user.organisationId().value().equals(row.managedBy);
    }

    private static boolean mayRead(CurrentUser user, Row row) {
        return manages(user, row) || user.is(Role.ADMIN) && user.platformHost()
                || user.isAnyOf(Role.ADMIN, Role.EMPLOYER_MANAGER) && user.organisationId().value().equals(row.id);
    }

    private static boolean mayHandOver(CurrentUser user, Row row) {
        return user.is(Role.ADMIN) && (user.platformHost() || user.organisationId().value().equals(row.managedBy));
    }

    /** The organisation number written NNNNNN-NNNN, after every check of the command that needs the database. */
    private String checked(ExternalWorkplaceCommand command, UUID self) {
        List<FieldProblem> problems = new ArrayList<>();
        String orgNumber = OrganisationNumbers.normalise(command.orgNumber());
        switch (OrganisationNumbers.check(command.orgNumber())) {
            case FORMAT -> problems.add(new FieldProblem("orgNumber", "externalWorkplace.orgNumber.format"));
            case CHECK_DIGIT -> problems.add(new FieldProblem("orgNumber", "externalWorkplace.orgNumber.checkDigit"));
            case PERSONAL_NUMBER -> problems.add(new FieldProblem("orgNumber", "externalWorkplace.orgNumber.personal"));
            case NONE -> {
                boolean taken = jdbc.sql("SELECT exists (SELECT 1 FROM organisation WHERE org_number = :n AND id <> :self)")
                        .param("n", orgNumber).param("self", self == null ? new UUID(0, 0) : self)
                        .query(Boolean.class).single();
                if (taken) {
                    problems.add(new FieldProblem("orgNumber", "externalWorkplace.orgNumber.taken"));
                }
            }
        }
        boolean nameTaken = jdbc.sql("SELECT exists (SELECT 1 FROM organisation WHERE lower(name) = lower(:n) AND id <> :self)")
                .param("n", command.name().strip()).param("self", self == null ? new UUID(0, 0) : self)
                .query(Boolean.class).single();
        if (nameTaken) {
            problems.add(new FieldProblem("name", "organisation.name.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return orgNumber;
    }

    private static OrganisationCommand organisationCommand(ExternalWorkplaceCommand command, String orgNumber,
            Organisation manager, Long version) {
        return new OrganisationCommand(command.name(), OrganisationType.PRIVATE_EMPLOYER, orgNumber,
                manager.view().municipality(), version);
    }

    private static UnitCommand unitCommand(ExternalWorkplaceCommand command, Long version) {
        return new UnitCommand(command.name(), WORKPLACE_KIND, command.address(), version);
    }

    private static Map<String, Object> contact(ExternalWorkplaceCommand command) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", command.contactName().strip());
        params.put("email", Texts.blankToNull(command.contactEmail()));
        params.put("phone", Texts.blankToNull(command.contactPhone()));
        return params;
    }

    // --- reading -----------------------------------------------------------------------------------------------

    private static final String SELECT = """
            SELECT e.organisation_id, e.unit_id, e.managed_by_organisation_id, e.contact_name, e.contact_email,
                   e.contact_phone, e.registered_at, e.taken_over_at, o.name, o.org_number, o.version,
                   u.address, m.name AS manager_name
            FROM external_workplace e
            JOIN organisation o ON o.id = e.organisation_id
            JOIN unit u ON u.id = e.unit_id
            JOIN organisation m ON m.id = e.managed_by_organisation_id""";

    private Row find(UUID organisationId) {
        return jdbc.sql(SELECT + " WHERE e.organisation_id = :id").param("id", organisationId)
                .query(ExternalWorkplaceService::map).optional()
                .orElseThrow(() -> new NotFoundException("externalWorkplace.notFound"));
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        Timestamp takenOver = rs.getTimestamp("taken_over_at");
        return new Row(rs.getObject("organisation_id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getString("name"), rs.getString("org_number"), rs.getString("address"),
                rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone"),
                rs.getObject("managed_by_organisation_id", UUID.class), rs.getString("manager_name"),
                rs.getTimestamp("registered_at").toInstant(), takenOver == null ? null : takenOver.toInstant(),
                rs.getLong("version"));
    }

    private static ExternalWorkplaceView view(CurrentUser user, Row r) {
        boolean managed = r.takenOverAt == null;
        return new ExternalWorkplaceView(r.id, r.unitId, r.name, r.orgNumber, r.address, r.contactName,
                r.contactEmail, r.contactPhone, r.managedBy, r.managerName, r.registeredAt, r.takenOverAt, managed,
                managed && manages(user, r), managed && mayHandOver(user, r), r.version);
    }

    private record Row(UUID id, UUID unitId, String name, String orgNumber, String address, String contactName,
            String contactEmail, String contactPhone, UUID managedBy, String managerName, Instant registeredAt,
            Instant takenOverAt, long version) {
    }
}
