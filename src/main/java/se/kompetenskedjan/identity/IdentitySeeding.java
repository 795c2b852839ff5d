package se.kompetenskedjan.identity;

import java.util.UUID;

/**
 * Seeds the fictitious demo region: organisations, units and accounts with the fixed ids that the README, the tests
 * and the demo's other parts rely on. For seeding only, and limited three ways:
 * <ul>
 * <li>only in the {@code demo} profile: its one implementation is a bean of that profile, so in any other profile
 * nothing can be wired to it (a class that asks for it does not start);</li>
 * <li>it acts as the system, as the platform's bootstrap of the first administrator does, and so checks no user's
 * rights: it refuses to run inside a web request or while anyone is signed in;</li>
 * <li>it only creates: an id that is taken is refused, so nothing that exists is changed or taken over.</li>
 * </ul>
 * Everything else is done through {@link IdentityDirectory}, with its checks.
 */
public interface IdentitySeeding {

    OrganisationView createOrganisation(UUID id, OrganisationCommand command, boolean platformHost);

    UnitView createUnit(UUID id, UUID organisationId, UnitCommand command);

    /** Creates accounts that all sign in with this password, hashed once (the demo publishes one password for all). */
    Accounts accountsWithPassword(String password);

    /** Accounts sharing one password; each call is refused like the seeding's others (request, signed in, taken id). */
    interface Accounts {

        /** A staff account; the command carries no password of its own (refused if it does) and not PARTICIPANT. */
        UserView staff(UUID id, UserCommand command);

        /** The login of a participant of the register, in the participant's organisation. */
        UserId participant(UUID id, OrganisationId organisationId, String username, String displayName, String email,
                UUID participantId);
    }
}
