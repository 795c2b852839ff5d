package se.kompetenskedjan.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserCommand;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.shared.Texts;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "unit_id")
    private UUID unitId;
    private String username;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "participant_id")
    private UUID participantId;
    private boolean enabled = true;
    @Column(name = "oidc_subject")
    private String oidcSubject;
    /** Sessions that signed in before this are over (set by a password change or reset and by "end sessions"). */
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;
    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(UUID id, UserCommand command, String passwordHash) {
        this.id = id;
        this.passwordHash = passwordHash;
        apply(command);
    }

    static UserAccount participantAccount(UUID id, UUID organisationId, String username, String displayName,
            UUID participantId, String passwordHash) {
        return participantAccount(id, organisationId, username, displayName, null, participantId, passwordHash);
    }

    static UserAccount participantAccount(UUID id, UUID organisationId, String username, String displayName,
            String email, UUID participantId, String passwordHash) {
        UserAccount account = new UserAccount();
        account.id = id;
        account.organisationId = organisationId;
        account.username = username;
        account.displayName = displayName;
        account.email = Texts.blankToNull(email);
        account.role = Role.PARTICIPANT;
        account.participantId = participantId;
        account.passwordHash = passwordHash;
        return account;
    }

    void apply(UserCommand command) {
        this.organisationId = command.organisationId();
        this.unitId = command.unitId();
        this.username = command.username().strip();
        this.displayName = command.displayName().strip();
        this.email = Texts.blankToNull(command.email());
        this.role = command.role();
        this.enabled = command.enabled() == null || command.enabled();
    }

    /** A new password ends every session that signed in before the change. */
    void changePassword(String hash, Instant sessionsValidFrom) {
        this.passwordHash = hash;
        this.sessionsValidFrom = sessionsValidFrom;
    }

    /** A participant's login is switched on by accepting an invitation and off when it must stop working. */
    void enable(boolean value) {
        this.enabled = value;
    }

    /** null unlinks: the account then cannot be signed in to through OIDC or with a bearer token. */
    void linkOidcSubject(String subject) {
        this.oidcSubject = subject;
    }

    String oidcSubject() {
        return oidcSubject;
    }

    UUID id() {
        return id;
    }

    UUID organisationId() {
        return organisationId;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    UUID participantId() {
        return participantId;
    }

    boolean enabled() {
        return enabled;
    }

    long version() {
        return version;
    }

    UserView view() {
        return new UserView(id, organisationId, unitId, username, displayName, email, role, enabled, version);
    }
}
