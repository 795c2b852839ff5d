package se.kompetenskedjan.participants.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kompetenskedjan.participants.EducationLevel;
import se.kompetenskedjan.participants.Gender;
import se.kompetenskedjan.participants.IncomeSource;
import se.kompetenskedjan.participants.ParticipantCommand;
import se.kompetenskedjan.participants.ParticipantStatus;
import se.kompetenskedjan.participants.ParticipantView;
import se.kompetenskedjan.participants.Personnummer;
import se.kompetenskedjan.participants.ReferralSource;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.shared.Texts;

@Entity
@Table(name = "participant")
class Participant {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "coordinator_id")
    private UUID coordinatorId;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String personnummer;
    @Column(name = "reserve_identity")
    private String reserveIdentity;
    private String email;
    private String phone;
    @Column(name = "street_address")
    private String streetAddress;
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Column(name = "birth_year")
    private Integer birthYear;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> languages;
    @Enumerated(EnumType.STRING)
    @Column(name = "swedish_level")
    private SwedishLevel swedishLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "education_level")
    private EducationLevel educationLevel;
    @Column(name = "education_notes")
    private String educationNotes;
    @Enumerated(EnumType.STRING)
    @Column(name = "referral_source")
    private ReferralSource referralSource;
    @Enumerated(EnumType.STRING)
    @Column(name = "income_source")
    private IncomeSource incomeSource;
    @Column(name = "needs_childcare")
    private boolean needsChildcare;
    @Column(name = "travel_notes")
    private String travelNotes;
    @Column(name = "can_cycle")
    private boolean canCycle;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "driving_licences")
    private List<String> drivingLicences;
    private String interests;
    @Enumerated(EnumType.STRING)
    private ParticipantStatus status;
    /** The status follows the participant's journeys (see {@link #followJourneys}); it is no longer set by hand. */
    @Column(name = "status_from_journey")
    private boolean statusFromJourney;
    @Column(name = "search_name", insertable = false, updatable = false)
    private String searchName;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Participant() {
    }

    Participant(UUID id, UUID organisationId, ParticipantCommand command, String generatedReserveIdentity, Instant at) {
        this.id = id;
        this.organisationId = organisationId;
        this.status = command.status() == null ? ParticipantStatus.REFERRED : command.status();
        apply(command, generatedReserveIdentity, at);
    }

    /**
     * Without a personnummer a participant keeps (or gets) a reserve identity, so they can always be told apart. The
     * status is set by hand only while no journey decides it: a status that differs from the one the journeys decided
     * is refused (409, nothing changed); none (null) keeps the status.
     */
    void apply(ParticipantCommand c, String generatedReserveIdentity, Instant at) {
        if (c.status() != null && c.status() != status && statusFromJourney) {
            throw new ConflictException("participant.status.followsJourney");
        }
        firstName = c.firstName().strip();
        lastName = c.lastName().strip();
        String pnr = Texts.blankToNull(c.personnummer());
        personnummer = pnr == null ? null : Personnummer.parse(pnr, LocalDate.ofInstant(at, SwedishTime.SWEDEN)).value();
        String reserve = Texts.blankToNull(c.reserveIdentity());
        if (reserve != null || personnummer != null) {
            reserveIdentity = reserve;
        } else if (reserveIdentity == null) {
            reserveIdentity = generatedReserveIdentity;
        }
        email = Texts.blankToNull(c.email());
        phone = Texts.blankToNull(c.phone());
        streetAddress = Texts.blankToNull(c.streetAddress());
        postalCode = Texts.blankToNull(c.postalCode());
        city = Texts.blankToNull(c.city());
        gender = c.gender();
        birthYear = c.birthYear() != null ? c.birthYear() : personnummer != null ? new Personnummer(personnummer).birthYear() : null;
        languages = c.languages() == null ? List.of() : c.languages().stream().distinct().toList();
        swedishLevel = c.swedishLevel();
        educationLevel = c.educationLevel();
        educationNotes = Texts.blankToNull(c.educationNotes());
        referralSource = c.referralSource();
        incomeSource = c.incomeSource();
        needsChildcare = Boolean.TRUE.equals(c.needsChildcare());
        travelNotes = Texts.blankToNull(c.travelNotes());
        canCycle = Boolean.TRUE.equals(c.canCycle());
        drivingLicences = c.drivingLicences() == null ? List.of() : c.drivingLicences().stream().distinct().toList();
        interests = Texts.blankToNull(c.interests());
        coordinatorId = c.coordinatorId();
        if (c.status() != null) {
            status = c.status();
        }
        updatedAt = at;
    }

    /**
     * The status the participant's journeys decide; from now on it follows them. Returns the status before, for the
     * event (unchanged when it was the same).
     */
    /** Responsibility moves to another organisation and one of its coordinators (an accepted hand-over). */
    void handOver(UUID toOrganisationId, UUID toCoordinatorId, Instant at) {
        if (toOrganisationId.equals(organisationId)) {
            throw new IllegalStateException("already the responsible organisation");
        }
        organisationId = toOrganisationId;
        coordinatorId = toCoordinatorId;
        updatedAt = at;
    }

    ParticipantStatus followJourneys(ParticipantStatus decided, Instant at) {
        ParticipantStatus before = status;
        if (decided != status || !statusFromJourney) {
            status = decided;
            statusFromJourney = true;
            updatedAt = at;
        }
        return before;
    }

    boolean statusFromJourney() {
        return statusFromJourney;
    }

    UUID id() {
        return id;
    }

    UUID organisationId() {
        return organisationId;
    }

    UUID coordinatorId() {
        return coordinatorId;
    }

    void swedishLevel(SwedishLevel level) {
        swedishLevel = level;
    }

    SwedishLevel swedishLevel() {
        return swedishLevel;
    }

    se.kompetenskedjan.participants.ParticipantStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    ParticipantView view(String coordinatorName) {
        return new ParticipantView(id, organisationId, firstName, lastName, personnummer, reserveIdentity, email, phone,
                streetAddress, postalCode, city, gender, birthYear, List.copyOf(languages), swedishLevel,
                educationLevel, educationNotes, referralSource, incomeSource, needsChildcare, travelNotes, canCycle,
                List.copyOf(drivingLicences), interests, coordinatorId, coordinatorName, status, statusFromJourney, updatedAt,
                version);
    }

    se.kompetenskedjan.participants.ParticipantSummary summary(String coordinatorName) {
        return new se.kompetenskedjan.participants.ParticipantSummary(id, firstName, lastName, birthYear, status,
                coordinatorId, coordinatorName, organisationId);
    }
}
