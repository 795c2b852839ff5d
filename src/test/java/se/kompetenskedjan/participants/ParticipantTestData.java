package se.kompetenskedjan.participants;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.ParticipantJson;
import se.kompetenskedjan.support.SignedIn;

/**
 * Test data builders for the participants module: a participant registered by a coordinator (of the coordinator's
 * organisation), optionally with consent to share with other organisations, through {@link ParticipantRegister}
 * with its access checks. Defaults are fictitious and valid (a personnummer of Skatteverket's test series, an
 * example.se address), new on every call.
 *
 * <pre>{@code
 * UUID participant = participants.participant().registeredBy(coordinator).consentingTo(care.id()).create();
 * }</pre>
 */
public final class ParticipantTestData {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final ParticipantRegister register;
    private final Clock clock;

    public ParticipantTestData(ApplicationContext context) {
        this.register = context.getBean(ParticipantRegister.class);
        this.clock = context.getBean(Clock.class);
    }

    public ParticipantBuilder participant() {
        return new ParticipantBuilder();
    }

    public final class ParticipantBuilder {

        private final long n = SEQUENCE.incrementAndGet();
        private TestUser coordinator;
        private String firstName = "Testa";
        private String lastName = "Testsson-" + n;
        private ParticipantStatus status = ParticipantStatus.MAPPING;
        private SwedishLevel swedishLevel = SwedishLevel.SFI_C;
        private boolean withPersonnummer = true;
        private Gender gender = Gender.WOMAN;
        private Integer birthYear = 1988;
        private final Set<UUID> consentTo = new LinkedHashSet<>();

        private ParticipantBuilder() {
        }

        /** The coordinator who registers the participant (required); the participant belongs to their organisation. */
        public ParticipantBuilder registeredBy(TestUser value) {
            coordinator = value;
            return this;
        }

        public ParticipantBuilder named(String first, String last) {
            firstName = first;
            lastName = last;
            return this;
        }

        public ParticipantBuilder status(ParticipantStatus value) {
            status = value;
            return this;
        }

        public ParticipantBuilder swedishLevel(SwedishLevel value) {
            swedishLevel = value;
            return this;
        }

        public ParticipantBuilder gender(Gender value) {
            gender = value;
            return this;
        }

        /** The year of birth (null: not recorded); 1988 by default. */
        public ParticipantBuilder bornIn(Integer value) {
            birthYear = value;
            return this;
        }

        /** Registered with a reserve identity only. */
        public ParticipantBuilder withoutPersonnummer() {
            withPersonnummer = false;
            return this;
        }

        /** Gives consent, from today for six months, to share with these organisations. */
        public ParticipantBuilder consentingTo(UUID... organisationIds) {
            consentTo.addAll(List.of(organisationIds));
            return this;
        }

        public UUID create() {
            if (coordinator == null) {
                throw new IllegalStateException("registeredBy(coordinator) is required");
            }
            ParticipantCommand command = new ParticipantCommand(firstName, lastName,
                    withPersonnummer ? ParticipantJson.testPersonnummer() : null, "KK-TEST-" + n,
                    "testa" + n + "@example.se", "070-000 00 00", "Exempelgatan 1", "123 45", "Testby",
                    gender, birthYear, List.of("ar", "sv"), swedishLevel, EducationLevel.PRIMARY, null,
                    ReferralSource.MUNICIPAL_LABOUR_MARKET, IncomeSource.SOCIAL_ASSISTANCE, true, null, false,
                    List.of("B"), "Vill arbeta i vården", coordinator.id(), status, null);
            return SignedIn.as(coordinator.username(), () -> {
                UUID id = register.create(command).id();
                if (!consentTo.isEmpty()) {
                    LocalDate today = SwedishTime.today(clock);
                    register.giveConsent(id, new ConsentCommand("Samverkan kring praktik", Set.copyOf(consentTo),
                            today, today.plusMonths(6)));
                }
                return id;
            });
        }
    }
}
