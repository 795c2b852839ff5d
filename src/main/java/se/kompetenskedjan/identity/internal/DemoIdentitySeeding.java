package se.kompetenskedjan.identity.internal;

import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import se.kompetenskedjan.identity.IdentitySeeding;
import se.kompetenskedjan.identity.OrganisationCommand;
import se.kompetenskedjan.identity.OrganisationId;
import se.kompetenskedjan.identity.OrganisationView;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UnitCommand;
import se.kompetenskedjan.identity.UnitView;
import se.kompetenskedjan.identity.UserCommand;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.identity.UserView;

/** The demo profile's seeding of organisations, units and accounts; see {@link IdentitySeeding} for its limits. */
@Service
@Profile("demo")
@Transactional
class DemoIdentitySeeding implements IdentitySeeding {

    private final OrganisationRepository organisations;
    private final UnitRepository units;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    DemoIdentitySeeding(OrganisationRepository organisations, UnitRepository units, UserAccountRepository accounts,
            PasswordEncoder passwordEncoder) {
        this.organisations = organisations;
        this.units = units;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public OrganisationView createOrganisation(UUID id, OrganisationCommand command, boolean platformHost) {
        requireSystem();
        requireNew(organisations.existsById(id), "organisation", id);
        return organisations.saveAndFlush(new Organisation(id, command, platformHost)).view();
    }

    @Override
    public UnitView createUnit(UUID id, UUID organisationId, UnitCommand command) {
        requireSystem();
        requireNew(units.existsById(id), "unit", id);
        if (!organisations.existsById(organisationId)) {
            throw new IllegalArgumentException("no organisation " + organisationId);
        }
        return units.saveAndFlush(new Unit(id, organisationId, command)).view();
    }

    @Override
    public Accounts accountsWithPassword(String password) {
        requireSystem();
        String hash = passwordEncoder.encode(password);
        return new Accounts() {
            @Override
            public UserView staff(UUID id, UserCommand command) {
                return createStaff(id, command, hash);
            }

            @Override
            public UserId participant(UUID id, OrganisationId organisationId, String username, String displayName,
                    String email, UUID participantId) {
                return createParticipantAccount(id, organisationId, username, displayName, email, participantId, hash);
            }
        };
    }

    private UserView createStaff(UUID id, UserCommand command, String hash) {
        requireSystem();
        requireNew(accounts.existsById(id), "account", id);
        if (command.password() != null || command.role() == Role.PARTICIPANT) {
            throw new IllegalArgumentException("a seeded staff account has the shared password and a staff role");
        }
        if (command.unitId() != null && !units.findById(command.unitId())
                .map(u -> u.organisationId().equals(command.organisationId())).orElse(false)) {
            throw new IllegalArgumentException("unit " + command.unitId() + " is not one of the account's organisation");
        }
        return accounts.saveAndFlush(new UserAccount(id, command, hash)).view();
    }

    private UserId createParticipantAccount(UUID id, OrganisationId organisationId, String username, String displayName,
            String email, UUID participantId, String hash) {
        requireSystem();
        requireNew(accounts.existsById(id), "account", id);
        return new UserId(accounts.saveAndFlush(UserAccount.participantAccount(id, organisationId.value(), username,
                displayName, email, participantId, hash)).id());
    }

    /** Seeding acts as the system: never on behalf of a request or of a signed-in user, whose rights it would skip. */
    private static void requireSystem() {
        if (RequestContextHolder.getRequestAttributes() != null
                || SecurityContextHolder.getContext().getAuthentication() != null) {
            throw new IllegalStateException("identity seeding runs as the system: not in a request, nobody signed in");
        }
    }

    private static void requireNew(boolean exists, String what, UUID id) {
        if (exists) {
            throw new IllegalStateException("seeding creates only: the " + what + " id " + id + " is taken");
        }
    }
}
