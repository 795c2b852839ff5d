package se.kompetenskedjan.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.OrganisationCommand;
import se.kompetenskedjan.identity.OrganisationId;
import se.kompetenskedjan.identity.OrganisationView;
import se.kompetenskedjan.identity.PasswordChange;
import se.kompetenskedjan.identity.PasswordReset;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.TooManyAttemptsException;
import se.kompetenskedjan.identity.UnitCommand;
import se.kompetenskedjan.identity.UnitId;
import se.kompetenskedjan.identity.UnitView;
import se.kompetenskedjan.identity.UserCommand;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;

@Service
@Transactional
class IdentityService implements IdentityDirectory {

    private final OrganisationRepository organisations;
    private final UnitRepository units;
    private final UserAccountRepository accounts;
    private final CurrentUsers currentUsers;
    private final IdentityPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final LoginThrottle throttle;
    private final SessionEnding sessions;
    private final JdbcClient jdbc;

    IdentityService(OrganisationRepository organisations, UnitRepository units, UserAccountRepository accounts,
            CurrentUsers currentUsers, IdentityPolicy policy, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, LoginThrottle throttle, SessionEnding sessions, JdbcClient jdbc) {
        this.organisations = organisations;
        this.units = units;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<OrganisationView> organisations(Integer page, Integer size) {
        currentUsers.current();
        return PageResult.of(organisations.findAll(Paging.of(page, size, Sort.by("name"))), Organisation::view);
    }

    @Override
    @Transactional(readOnly = true)
    public OrganisationView organisation(UUID id) {
        currentUsers.current();
        return findOrganisation(id).view();
    }

    @Override
    public OrganisationView createOrganisation(OrganisationCommand command) {
        policy.requirePlatformAdmin(currentUsers.current());
        return organisations.saveAndFlush(new Organisation(UUID.randomUUID(), command, false)).view();
    }

    @Override
    public OrganisationView updateOrganisation(UUID id, OrganisationCommand command) {
        CurrentUser user = currentUsers.current();
        Organisation organisation = findOrganisation(id);
        policy.requireAdminOf(user, id);
        requireVersion(command.version(), organisation.version());
        organisation.apply(command);
        return organisations.saveAndFlush(organisation).view();
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<UnitView> units(UUID organisationId, Integer page, Integer size) {
        currentUsers.current();
        findOrganisation(organisationId);
        return PageResult.of(units.findByOrganisationId(organisationId, Paging.of(page, size, Sort.by("name"))), Unit::view);
    }

    @Override
    @Transactional(readOnly = true)
    public UnitView unit(UUID id) {
        currentUsers.current();
        return findUnit(id).view();
    }

    @Override
    public UnitView createUnit(UUID organisationId, UnitCommand command) {
        CurrentUser user = currentUsers.current();
        findOrganisation(organisationId);
        policy.requireAdminOf(user, organisationId);
        return units.saveAndFlush(new Unit(UUID.randomUUID(), organisationId, command)).view();
    }

    @Override
    public UnitView updateUnit(UUID id, UnitCommand command) {
        CurrentUser user = currentUsers.current();
        Unit unit = findUnit(id);
        policy.requireAdminOf(user, unit.organisationId());
        requireVersion(command.version(), unit.version());
        unit.apply(command);
        return units.saveAndFlush(unit).view();
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<UserView> users(UUID organisationId, Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        findOrganisation(organisationId);
        policy.requireAdminOf(user, organisationId);
        return PageResult.of(accounts.findByOrganisationId(organisationId, Paging.of(page, size, Sort.by("displayName"))),
                UserAccount::view);
    }

    @Override
    @Transactional(readOnly = true)
    public UserView user(UUID id) {
        CurrentUser user = currentUsers.current();
        UserAccount account = findAccount(id);
        if (!account.id().equals(user.id().value())) {
            policy.requireAdminOf(user, account.organisationId());
        }
        return account.view();
    }

    @Override
    public UserView createUser(UserCommand command) {
        CurrentUser user = currentUsers.current();
        policy.requireAdminOf(user, command.organisationId());
        checkReferences(command);
        String hash = null;
        if (hasText(command.password())) {
            passwordPolicy.check("password", command.password(), command.username());
            hash = passwordEncoder.encode(command.password());
        }
        return accounts.saveAndFlush(new UserAccount(UUID.randomUUID(), command, hash)).view();
    }

    @Override
    public UserView updateUser(UUID id, UserCommand command) {
        CurrentUser user = currentUsers.current();
        UserAccount account = findAccount(id);
        policy.requireAdminOf(user, account.organisationId());
        policy.requireAdminOf(user, command.organisationId());
        if (account.role() == Role.PARTICIPANT) {
            throw new InvalidFieldException("role", "user.role.participantViaRegister");
        }
        checkReferences(command);
        requireVersion(command.version(), account.version());
        if (hasText(command.password())) {
            requireNotSelf(user, account);
            passwordPolicy.check("password", command.password(), command.username());
        }
        account.apply(command);
        if (hasText(command.password())) {
            account.changePassword(passwordEncoder.encode(command.password()), sessions.now());
        }
        return accounts.saveAndFlush(account).view();
    }

    @Override
    public void changeOwnPassword(PasswordChange change, String remoteAddress) {
        CurrentUser user = currentUsers.current();
        UserAccount account = findAccount(user.id().value());
        if (account.passwordHash() == null) {
            throw new InvalidFieldException("currentPassword", "user.password.noLocalPassword");
        }
        // Guessing the current password here is like guessing a login: the same limits, in a count of its own.
        LoginThrottle.Attempt attempt = throttle.attempt(LoginThrottle.Guess.CURRENT_PASSWORD, account.username(),
                remoteAddress, true);
        if (!attempt.allowed()) {
            throw new TooManyAttemptsException(attempt.waitTime());
        }
        if (!passwordEncoder.matches(change.currentPassword(), account.passwordHash())) {
            throttle.failed(attempt);
            throw new InvalidFieldException("currentPassword", "user.password.current.wrong");
        }
        throttle.succeeded(attempt);
        passwordPolicy.check("newPassword", change.newPassword(), account.username());
        Instant now = sessions.now();
        // The same password again keeps its hash: the request then only ends the other sessions.
        String hash = change.newPassword().equals(change.currentPassword()) ? account.passwordHash()
                : passwordEncoder.encode(change.newPassword());
        account.changePassword(hash, now);
        accounts.saveAndFlush(account);
        sessions.keepCurrentSession(account.username(), now);
    }

    @Override
    public void resetPassword(UUID userId, PasswordReset reset) {
        CurrentUser user = currentUsers.current();
        UserAccount account = findAccount(userId);
        policy.requireAdminOf(user, account.organisationId());
        requireNotSelf(user, account);
        passwordPolicy.check("newPassword", reset.newPassword(), account.username());
        account.changePassword(passwordEncoder.encode(reset.newPassword()), sessions.now());
        accounts.saveAndFlush(account);
    }

    @Override
    public void endSessions(UUID userId) {
        CurrentUser user = currentUsers.current();
        UserAccount account = findAccount(userId);
        policy.requireAdminOf(user, account.organisationId());
        // Not through the entity: ending sessions is no edit of the account and must not make an open edit stale.
        accounts.endSessions(account.id(), sessions.now());
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationView> organisationChoices() {
        return organisations.findAll(PageRequest.of(0, 500, Sort.by("name"))).map(Organisation::view)
                .getContent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserView> usersWithRole(OrganisationId organisationId, Role role) {
        return accounts.findTop200ByOrganisationIdAndRoleAndEnabledTrueOrderByDisplayName(organisationId.value(), role)
                .stream().map(UserAccount::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserView> findUser(UserId id) {
        return accounts.findById(id.value()).map(UserAccount::view);
    }

    @Override
    public Map<UUID, String> displayNames(Collection<UUID> userIds) {
        return names("SELECT id, display_name FROM user_account WHERE id = ANY(:ids)", userIds);
    }

    @Override
    public Map<UUID, UUID> organisationsOfUsers(Collection<UUID> userIds) {
        Map<UUID, UUID> organisations = new HashMap<>();
        if (userIds.isEmpty()) {
            return organisations;
        }
        jdbc.sql("SELECT id, organisation_id FROM user_account WHERE id = ANY(:ids)")
                .param("ids", userIds.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    organisations.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return organisations;
    }

    @Override
    public Map<UUID, String> organisationNames(Collection<UUID> organisationIds) {
        return names("SELECT id, name FROM organisation WHERE id = ANY(:ids)", organisationIds);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<UUID> organisationIds() {
        return java.util.Set.copyOf(jdbc.sql("SELECT id FROM organisation").query(UUID.class).list());
    }

    /** Names for the lists of other modules, read as plain rows: lists ask for them on every page. */
    private Map<UUID, String> names(String sql, Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql(sql).param("ids", ids.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> unitNames(Collection<UUID> unitIds) {
        Map<UUID, String> names = new HashMap<>();
        units.findAllById(new HashSet<>(unitIds)).forEach(u -> names.put(u.view().id(), u.view().name()));
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<UnitView> unitsByOrganisationName(OrganisationId organisationId, Integer page, Integer size) {
        return PageResult.of(units.findInOrganisationOrder(organisationId == null ? null : organisationId.value(),
                Paging.of(page, size, Sort.unsorted())), Unit::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UnitView> findUnit(UnitId id) {
        return units.findById(id.value()).map(Unit::view);
    }

    @Override
    public UserId createParticipantAccount(OrganisationId organisationId, String username, String displayName,
            UUID participantId, String rawPassword) {
        if (rawPassword != null) {
            passwordPolicy.check("password", rawPassword, username);
        }
        UserAccount account = UserAccount.participantAccount(UUID.randomUUID(), organisationId.value(), username,
                displayName, participantId, rawPassword == null ? null : passwordEncoder.encode(rawPassword));
        return new UserId(accounts.saveAndFlush(account).id());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserView> participantAccount(UUID participantId) {
        return accounts.findByParticipantId(participantId).map(UserAccount::view);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean usernameFree(String username) {
        return accounts.findByUsername(username).isEmpty();
    }

    @Override
    public UserView ensureParticipantAccount(OrganisationId organisationId, UUID participantId, String username,
            String displayName) {
        return accounts.findByParticipantId(participantId).orElseGet(() -> {
            UserAccount account = UserAccount.participantAccount(UUID.randomUUID(), organisationId.value(), username,
                    displayName, participantId, null);
            account.enable(false);
            return accounts.saveAndFlush(account);
        }).view();
    }

    @Override
    public UserView activateParticipantAccount(UUID participantId, String rawPassword) {
        UserAccount account = accounts.findByParticipantId(participantId)
                .orElseThrow(() -> new NotFoundException("user.notFound"));
        passwordPolicy.check("password", rawPassword, account.username());
        account.changePassword(passwordEncoder.encode(rawPassword), sessions.now());
        account.enable(true);
        return accounts.saveAndFlush(account).view();
    }

    @Override
    public UserView linkParticipantOidcSubject(UUID participantId, String subject) {
        if (!StringUtils.hasText(subject)) {
            throw new IllegalArgumentException("no subject");
        }
        UserAccount account = accounts.findByParticipantId(participantId)
                .orElseThrow(() -> new NotFoundException("user.notFound"));
        accounts.findByOidcSubject(subject).filter(other -> !other.id().equals(account.id())).ifPresent(other -> {
            throw new ConflictException("user.oidcSubject.taken");
        });
        // Sessions are left as they are: the login was switched off (and its sessions ended) until now, and the
        // session that signs in through the provider right now is the participant's own.
        account.linkOidcSubject(subject);
        account.enable(true);
        return accounts.saveAndFlush(account).view();
    }

    @Override
    public boolean stopParticipantAccount(UUID participantId) {
        Optional<UserAccount> account = accounts.findByParticipantId(participantId).filter(UserAccount::enabled);
        account.ifPresent(a -> {
            a.enable(false);
            a.changePassword(a.passwordHash(), sessions.now());
            a.linkOidcSubject(null);
            accounts.saveAndFlush(a);
        });
        return account.isPresent();
    }

    private void checkReferences(UserCommand command) {
        if (command.role() == Role.PARTICIPANT) {
            throw new InvalidFieldException("role", "user.role.participantViaRegister");
        }
        if (!organisations.existsById(command.organisationId())) {
            throw new InvalidFieldException("organisationId", "organisation.unknown");
        }
        if (command.unitId() != null) {
            Unit unit = units.findById(command.unitId())
                    .orElseThrow(() -> new InvalidFieldException("unitId", "unit.unknown"));
            if (!unit.organisationId().equals(command.organisationId())) {
                throw new InvalidFieldException("unitId", "unit.otherOrganisation");
            }
        }
    }

    /** One's own password is changed with the current one (changeOwnPassword), not set like an admin sets others'. */
    private static void requireNotSelf(CurrentUser user, UserAccount account) {
        if (account.id().equals(user.id().value())) {
            throw new ConflictException("user.password.resetOwn");
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    static void requireVersion(Long given, long current) {
        if (given != null && given != current) {
            throw new ConflictException("problem.editConflict");
        }
    }

    private Organisation findOrganisation(UUID id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation.notFound"));
    }

    private Unit findUnit(UUID id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit.notFound"));
    }

    private UserAccount findAccount(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("user.notFound"));
    }
}
