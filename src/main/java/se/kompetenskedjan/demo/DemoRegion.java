package se.kompetenskedjan.demo;

import static se.kompetenskedjan.participants.EducationLevel.NONE;
import static se.kompetenskedjan.participants.EducationLevel.POST_SECONDARY;
import static se.kompetenskedjan.participants.EducationLevel.PRIMARY;
import static se.kompetenskedjan.participants.EducationLevel.PRIMARY_INCOMPLETE;
import static se.kompetenskedjan.participants.EducationLevel.UNIVERSITY;
import static se.kompetenskedjan.participants.EducationLevel.UPPER_SECONDARY;
import static se.kompetenskedjan.participants.EducationLevel.UPPER_SECONDARY_INCOMPLETE;
import static se.kompetenskedjan.participants.Gender.MAN;
import static se.kompetenskedjan.participants.Gender.NON_BINARY;
import static se.kompetenskedjan.participants.Gender.UNSPECIFIED;
import static se.kompetenskedjan.participants.Gender.WOMAN;
import static se.kompetenskedjan.participants.IncomeSource.ACTIVITY_SUPPORT;
import static se.kompetenskedjan.participants.IncomeSource.ESTABLISHMENT_BENEFIT;
import static se.kompetenskedjan.participants.IncomeSource.SALARY;
import static se.kompetenskedjan.participants.IncomeSource.SICKNESS_BENEFIT;
import static se.kompetenskedjan.participants.IncomeSource.SOCIAL_ASSISTANCE;
import static se.kompetenskedjan.participants.IncomeSource.STUDENT_FINANCE;
import static se.kompetenskedjan.participants.IncomeSource.UNEMPLOYMENT_INSURANCE;
import static se.kompetenskedjan.participants.ParticipantStatus.ACTIVE;
import static se.kompetenskedjan.participants.ParticipantStatus.COMPLETED;
import static se.kompetenskedjan.participants.ParticipantStatus.DROPPED_OUT;
import static se.kompetenskedjan.participants.ParticipantStatus.MAPPING;
import static se.kompetenskedjan.participants.ParticipantStatus.PAUSED;
import static se.kompetenskedjan.participants.ParticipantStatus.REFERRED;
import static se.kompetenskedjan.participants.ParticipantStatus.REGULAR_EMPLOYMENT;
import static se.kompetenskedjan.participants.ParticipantStatus.STUDIES;
import static se.kompetenskedjan.participants.ParticipantStatus.SUBSIDISED_EMPLOYMENT;
import static se.kompetenskedjan.participants.ReferralSource.MUNICIPAL_LABOUR_MARKET;
import static se.kompetenskedjan.participants.ReferralSource.OTHER;
import static se.kompetenskedjan.participants.ReferralSource.PUBLIC_EMPLOYMENT_SERVICE;
import static se.kompetenskedjan.participants.ReferralSource.SELF;
import static se.kompetenskedjan.participants.ReferralSource.SFI;
import static se.kompetenskedjan.participants.ReferralSource.SOCIAL_INSURANCE_AGENCY;
import static se.kompetenskedjan.participants.SwedishLevel.FLUENT;
import static se.kompetenskedjan.participants.SwedishLevel.SAS_BASIC;
import static se.kompetenskedjan.participants.SwedishLevel.SAS_UPPER_SECONDARY;
import static se.kompetenskedjan.participants.SwedishLevel.SFI_A;
import static se.kompetenskedjan.participants.SwedishLevel.SFI_B;
import static se.kompetenskedjan.participants.SwedishLevel.SFI_C;
import static se.kompetenskedjan.participants.SwedishLevel.SFI_D;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.IdentitySeeding;
import se.kompetenskedjan.identity.OrganisationCommand;
import se.kompetenskedjan.identity.OrganisationId;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UnitCommand;
import se.kompetenskedjan.identity.UserCommand;
import se.kompetenskedjan.participants.ConsentCommand;
import se.kompetenskedjan.participants.EducationLevel;
import se.kompetenskedjan.participants.Gender;
import se.kompetenskedjan.participants.IncomeSource;
import se.kompetenskedjan.participants.ParticipantCommand;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSeeding;
import se.kompetenskedjan.participants.ParticipantStatus;
import se.kompetenskedjan.participants.ReferralSource;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Loads the fictitious demo region (modelled on the collaborations in the source reports: Gothenburg region's Care
 * Vårda, Linköping's shadowing chain, Skaraborg), in one transaction. Does nothing when the demo region is already
 * there (its host organisation exists), so data entered while trying the platform is kept between runs. Every name, number and
 * address is made up: personnummer use Skatteverket's test birth numbers 980-999, e-mail addresses use example.se.
 * Ids are derived from fixed keys and all variation comes from a fixed seed, so every load gives the same region
 * (only dates move with today's date). Only through the other modules' public faces: organisations, units and accounts
 * through identity's seeding (the fixed ids), participants and consents registered by their coordinators through the
 * register (its seeding only fixes the ids), so the rules, the audit trail and the events are those of real use.
 *
 * <p>Once the application is ready it runs the parts of the demo ({@link DemoData}, the other classes of this module)
 * in the order of {@link #PARTS}, stated here rather than spread over {@code @Order} numbers.
 */
@Component
@Profile("demo")
class DemoRegion implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegion.class);

    /** Number of demo participants; their ids are {@code demoId("participant:01")} to {@code "participant:40"}. */
    static final int PARTICIPANT_COUNT = 40;

    /** Key of the participant linked to the {@code deltagare} account. */
    static final String LINKED_PARTICIPANT_KEY = "participant:01";

    private static final long ADVISORY_LOCK_KEY = 0x4B4B_4445_4D4FL; // "KKDEMO"
    private static final long PARTS_LOCK_KEY = 0x4B4B_4445_4D50L; // "KKDEMP"
    private static final long SEED = 20_260_101L;

    // Organisation keys
    private static final String HOST = "org:host";
    private static final String ALV_IAF = "org:alvstad:arbetsmarknad";
    private static final String ALV_VO = "org:alvstad:omsorg";
    private static final String BER_IAF = "org:bergsjo:arbetsmarknad";
    private static final String BER_VO = "org:bergsjo:omsorg";
    private static final String SJO_IAF = "org:sjomark:arbetsmarknad";
    private static final String SJO_VO = "org:sjomark:omsorg";
    private static final String AF = "org:af";
    private static final String FK = "org:fk";
    private static final String SFI_ORG = "org:vux";
    private static final String PRIVATE = "org:omsorgshjalpen";
    private static final String CIVIL = "org:brobyggarna";

    private static final String CONSENT_PURPOSE = "Samverkan kring praktik och utbildning i kompetenskedjan";

    /**
     * The modules' parts of the demo, in the order they are loaded; each may build on the ones before it. The ladder
     * copy comes first (journeys follow its steps); placements record the supervisions that the access rule needs
     * before any loader acts as a supervisor; candidates, checklists, language and work-ability assessments are
     * made on the placed participants; certificates are issued from signed checklist assessments; the ladder and a plan are
     * translated; a hand-over between municipalities comes after everything its participant took part in; the reminders
     * (a subsidised job about to start, tasks between colleagues), the adult education's courses (with enrolments,
     * attendance and a result) and the meetings (their three-party meeting needs the supervision the placements
     * recorded) come at the end, and last week's check-ins last of all, given by the participants and supervisors the
     * earlier parts placed on steps.
     */
    static final List<String> PARTS = List.of("ladders", "journeys", "placements", "external-workplaces",
            "candidates", "checklists", "language-assessments", "work-ability", "invitations", "certificates",
            "translations", "handovers", "reminders", "education", "schedules", "meetings",
            "check-ins");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final Map<String, DemoData> parts;
    private final IdentityDirectory identity;
    private final IdentitySeeding identitySeeding;
    private final ParticipantRegister register;
    private final ParticipantSeeding participantSeeding;
    private final String password;
    private final Clock clock;

    DemoRegion(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager,
            IdentityDirectory identity, IdentitySeeding identitySeeding, ParticipantRegister register,
            ParticipantSeeding participantSeeding, @Value("${kk.demo.password:demo-losenord-2026}") String password,
            Clock clock, List<DemoData> parts) {
        this.parts = inOrder(parts);
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.identity = identity;
        this.identitySeeding = identitySeeding;
        this.register = register;
        this.participantSeeding = participantSeeding;
        this.password = password;
        this.clock = clock;
    }

    /** Fixed, reproducible id of a demo row. */
    static UUID demoId(String key) {
        return UUID.nameUUIDFromBytes(("demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static String participantKey(int number) {
        return String.format(Locale.ROOT, "participant:%02d", number);
    }

    /** Id of demo participant number n (1 to {@link #PARTICIPANT_COUNT}). */
    static UUID participant(int number) {
        return demoId(participantKey(number));
    }

    @Override
    public void run(ApplicationArguments args) {
        Counts counts = transactions.execute(status -> loadUnlessLoaded());
        if (counts == null) {
            log.info("Demo region not loaded: it is already there");
        } else {
            // The supervisions of the demo region are recorded through the placements module, their owner, by the
            // "placements" part.
            log.info("Demo region loaded: {} organisations, {} units, {} accounts, {} participants, {} consents",
                    counts.organisations, counts.units, counts.accounts, counts.participants, counts.consents);
        }
    }

    /** The parts by name in the order of {@link #PARTS}; a part missing from the order, or missing, stops the start. */
    static Map<String, DemoData> inOrder(List<DemoData> beans) {
        Map<String, DemoData> byName = new LinkedHashMap<>();
        for (DemoData part : beans) {
            if (!PARTS.contains(part.name()) || byName.put(part.name(), part) != null) {
                throw new IllegalStateException("demo part " + part.name() + " is not in DemoRegion.PARTS, or twice");
            }
        }
        Map<String, DemoData> ordered = new LinkedHashMap<>();
        for (String name : PARTS) {
            DemoData part = byName.get(name);
            if (part == null) {
                throw new IllegalStateException("demo part " + name + " has no loader");
            }
            ordered.put(name, part);
        }
        return ordered;
    }

    /**
     * After every runner (the templates, the platform bootstrap and the region above): the parts, when the demo region
     * is there. Each part skips what it finds already loaded.
     */
    @EventListener(ApplicationReadyEvent.class)
    void loadParts() {
        if (regionExists()) {
            holdingLock(PARTS_LOCK_KEY, () -> parts.values().forEach(DemoData::load));
        }
    }

    private boolean regionExists() {
        return !identity.organisationNames(List.of(demoId(HOST))).isEmpty();
    }

    /**
     * Runs the work while this node holds the advisory lock (a session lock, as the parts commit in transactions of
     * their own): of two nodes starting at once, the second waits, then finds each part loaded.
     */
    private void holdingLock(long key, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, key);
                lock.execute();
            }
            try {
                work.run();
            } finally {
                try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                    unlock.setLong(1, key);
                    unlock.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo parts: the advisory lock failed", e);
        }
    }

    private Counts loadUnlessLoaded() {
        // Two nodes starting at once must not both load: the second waits here, then finds the data.
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) l").param("key", ADVISORY_LOCK_KEY)
                .query(Integer.class).single();
        if (regionExists()) {
            return null;
        }
        return new Loader(identitySeeding.accountsWithPassword(password)).load();
    }

    private static final class Counts {
        int organisations;
        int units;
        int accounts;
        int participants;
        int consents;
    }

    private record Town(String municipality, String name, String labourMarket, String care, String coordinator, String postalCode) {
    }

    private static final Town ALVSTAD = new Town("Älvstad", "Älvstads kommun", ALV_IAF, ALV_VO, null, "123 45");
    private static final Town BERGSJO = new Town("Bergsjö", "Bergsjö kommun", BER_IAF, BER_VO, "koordinator.bergsjo", "234 56");
    private static final Town SJOMARK = new Town("Sjömark", "Sjömarks kommun", SJO_IAF, SJO_VO, "koordinator.sjomark", "345 67");

    /** One fictitious participant; languages as ISO 639 codes separated by commas, licences likewise. */
    private record Person(Town town, String firstName, String lastName, Gender gender, int birthYear, String languages,
            SwedishLevel swedish, EducationLevel education, String educationNotes, ReferralSource referral,
            IncomeSource income, ParticipantStatus status, String licences, String interests, String travel) {
    }

    /** Consent spec: participant number, organisations shared with, and whether withdrawn or expired. */
    private record ConsentSpec(int participant, List<String> sharedWith, Kind kind) {
        enum Kind { ACTIVE, WITHDRAWN, EXPIRED }
    }

    private static final List<Person> PEOPLE = List.of(
            // Älvstad, owned by the labour-market administration (1-20). 1-12 are registered as referred: their
            // journeys (DemoJourneys) decide their status from then on.
            new Person(ALVSTAD, "Amina", "Yusuf", WOMAN, 1991, "so,ar", SFI_D, PRIMARY,
                    "Grundskola i hemlandet, åtta år", MUNICIPAL_LABOUR_MARKET, SOCIAL_ASSISTANCE, REFERRED, "",
                    "Vill arbeta i hemtjänsten, gärna med äldre", "Cyklar, 15 min"),
            new Person(ALVSTAD, "Tesfay", "Gebremariam", MAN, 1988, "ti,am", SFI_C, UPPER_SECONDARY_INCOMPLETE,
                    null, SFI, ESTABLISHMENT_BENEFIT, REFERRED, "", "Vill arbeta i kök", "Åker buss, 40 min"),
            new Person(ALVSTAD, "Shirin", "Ahmadi", WOMAN, 1979, "fa,prs", SFI_B, PRIMARY,
                    "Arbetat som kokerska i tio år", SFI, ESTABLISHMENT_BENEFIT, REFERRED, "",
                    "Storkök och bakning", "Åker buss, 25 min"),
            new Person(ALVSTAD, "Oleksandr", "Kovalenko", MAN, 1975, "uk,ru", SFI_C, UNIVERSITY,
                    "Ingenjörsexamen, inte validerad i Sverige", PUBLIC_EMPLOYMENT_SERVICE, ESTABLISHMENT_BENEFIT,
                    REFERRED, "B,C", "Fastighetsskötsel och teknik", "Egen bil"),
            new Person(ALVSTAD, "Lena", "Karlsson", WOMAN, 1968, "sv", FLUENT, UPPER_SECONDARY,
                    "Barnskötarutbildning, lång sjukskrivning", SOCIAL_INSURANCE_AGENCY, SICKNESS_BENEFIT, REFERRED,
                    "B", "Vill prova deltid i förskola", "Bil, 10 min"),
            new Person(ALVSTAD, "Jonas", "Berg", MAN, 1983, "sv", FLUENT, PRIMARY,
                    "Utan arbete i sex år", MUNICIPAL_LABOUR_MARKET, SALARY, REFERRED, "B",
                    "Lokalvård och fastighetsservice", "Går, 20 min"),
            new Person(ALVSTAD, "Dilan", "Aziz", NON_BINARY, 2002, "ku,sv", SAS_BASIC, UPPER_SECONDARY_INCOMPLETE,
                    "Avbrutet gymnasium, läser in kurser", SELF, ACTIVITY_SUPPORT, REFERRED, "",
                    "Omvårdnad, kanske undersköterska", "Åker spårvagn, 30 min"),
            new Person(ALVSTAD, "Hodan", "Abdi", WOMAN, 1996, "so", SFI_A, NONE,
                    "Ingen formell skolgång", SFI, ESTABLISHMENT_BENEFIT, REFERRED, "",
                    "Vet inte ännu, vill prova olika yrken", "Åker buss, 50 min med byte"),
            new Person(ALVSTAD, "Mohammed", "Al-Rashid", MAN, 1985, "ar", SFI_D, UPPER_SECONDARY,
                    null, PUBLIC_EMPLOYMENT_SERVICE, SALARY, REFERRED, "B",
                    "Vill bli servicebiträde", "Cyklar, 10 min"),
            new Person(ALVSTAD, "Emma", "Lindqvist", WOMAN, 2004, "sv", FLUENT, UPPER_SECONDARY_INCOMPLETE,
                    "Avbrutet vård- och omsorgsprogram", MUNICIPAL_LABOUR_MARKET, STUDENT_FINANCE, REFERRED, "",
                    "Vill läsa in undersköterskeutbildningen", "Åker buss, 20 min"),
            new Person(ALVSTAD, "Farida", "Noori", WOMAN, 1990, "prs,fa", SFI_C, PRIMARY_INCOMPLETE,
                    null, SFI, ESTABLISHMENT_BENEFIT, REFERRED, "",
                    "Äldreomsorg, tycker om att laga mat", "Cyklar, 20 min"),
            new Person(ALVSTAD, "Ali", "Hassan", MAN, 1999, "ar,sv", SAS_BASIC, PRIMARY,
                    null, MUNICIPAL_LABOUR_MARKET, SOCIAL_ASSISTANCE, REFERRED, "",
                    "Lager eller transport", "Åker buss, 35 min"),
            new Person(ALVSTAD, "Maria", "Johansson", WOMAN, 1972, "sv", FLUENT, POST_SECONDARY,
                    "Ekonomiutbildning, sjukskriven sedan två år", SOCIAL_INSURANCE_AGENCY, SICKNESS_BENEFIT, PAUSED,
                    "B", "Administration på deltid", "Bil, 15 min"),
            new Person(ALVSTAD, "Yonas", "Tesfamariam", MAN, 1993, "ti", SFI_B, PRIMARY,
                    null, PUBLIC_EMPLOYMENT_SERVICE, ESTABLISHMENT_BENEFIT, ACTIVE, "",
                    "Kök och diskning", "Åker buss, 30 min"),
            new Person(ALVSTAD, "Natalia", "Petrenko", WOMAN, 1987, "uk,ru", SFI_D, POST_SECONDARY,
                    "Utbildad barnskötare i hemlandet", PUBLIC_EMPLOYMENT_SERVICE, SALARY, SUBSIDISED_EMPLOYMENT,
                    "B", "Förskola", "Cyklar, 10 min"),
            new Person(ALVSTAD, "Kim", "Andersson", UNSPECIFIED, 2005, "sv", FLUENT, PRIMARY,
                    "Saknar gymnasieexamen", SELF, IncomeSource.NONE, MAPPING, "",
                    "Utomhusarbete, park och fastighet", "Mopedbil"),
            new Person(ALVSTAD, "Zahra", "Hosseini", WOMAN, 1982, "fa", SFI_C, UPPER_SECONDARY,
                    null, SFI, SOCIAL_ASSISTANCE, ACTIVE, "",
                    "Hemtjänst, vill ta körkort", "Åker buss, 25 min"),
            new Person(ALVSTAD, "Peter", "Nilsson", MAN, 1965, "sv", FLUENT, UPPER_SECONDARY,
                    "Tidigare lastbilschaufför", PUBLIC_EMPLOYMENT_SERVICE, UNEMPLOYMENT_INSURANCE, COMPLETED, "B,C,CE",
                    "Fastighetsservice och transporter", "Egen bil"),
            new Person(ALVSTAD, "Rukia", "Mohamed", WOMAN, 1998, "so,sv", SAS_BASIC, UPPER_SECONDARY_INCOMPLETE,
                    null, MUNICIPAL_LABOUR_MARKET, SOCIAL_ASSISTANCE, ACTIVE, "",
                    "Hemtjänst, kvällar fungerar bäst", "Cyklar, 10 min"),
            new Person(ALVSTAD, "Ahmad", "Rahimi", MAN, 2001, "prs", SFI_C, PRIMARY_INCOMPLETE,
                    null, OTHER, ACTIVITY_SUPPORT, ACTIVE, "",
                    "Kock, har jobbat på restaurang", "Åker buss, 45 min"),
            // Bergsjö (21-30)
            new Person(BERGSJO, "Saida", "Omar", WOMAN, 1986, "so", SFI_B, PRIMARY,
                    null, SFI, ESTABLISHMENT_BENEFIT, ACTIVE, "",
                    "Hemtjänst", "Åker buss, 20 min"),
            new Person(BERGSJO, "Erik", "Holm", MAN, 1970, "sv", FLUENT, UPPER_SECONDARY,
                    "Ryggbesvär, tidigare snickare", SOCIAL_INSURANCE_AGENCY, SICKNESS_BENEFIT, MAPPING, "B",
                    "Lättare fastighetsarbete", "Bil, 15 min"),
            new Person(BERGSJO, "Merhawit", "Haile", WOMAN, 1994, "ti", SFI_C, PRIMARY,
                    null, PUBLIC_EMPLOYMENT_SERVICE, ESTABLISHMENT_BENEFIT, ACTIVE, "",
                    "Vill arbeta i kök", "Åker buss, 40 min"),
            new Person(BERGSJO, "Anders", "Ek", MAN, 1978, "sv", FLUENT, PRIMARY,
                    null, MUNICIPAL_LABOUR_MARKET, SALARY, SUBSIDISED_EMPLOYMENT, "B",
                    "Kök och servering", "Går, 10 min"),
            new Person(BERGSJO, "Layla", "Khalil", WOMAN, 1989, "ar,ku", SFI_D, UPPER_SECONDARY,
                    null, SFI, SALARY, REGULAR_EMPLOYMENT, "",
                    "Anställd i hemtjänsten", "Cyklar, 15 min"),
            new Person(BERGSJO, "Sam", "Virtanen", NON_BINARY, 2003, "sv,fi", FLUENT, UPPER_SECONDARY_INCOMPLETE,
                    null, SELF, IncomeSource.NONE, REFERRED, "",
                    "Djur, natur eller förskola", "Åker tåg, 30 min"),
            new Person(BERGSJO, "Ibrahim", "Diallo", MAN, 1992, "fr", SFI_C, PRIMARY,
                    null, PUBLIC_EMPLOYMENT_SERVICE, ACTIVITY_SUPPORT, DROPPED_OUT, "",
                    "Lager", "Åker buss, 1 tim"),
            new Person(BERGSJO, "Olga", "Shevchenko", WOMAN, 1973, "uk", SFI_B, UNIVERSITY,
                    "Lärarexamen i hemlandet", PUBLIC_EMPLOYMENT_SERVICE, ESTABLISHMENT_BENEFIT, STUDIES, "",
                    "Skola, vill validera sin examen", "Åker buss, 25 min"),
            new Person(BERGSJO, "Hamid", "Karimi", MAN, 1997, "fa,prs", SAS_BASIC, PRIMARY,
                    null, MUNICIPAL_LABOUR_MARKET, SOCIAL_ASSISTANCE, PAUSED, "",
                    "Fastighet", "Cyklar, 20 min"),
            new Person(BERGSJO, "Sofia", "Berglund", WOMAN, 2000, "sv", FLUENT, UPPER_SECONDARY,
                    null, MUNICIPAL_LABOUR_MARKET, SOCIAL_ASSISTANCE, COMPLETED, "B",
                    "Äldreboende", "Bil, 20 min"),
            // Sjömark (31-40)
            new Person(SJOMARK, "Fatima", "Jama", WOMAN, 1984, "so,ar", SFI_C, PRIMARY_INCOMPLETE,
                    null, SFI, ESTABLISHMENT_BENEFIT, ACTIVE, "",
                    "Hemtjänst", "Åker buss, 30 min"),
            new Person(SJOMARK, "Mikael", "Strand", MAN, 1967, "sv", FLUENT, UPPER_SECONDARY,
                    "Utbränd, på väg tillbaka", SOCIAL_INSURANCE_AGENCY, SICKNESS_BENEFIT, ACTIVE, "B",
                    "Kök, lugn arbetsmiljö", "Bil, 10 min"),
            new Person(SJOMARK, "Aster", "Kidane", WOMAN, 1991, "ti,am", SFI_B, PRIMARY,
                    null, SFI, ESTABLISHMENT_BENEFIT, MAPPING, "",
                    "Städ och service", "Åker buss, 35 min"),
            new Person(SJOMARK, "Rojin", "Ahmed", WOMAN, 1995, "ku,ar", SAS_UPPER_SECONDARY, UPPER_SECONDARY,
                    null, MUNICIPAL_LABOUR_MARKET, SALARY, SUBSIDISED_EMPLOYMENT, "B",
                    "Undersköterska", "Cyklar, 10 min"),
            new Person(SJOMARK, "Viktor", "Melnyk", MAN, 1980, "uk,ru", SFI_C, POST_SECONDARY,
                    "Elektriker", PUBLIC_EMPLOYMENT_SERVICE, SALARY, REGULAR_EMPLOYMENT, "B",
                    "Anställd inom fastighetsservice", "Egen bil"),
            new Person(SJOMARK, "Alex", "Sandberg", UNSPECIFIED, 1999, "sv", FLUENT, UPPER_SECONDARY_INCOMPLETE,
                    null, SELF, STUDENT_FINANCE, STUDIES, "",
                    "Läser in gymnasiet på komvux", "Åker buss, 15 min"),
            new Person(SJOMARK, "Nasrin", "Sadeghi", WOMAN, 1976, "fa", SFI_D, UNIVERSITY,
                    "Sjuksköterska i hemlandet, inte legitimerad i Sverige", SFI, SOCIAL_ASSISTANCE, ACTIVE, "",
                    "Vård, vill validera sin utbildning", "Åker buss, 20 min"),
            new Person(SJOMARK, "Abdullahi", "Farah", MAN, 2003, "so,sv", SAS_BASIC, PRIMARY,
                    "Saknar gymnasieexamen", MUNICIPAL_LABOUR_MARKET, IncomeSource.NONE, REFERRED, "",
                    "Idrott och fritid", "Cyklar, 15 min"),
            new Person(SJOMARK, "Karin", "Öberg", WOMAN, 1969, "sv", FLUENT, PRIMARY,
                    null, PUBLIC_EMPLOYMENT_SERVICE, UNEMPLOYMENT_INSURANCE, PAUSED, "B",
                    "Kök", "Bil, 25 min"),
            new Person(SJOMARK, "Samir", "Haddad", MAN, 1987, "ar", SFI_C, UPPER_SECONDARY,
                    null, OTHER, SOCIAL_ASSISTANCE, DROPPED_OUT, "",
                    "Bilverkstad", "Åker buss, 40 min"));

    private static final List<ConsentSpec> CONSENTS = List.of(
            active(1, ALV_VO, SFI_ORG), active(2, SFI_ORG, AF), active(3, ALV_VO), active(4, AF),
            active(5, ALV_VO), active(7, ALV_VO, SFI_ORG), active(9, ALV_VO, PRIVATE),
            active(11, ALV_VO, SFI_ORG, AF), new ConsentSpec(12, List.of(AF), ConsentSpec.Kind.WITHDRAWN),
            new ConsentSpec(13, List.of(ALV_VO), ConsentSpec.Kind.EXPIRED), active(14, ALV_VO, SFI_ORG),
            active(15, AF, SFI_ORG), active(17, ALV_VO), active(19, ALV_VO, PRIVATE), active(20, ALV_VO, SFI_ORG),
            active(21, BER_VO, SFI_ORG), active(23, BER_VO, AF), active(24, BER_VO), active(25, BER_VO, PRIVATE),
            new ConsentSpec(27, List.of(AF), ConsentSpec.Kind.WITHDRAWN), active(28, SFI_ORG, AF),
            active(31, SJO_VO, SFI_ORG), active(32, SJO_VO), active(34, SJO_VO, AF), active(35, PRIVATE, AF),
            active(37, SJO_VO, SFI_ORG, AF));

    private static ConsentSpec active(int participant, String... sharedWith) {
        return new ConsentSpec(participant, List.of(sharedWith), ConsentSpec.Kind.ACTIVE);
    }

    /** One load: holds the accounts' shared password, the seeded random source and the counts. */
    private final class Loader {

        private final IdentitySeeding.Accounts accounts;
        private final Random random = new Random(SEED);
        private final LocalDate today = SwedishTime.today(clock);
        private final Set<String> personnummer = new HashSet<>();
        private final Counts counts = new Counts();
        private int organisationNumber;
        private int reserveNumber;

        Loader(IdentitySeeding.Accounts accounts) {
            this.accounts = accounts;
        }

        Counts load() {
            organisations();
            units();
            staff();
            participants();
            participantAccount();
            consents();
            return counts;
        }

        private void organisations() {
            organisation(HOST, "Kompetenskedjan Samverkan (demo)", OrganisationType.REGION, null, true);
            for (Town town : List.of(ALVSTAD, BERGSJO, SJOMARK)) {
                organisation(town.labourMarket(), town.name() + " – Arbetsmarknadsförvaltningen",
                        OrganisationType.MUNICIPALITY, town.municipality(), false);
                organisation(town.care(), town.name() + " – Vård- och omsorgsförvaltningen",
                        OrganisationType.MUNICIPALITY, town.municipality(), false);
            }
            organisation(AF, "Arbetsförmedlingen Älvstad", OrganisationType.PUBLIC_EMPLOYMENT_SERVICE, "Älvstad", false);
            organisation(FK, "Försäkringskassan Älvstad", OrganisationType.SOCIAL_INSURANCE_AGENCY, "Älvstad", false);
            organisation(SFI_ORG, "Älvstads vuxenutbildning och SFI", OrganisationType.ADULT_EDUCATION, "Älvstad", false);
            organisation(PRIVATE, "Omsorgshjälpen Väst AB", OrganisationType.PRIVATE_EMPLOYER, "Älvstad", false);
            organisation(CIVIL, "Föreningen Brobyggarna", OrganisationType.CIVIL_SOCIETY, "Älvstad", false);
        }

        private void organisation(String key, String name, OrganisationType type, String municipality, boolean host) {
            // Obviously made-up organisation numbers: 000000-0001 and up.
            String orgNumber = String.format(Locale.ROOT, "000000-%04d", ++organisationNumber);
            identitySeeding.createOrganisation(demoId(key),
                    new OrganisationCommand(name, type, orgNumber, municipality, null), host);
            counts.organisations++;
        }

        private void units() {
            unit("unit:hemtjanst-norr", ALV_VO, "Hemtjänst Norr", "HOME_CARE", "Exempelgatan 4, Älvstad");
            unit("unit:hemtjanst-soder", ALV_VO, "Hemtjänst Söder", "HOME_CARE", "Exempelgatan 51, Älvstad");
            unit("unit:lindgarden", ALV_VO, "Lindgårdens äldreboende", "ELDER_CARE_HOME", "Lindvägen 2, Älvstad");
            unit("unit:tillagningskoket", ALV_VO, "Tillagningsköket Centrum", "KITCHEN", "Exempeltorget 1, Älvstad");
            unit("unit:fastighetsservice", ALV_IAF, "Fastighetsservice Älvstad", "PROPERTY", "Verkstadsvägen 7, Älvstad");
            unit("unit:solrosen", ALV_IAF, "Förskolan Solrosen", "PRESCHOOL", "Blomstigen 3, Älvstad");
            unit("unit:hemtjanst-bergsjo", BER_VO, "Hemtjänst Bergsjö", "HOME_CARE", "Exempelgatan 9, Bergsjö");
            unit("unit:bergsjo-kok", BER_VO, "Bergsjö kök", "KITCHEN", "Skolvägen 5, Bergsjö");
            unit("unit:hemtjanst-sjomark", SJO_VO, "Hemtjänst Sjömark", "HOME_CARE", "Exempelgatan 2, Sjömark");
            unit("unit:omsorgshjalpen", PRIVATE, "Omsorgshjälpen hemtjänst", "HOME_CARE", "Företagsvägen 10, Älvstad");
            unit("unit:sfi-centrum", SFI_ORG, "SFI Centrum", "CLASSROOM", "Exempeltorget 8, Älvstad");
        }

        private void unit(String key, String organisation, String name, String kind, String address) {
            identitySeeding.createUnit(demoId(key), demoId(organisation), new UnitCommand(name, kind, address, null));
            counts.units++;
        }

        private void staff() {
            account("admin", HOST, null, "Helena Strömberg", Role.ADMIN);
            account("admin.alvstad", ALV_IAF, null, "Gustav Lindahl", Role.ADMIN);
            account("koordinator", ALV_IAF, null, "Sara Nyström", Role.COORDINATOR);
            account("koordinator2", ALV_IAF, null, "Yusuf Demir", Role.COORDINATOR);
            account("koordinator.bergsjo", BER_IAF, null, "Anna Bergström", Role.COORDINATOR);
            account("koordinator.sjomark", SJO_IAF, null, "Per Sjöberg", Role.COORDINATOR);
            account("chef", ALV_VO, "unit:hemtjanst-norr", "Eva Magnusson", Role.EMPLOYER_MANAGER);
            account("chef.privat", PRIVATE, null, "Johan Wikström", Role.EMPLOYER_MANAGER);
            account("handledare", ALV_VO, "unit:hemtjanst-norr", "Leila Mansour", Role.SUPERVISOR);
            account("handledare2", ALV_VO, "unit:tillagningskoket", "Tomas Ekholm", Role.SUPERVISOR);
            account("larare", SFI_ORG, null, "Birgitta Falk", Role.TEACHER);
            account("af.handlaggare", AF, null, "Nils Forsberg", Role.COORDINATOR);
            account("analytiker", HOST, null, "Ida Lundgren", Role.ANALYST);
        }

        private void account(String username, String organisation, String unit, String displayName, Role role) {
            accounts.staff(demoId("user:" + username), new UserCommand(demoId(organisation),
                    unit == null ? null : demoId(unit), username, displayName, email(displayName), role, null, true,
                    null));
            counts.accounts++;
        }

        /** Each participant is registered by their coordinator, as in the register's form. */
        private void participants() {
            for (int i = 0; i < PEOPLE.size(); i++) {
                Person p = PEOPLE.get(i);
                int number = i + 1;
                String coordinator = coordinatorOf(number, p);
                boolean hasPersonnummer = i % 2 == 0;
                String pnr = hasPersonnummer ? testPersonnummer(p.birthYear(), p.gender()) : null;
                String reserve = hasPersonnummer ? null : String.format(Locale.ROOT, "KK-DEMO%04d", ++reserveNumber);
                boolean mayNeedChildcare = p.birthYear() >= 1978 && p.birthYear() <= 2000;
                String street = "Exempelgatan " + (1 + random.nextInt(80));
                boolean childcare = mayNeedChildcare && random.nextInt(3) == 0;
                boolean cycles = p.travel().startsWith("Cyklar") || random.nextInt(4) == 0;
                ParticipantCommand command = new ParticipantCommand(p.firstName(), p.lastName(), pnr, reserve,
                        email(p.firstName() + " " + p.lastName()),
                        String.format(Locale.ROOT, "070-000 00 %02d", number), street, p.town().postalCode(),
                        p.town().municipality(), p.gender(), p.birthYear(), codes(p.languages()), p.swedish(),
                        p.education(), p.educationNotes(), p.referral(), p.income(), childcare, p.travel(), cycles,
                        codes(p.licences()), p.interests(), demoId("user:" + coordinator), p.status(), null);
                Acting.as(coordinator, () -> participantSeeding.create(participant(number), command));
                counts.participants++;
            }
        }

        private void participantAccount() {
            Person linked = PEOPLE.get(0);
            String name = linked.firstName() + " " + linked.lastName();
            accounts.participant(demoId("user:deltagare"), new OrganisationId(demoId(ALV_IAF)), "deltagare", name,
                    email(name), demoId(LINKED_PARTICIPANT_KEY));
            counts.accounts++;
        }

        /** Recorded, and withdrawn, by the participant's coordinator, as in the register. */
        private void consents() {
            for (ConsentSpec spec : CONSENTS) {
                Person p = PEOPLE.get(spec.participant() - 1);
                UUID participantId = participant(spec.participant());
                UUID id = demoId("consent:" + participantKey(spec.participant()));
                LocalDate givenOn;
                LocalDate validUntil;
                switch (spec.kind()) {
                    case EXPIRED -> {
                        givenOn = today.minusDays(400 + random.nextInt(60));
                        validUntil = today.minusDays(20 + random.nextInt(30));
                    }
                    case WITHDRAWN -> {
                        givenOn = today.minusDays(150 + random.nextInt(150));
                        validUntil = givenOn.plusYears(1);
                    }
                    default -> {
                        // Given 120-330 days ago, so before any supervision starts; valid one or two years.
                        givenOn = today.minusDays(120 + random.nextInt(211));
                        validUntil = givenOn.plusYears(1 + random.nextInt(2));
                    }
                }
                Set<UUID> sharedWith = spec.sharedWith().stream().map(DemoRegion::demoId)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                Acting.as(coordinatorOf(spec.participant(), p), () -> {
                    participantSeeding.giveConsent(participantId, id,
                            new ConsentCommand(CONSENT_PURPOSE, sharedWith, givenOn, validUntil));
                    // Withdrawn today, as the register records a withdrawal when it is made.
                    return spec.kind() == ConsentSpec.Kind.WITHDRAWN ? register.withdrawConsent(participantId, id)
                            : null;
                });
                counts.consents++;
            }
        }

        /** Username of participant number n's coordinator: Älvstad's alternate between its two coordinators. */
        private String coordinatorOf(int number, Person p) {
            if (p.town() != ALVSTAD) {
                return p.town().coordinator();
            }
            return (number - 1) % 2 == 0 ? "koordinator" : "koordinator2";
        }

        /**
         * A test personnummer YYYYMMDD-NNNN: a random date in the birth year, a birth number in 980-999 (the range
         * Skatteverket uses for test identities; odd for men, even for women, as in real numbers) and the Luhn check
         * digit over YYMMDD + birth number. Never the same number twice.
         */
        private String testPersonnummer(int birthYear, Gender gender) {
            while (true) {
                LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
                int birthNumber = 980 + random.nextInt(20);
                if (gender == WOMAN && birthNumber % 2 == 1 || gender == MAN && birthNumber % 2 == 0) {
                    birthNumber = birthNumber == 999 ? 998 : birthNumber + 1;
                }
                String date = String.format(Locale.ROOT, "%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                        birth.getDayOfMonth());
                String nine = date.substring(2) + birthNumber;
                String value = date + "-" + birthNumber + luhnCheckDigit(nine);
                if (personnummer.add(value)) {
                    return value;
                }
            }
        }
    }

    /** Codes separated by commas as a list; the empty text as none. */
    private static List<String> codes(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : List.of(commaSeparated.split(","));
    }

    /** Check digit of a Swedish personnummer: Luhn over the nine digits YYMMDDNNN, weights 2,1,2,1,... */
    static int luhnCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - sum % 10) % 10;
    }

    /** firstname.lastname@example.se, letters folded to a-z. */
    private static String email(String fullName) {
        String ascii = Normalizer.normalize(fullName.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z ]", "").trim().replaceAll("\\s+", ".") + "@example.se";
    }
}
