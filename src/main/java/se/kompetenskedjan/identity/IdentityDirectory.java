package se.kompetenskedjan.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * The identity module's public face. Methods taking no CurrentUser check the signed-in user's rights themselves;
 * the lookups marked "internal" serve other modules and reveal no more than names.
 */
public interface IdentityDirectory {

    PageResult<OrganisationView> organisations(Integer page, Integer size);

    OrganisationView organisation(UUID id);

    OrganisationView createOrganisation(OrganisationCommand command);

    OrganisationView updateOrganisation(UUID id, OrganisationCommand command);

    PageResult<UnitView> units(UUID organisationId, Integer page, Integer size);

    UnitView unit(UUID id);

    UnitView createUnit(UUID organisationId, UnitCommand command);

    UnitView updateUnit(UUID id, UnitCommand command);

    PageResult<UserView> users(UUID organisationId, Integer page, Integer size);

    UserView user(UUID id);

    UserView createUser(UserCommand command);

    UserView updateUser(UUID id, UserCommand command);

    /**
     * The signed-in user changes their own password; every other session of theirs ends, the one making the change
     * (if any) stays. remoteAddress counts wrong current passwords like failed logins.
     *
     * @throws TooManyAttemptsException when too many wrong passwords came from this address
     */
    void changeOwnPassword(PasswordChange change, String remoteAddress);

    /** An admin of the user's organisation sets a new password; all the user's sessions end. */
    void resetPassword(UUID userId, PasswordReset reset);

    /** An admin of the user's organisation ends all the user's sessions (signed in with password or OIDC). */
    void endSessions(UUID userId);

    /** Internal: organisations to choose from, e.g. when a consent shares data; a bounded list sorted by name. */
    List<OrganisationView> organisationChoices();

    /** Internal: enabled users of one organisation with the given role, e.g. coordinators to assign. */
    List<UserView> usersWithRole(OrganisationId organisationId, Role role);

    /** Internal: a user by id, for showing names and checking references. */
    Optional<UserView> findUser(UserId id);

    /** Internal: display names of users, by id; unknown ids are left out. */
    Map<UUID, String> displayNames(Collection<UUID> userIds);

    /**
     * Internal, for the modules' indicator sources: the organisation of each user, by id (a signer's organisation is
     * the one that validated); unknown ids are left out.
     */
    Map<UUID, UUID> organisationsOfUsers(Collection<UUID> userIds);

    /** Internal: names of organisations, by id; unknown ids are left out. */
    Map<UUID, String> organisationNames(Collection<UUID> organisationIds);

    /** Internal: the ids of every organisation, for figures over the whole region (ids only, no rights checked). */
    java.util.Set<UUID> organisationIds();

    /** Internal: names of units, by id; unknown ids are left out. */
    Map<UUID, String> unitNames(Collection<UUID> unitIds);

    /**
     * Internal: a page of the units of one organisation, or of every organisation when it is null, sorted by
     * organisation name and unit name; for reports that other modules build per unit. Checks no rights.
     */
    PageResult<UnitView> unitsByOrganisationName(OrganisationId organisationId, Integer page, Integer size);

    /** Internal: a unit by id. */
    Optional<UnitView> findUnit(UnitId id);

    /** Internal: creates the login of a participant; used when a participant is given access to their own pages. */
    UserId createParticipantAccount(OrganisationId organisationId, String username, String displayName,
            UUID participantId, String rawPassword);

    /** Internal: the login of the participant, if they have one (enabled or not). */
    Optional<UserView> participantAccount(UUID participantId);

    /** Internal: whether no account has this username (compared as logins compare it, ignoring case). */
    boolean usernameFree(String username);

    /**
     * Internal, for the invitations module, which has checked the right to the participant: the participant's login,
     * made (switched off, without a password) with this username and name if they have none yet.
     */
    UserView ensureParticipantAccount(OrganisationId organisationId, UUID participantId, String username,
            String displayName);

    /**
     * Internal, for the invitations module, which has checked the invitation: the participant's login gets this
     * password and is switched on; sessions that signed in before end. The password policy applies
     * (InvalidFieldException on "password"); NotFoundException when the participant has no login.
     */
    UserView activateParticipantAccount(UUID participantId, String rawPassword);

    /**
     * Internal, for the invitations module, which has checked the invitation: the participant's login is linked to
     * this subject (sub) of the organisation's identity provider, so that they sign in through it, and is switched on
     * (a password set earlier keeps working). ConflictException "user.oidcSubject.taken" when another account has the
     * subject; NotFoundException when the participant has no login.
     */
    UserView linkParticipantOidcSubject(UUID participantId, String subject);

    /**
     * Internal: the participant's login, if any, stops working (disabled, every session ends, the link to the identity
     * provider's subject is removed: a new invitation links anew); false if none was enabled.
     */
    boolean stopParticipantAccount(UUID participantId);
}
