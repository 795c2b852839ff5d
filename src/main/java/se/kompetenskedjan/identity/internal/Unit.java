package se.kompetenskedjan.identity.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kompetenskedjan.identity.UnitCommand;
import se.kompetenskedjan.identity.UnitView;
import se.kompetenskedjan.shared.Texts;

@Entity
@Table(name = "unit")
class Unit {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    private String name;
    private String kind;
    private String address;
    @Version
    private long version;

    protected Unit() {
    }

    Unit(UUID id, UUID organisationId, UnitCommand command) {
        this.id = id;
        this.organisationId = organisationId;
        apply(command);
    }

    void apply(UnitCommand command) {
        this.name = command.name().strip();
        this.kind = command.kind().strip();
        this.address = Texts.blankToNull(command.address());
    }

    UUID organisationId() {
        return organisationId;
    }

    long version() {
        return version;
    }

    UnitView view() {
        return new UnitView(id, organisationId, name, kind, address, version);
    }
}
