package se.kompetenskedjan.placements.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.placements.PlacementCommand;
import se.kompetenskedjan.placements.PlacementType;
import se.kompetenskedjan.placements.PlacementView;
import se.kompetenskedjan.placements.ScheduleSlot;
import se.kompetenskedjan.placements.Sharing;
import se.kompetenskedjan.placements.Shift;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;

/**
 * The place form as the page binds it. The weekly schedule has a fixed number of rows (day, from, to); a row left
 * empty is not part of the place. The requirement profile and its items are not edited here: an edit keeps them.
 */
public class PlacementForm {

    /** Rows of the weekly schedule on the form. */
    static final int SCHEDULE_ROWS = 5;

    /** One row of the weekly schedule. */
    public static class ScheduleRow {
        private DayOfWeek day;
        @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = {"H:mm", "HH:mm:ss"})
        private LocalTime from;
        @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = {"H:mm", "HH:mm:ss"})
        private LocalTime to;

        boolean blank() {
            return day == null && from == null && to == null;
        }

        public DayOfWeek getDay() { return day; }
        public void setDay(DayOfWeek v) { day = v; }
        public LocalTime getFrom() { return from; }
        public void setFrom(LocalTime v) { from = v; }
        public LocalTime getTo() { return to; }
        public void setTo(LocalTime v) { to = v; }
    }

    private UUID unitId;
    private PlacementType type;
    private String title;
    private String easyDescription;
    private String description;
    private String occupationLabel;
    private String ssykCode;
    private Integer seats = 1;
    private Shift shift = Shift.DAY;
    private Integer hoursPerWeek;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private List<ScheduleRow> schedule = new ArrayList<>();
    private SwedishLevel minSwedishLevel = SwedishLevel.NONE;
    private List<String> requiredLicences = new ArrayList<>();
    private boolean requiresCycling;
    private String softRequirements;
    private String streetAddress;
    private String postalCode;
    private String city;
    private String latitude;
    private String longitude;
    private String travelDirections;
    private String accessibilityNotes;
    private Sharing sharing = Sharing.REGION;
    private List<UUID> partnerOrganisationIds = new ArrayList<>();
    private List<UUID> supervisorIds = new ArrayList<>();
    private Long lockVersion;

    PlacementForm() {
        padSchedule();
    }

    /** An empty form for a new place, starting today. */
    static PlacementForm startingOn(LocalDate today) {
        PlacementForm f = new PlacementForm();
        f.startsOn = today;
        return f;
    }

    static PlacementForm of(PlacementView p) {
        PlacementForm f = new PlacementForm();
        f.unitId = p.unitId();
        f.type = p.type();
        f.title = p.title();
        f.easyDescription = p.easyDescription();
        f.description = p.description();
        f.occupationLabel = p.occupationLabel();
        f.ssykCode = p.ssykCode();
        f.seats = p.seats();
        f.shift = p.shift();
        f.hoursPerWeek = p.hoursPerWeek();
        f.startsOn = p.startsOn();
        f.endsOn = p.endsOn();
        f.schedule = new ArrayList<>();
        for (ScheduleSlot slot : p.schedule()) {
            ScheduleRow row = new ScheduleRow();
            row.day = slot.day();
            row.from = slot.from();
            row.to = slot.to();
            f.schedule.add(row);
        }
        f.padSchedule();
        f.minSwedishLevel = p.minSwedishLevel();
        f.requiredLicences = new ArrayList<>(p.requiredLicences());
        f.requiresCycling = p.requiresCycling();
        f.softRequirements = p.softRequirements();
        f.streetAddress = p.streetAddress();
        f.postalCode = p.postalCode();
        f.city = p.city();
        f.latitude = p.latitude() == null ? null : p.latitude().toString();
        f.longitude = p.longitude() == null ? null : p.longitude().toString();
        f.travelDirections = p.travelDirections();
        f.accessibilityNotes = p.accessibilityNotes();
        f.sharing = p.sharing();
        f.partnerOrganisationIds = new ArrayList<>(p.partnerOrganisations().stream()
                .map(PlacementView.OrganisationRef::id).toList());
        f.supervisorIds = new ArrayList<>(p.supervisors().stream().map(PlacementView.SupervisorSlot::id).toList());
        f.lockVersion = p.lockVersion();
        return f;
    }

    /** Always as many schedule rows as the form shows (a place may have more slots than rows: those are kept). */
    void padSchedule() {
        if (schedule == null) {
            schedule = new ArrayList<>();
        }
        while (schedule.size() < SCHEDULE_ROWS) {
            schedule.add(new ScheduleRow());
        }
    }

    /** Rows that are only partly filled in: each missing part is a problem on its own field. */
    List<FieldProblem> incompleteScheduleRows() {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < schedule.size(); i++) {
            ScheduleRow row = schedule.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            if (row.day == null) {
                problems.add(new FieldProblem("schedule[" + i + "].day", "schedule.day.required"));
            }
            if (row.from == null) {
                problems.add(new FieldProblem("schedule[" + i + "].from", "schedule.from.required"));
            }
            if (row.to == null) {
                problems.add(new FieldProblem("schedule[" + i + "].to", "schedule.to.required"));
            }
        }
        return problems;
    }

    /**
     * The command: the filled-in schedule rows in order; the requirement profile, its items and the occupation's
     * concept id come from the existing place (none for a new one).
     */
    PlacementCommand toCommand(PlacementView existing) {
        List<ScheduleSlot> slots = new ArrayList<>();
        for (ScheduleRow row : schedule) {
            if (row != null && !row.blank()) {
                slots.add(new ScheduleSlot(row.day, row.from, row.to));
            }
        }
        return new PlacementCommand(unitId, type, title, description, easyDescription,
                existing == null ? null : existing.occupationConceptId(), occupationLabel, blankToNull(ssykCode),
                existing == null ? null : existing.profileVersionId(),
                existing == null ? List.of() : existing.itemKeys(), seats, slots, shift, hoursPerWeek, startsOn,
                endsOn, minSwedishLevel, List.copyOf(requiredLicences), requiresCycling, softRequirements,
                streetAddress, blankToNull(postalCode), city, coordinate(latitude), coordinate(longitude), travelDirections,
                accessibilityNotes, sharing, sharing == Sharing.PARTNERS ? List.copyOf(partnerOrganisationIds) : List.of(),
                List.copyOf(supervisorIds), lockVersion);
    }

    /**
     * The service names a schedule problem by the slot's position in the command; this is the form row it came
     * from (blank rows are left out of the command).
     */
    InvalidFieldException onFormRows(InvalidFieldException e) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < schedule.size(); i++) {
            if (schedule.get(i) != null && !schedule.get(i).blank()) {
                rows.add(i);
            }
        }
        List<FieldProblem> mapped = e.problems().stream().map(p -> {
            var m = java.util.regex.Pattern.compile("^schedule\\[(\\d+)](.*)$").matcher(p.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
                return new FieldProblem("schedule[" + rows.get(Integer.parseInt(m.group(1))) + "]" + m.group(2),
                        p.messageKey());
            }
            return p;
        }).toList();
        return new InvalidFieldException(mapped);
    }

    /** Coordinates that are not numbers (a decimal comma is fine): each is a problem on its own field. */
    List<FieldProblem> unreadableCoordinates() {
        List<FieldProblem> problems = new ArrayList<>();
        if (latitude != null && !latitude.isBlank() && coordinate(latitude) == null) {
            problems.add(new FieldProblem("latitude", "place.coordinate.format"));
        }
        if (longitude != null && !longitude.isBlank() && coordinate(longitude) == null) {
            problems.add(new FieldProblem("longitude", "place.coordinate.format"));
        }
        return problems;
    }

    private static Double coordinate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // JavaBean accessors for form binding

    public UUID getUnitId() { return unitId; }
    public void setUnitId(UUID v) { unitId = v; }
    public PlacementType getType() { return type; }
    public void setType(PlacementType v) { type = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getEasyDescription() { return easyDescription; }
    public void setEasyDescription(String v) { easyDescription = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getOccupationLabel() { return occupationLabel; }
    public void setOccupationLabel(String v) { occupationLabel = v; }
    public String getSsykCode() { return ssykCode; }
    public void setSsykCode(String v) { ssykCode = v; }
    public Integer getSeats() { return seats; }
    public void setSeats(Integer v) { seats = v; }
    public Shift getShift() { return shift; }
    public void setShift(Shift v) { shift = v; }
    public Integer getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(Integer v) { hoursPerWeek = v; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate v) { startsOn = v; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate v) { endsOn = v; }
    public List<ScheduleRow> getSchedule() { return schedule; }
    public void setSchedule(List<ScheduleRow> v) { schedule = v == null ? new ArrayList<>() : v; }
    public SwedishLevel getMinSwedishLevel() { return minSwedishLevel; }
    public void setMinSwedishLevel(SwedishLevel v) { minSwedishLevel = v; }
    public List<String> getRequiredLicences() { return requiredLicences; }
    public void setRequiredLicences(List<String> v) { requiredLicences = v == null ? new ArrayList<>() : v; }
    public boolean isRequiresCycling() { return requiresCycling; }
    public void setRequiresCycling(boolean v) { requiresCycling = v; }
    public String getSoftRequirements() { return softRequirements; }
    public void setSoftRequirements(String v) { softRequirements = v; }
    public String getStreetAddress() { return streetAddress; }
    public void setStreetAddress(String v) { streetAddress = v; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String v) { latitude = v; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String v) { longitude = v; }
    public String getTravelDirections() { return travelDirections; }
    public void setTravelDirections(String v) { travelDirections = v; }
    public String getAccessibilityNotes() { return accessibilityNotes; }
    public void setAccessibilityNotes(String v) { accessibilityNotes = v; }
    public Sharing getSharing() { return sharing; }
    public void setSharing(Sharing v) { sharing = v; }
    public List<UUID> getPartnerOrganisationIds() { return partnerOrganisationIds; }
    public void setPartnerOrganisationIds(List<UUID> v) { partnerOrganisationIds = v == null ? new ArrayList<>() : v; }
    public List<UUID> getSupervisorIds() { return supervisorIds; }
    public void setSupervisorIds(List<UUID> v) { supervisorIds = v == null ? new ArrayList<>() : v; }
    public Long getLockVersion() { return lockVersion; }
    public void setLockVersion(Long v) { lockVersion = v; }
}
