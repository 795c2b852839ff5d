package se.kompetenskedjan.identity.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kompetenskedjan.identity.OrganisationCommand;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.OrganisationView;
import se.kompetenskedjan.shared.Texts;

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    private UUID id;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrganisationType type;
    @Column(name = "org_number")
    private String orgNumber;
    private String municipality;
    @Column(name = "platform_host")
    private boolean platformHost;
    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(UUID id, OrganisationCommand command, boolean platformHost) {
        this.id = id;
        this.platformHost = platformHost;
        apply(command);
    }

    void apply(OrganisationCommand command) {
        this.name = command.name().strip();
        this.type = command.type();
        this.orgNumber = Texts.blankToNull(command.orgNumber());
        this.municipality = Texts.blankToNull(command.municipality());
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    boolean platformHost() {
        return platformHost;
    }

    long version() {
        return version;
    }

    OrganisationView view() {
        return new OrganisationView(id, name, type, orgNumber, municipality, platformHost, version);
    }
}
