package se.kompetenskedjan.participants.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import se.kompetenskedjan.participants.EducationLevel;
import se.kompetenskedjan.participants.Gender;
import se.kompetenskedjan.participants.IncomeSource;
import se.kompetenskedjan.participants.ParticipantCommand;
import se.kompetenskedjan.participants.ParticipantStatus;
import se.kompetenskedjan.participants.ParticipantView;
import se.kompetenskedjan.participants.ReferralSource;
import se.kompetenskedjan.participants.SwedishLevel;

/** The participant form as the page binds it; lists are typed as comma-separated text. */
public class ParticipantForm {

    private String firstName;
    private String lastName;
    private String personnummer;
    private String reserveIdentity;
    private String email;
    private String phone;
    private String streetAddress;
    private String postalCode;
    private String city;
    private Gender gender;
    private Integer birthYear;
    private String languages;
    private SwedishLevel swedishLevel;
    private EducationLevel educationLevel;
    private String educationNotes;
    private ReferralSource referralSource;
    private IncomeSource incomeSource;
    private boolean needsChildcare;
    private String travelNotes;
    private boolean canCycle;
    private String drivingLicences;
    private String interests;
    private UUID coordinatorId;
    /** None when the participant's journeys decide it (the form does not offer it then): the status is kept. */
    private ParticipantStatus status;
    private Long version;

    static ParticipantForm of(ParticipantView p) {
        ParticipantForm f = new ParticipantForm();
        f.firstName = p.firstName();
        f.lastName = p.lastName();
        f.personnummer = p.personnummer();
        f.reserveIdentity = p.reserveIdentity();
        f.email = p.email();
        f.phone = p.phone();
        f.streetAddress = p.streetAddress();
        f.postalCode = p.postalCode();
        f.city = p.city();
        f.gender = p.gender();
        f.birthYear = p.birthYear();
        f.languages = String.join(", ", p.languages());
        f.swedishLevel = p.swedishLevel();
        f.educationLevel = p.educationLevel();
        f.educationNotes = p.educationNotes();
        f.referralSource = p.referralSource();
        f.incomeSource = p.incomeSource();
        f.needsChildcare = p.needsChildcare();
        f.travelNotes = p.travelNotes();
        f.canCycle = p.canCycle();
        f.drivingLicences = String.join(", ", p.drivingLicences());
        f.interests = p.interests();
        f.coordinatorId = p.coordinatorId();
        f.status = p.statusFromJourney() ? null : p.status();
        f.version = p.version();
        return f;
    }

    ParticipantCommand toCommand() {
        return new ParticipantCommand(firstName, lastName, personnummer, reserveIdentity, email, phone, streetAddress,
                postalCode, city, gender, birthYear, split(languages, false), swedishLevel, educationLevel,
                educationNotes, referralSource, incomeSource, needsChildcare, travelNotes, canCycle,
                split(drivingLicences, true), interests, coordinatorId, status, version);
    }

    private static List<String> split(String text, boolean upper) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank())
                .map(s -> upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT)).toList();
    }

    // JavaBean accessors for form binding

    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = v; }
    public String getPersonnummer() { return personnummer; }
    public void setPersonnummer(String v) { personnummer = v; }
    public String getReserveIdentity() { return reserveIdentity; }
    public void setReserveIdentity(String v) { reserveIdentity = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getStreetAddress() { return streetAddress; }
    public void setStreetAddress(String v) { streetAddress = v; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public Gender getGender() { return gender; }
    public void setGender(Gender v) { gender = v; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer v) { birthYear = v; }
    public String getLanguages() { return languages; }
    public void setLanguages(String v) { languages = v; }
    public SwedishLevel getSwedishLevel() { return swedishLevel; }
    public void setSwedishLevel(SwedishLevel v) { swedishLevel = v; }
    public EducationLevel getEducationLevel() { return educationLevel; }
    public void setEducationLevel(EducationLevel v) { educationLevel = v; }
    public String getEducationNotes() { return educationNotes; }
    public void setEducationNotes(String v) { educationNotes = v; }
    public ReferralSource getReferralSource() { return referralSource; }
    public void setReferralSource(ReferralSource v) { referralSource = v; }
    public IncomeSource getIncomeSource() { return incomeSource; }
    public void setIncomeSource(IncomeSource v) { incomeSource = v; }
    public boolean isNeedsChildcare() { return needsChildcare; }
    public void setNeedsChildcare(boolean v) { needsChildcare = v; }
    public String getTravelNotes() { return travelNotes; }
    public void setTravelNotes(String v) { travelNotes = v; }
    public boolean isCanCycle() { return canCycle; }
    public void setCanCycle(boolean v) { canCycle = v; }
    public String getDrivingLicences() { return drivingLicences; }
    public void setDrivingLicences(String v) { drivingLicences = v; }
    public String getInterests() { return interests; }
    public void setInterests(String v) { interests = v; }
    public UUID getCoordinatorId() { return coordinatorId; }
    public void setCoordinatorId(UUID v) { coordinatorId = v; }
    public ParticipantStatus getStatus() { return status; }
    public void setStatus(ParticipantStatus v) { status = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
