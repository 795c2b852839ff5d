package se.kompetenskedjan.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import se.kompetenskedjan.meetings.MeetingCommand;
import se.kompetenskedjan.meetings.MeetingKind;

/**
 * The page form of a meeting: agenda items as rows (empty rows are left out), attendees as checked accounts, and the
 * partner organisations whose people are offered as attendees too.
 */
public class MeetingForm {

    static final int EMPTY_ROWS = 3;

    private MeetingKind kind;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime startTime;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime endTime;
    private String place;
    private String videoLink;
    private UUID participantId;
    private List<UUID> attendeeIds = new ArrayList<>();
    private List<Row> agenda = new ArrayList<>();
    private List<UUID> organisations = new ArrayList<>();
    private UUID addOrganisation;

    /** One agenda row. */
    public static class Row {
        private String text;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    static MeetingForm empty(LocalDate today, UUID me) {
        MeetingForm form = new MeetingForm();
        form.date = today;
        form.attendeeIds.add(me);
        form.addEmptyRows();
        return form;
    }

    void addEmptyRows() {
        for (int i = 0; i < EMPTY_ROWS; i++) {
            agenda.add(new Row());
        }
    }

    /** The agenda rows that are not empty, by their index in the form. */
    List<Integer> filledRows() {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).text != null && !agenda.get(i).text.isBlank()) {
                filled.add(i);
            }
        }
        return filled;
    }

    MeetingCommand command() {
        return new MeetingCommand(kind, title, date, startTime, endTime, place, videoLink, participantId,
                List.copyOf(attendeeIds), filledRows().stream().map(i -> agenda.get(i).text.strip()).toList(), null);
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public void setParticipantId(UUID participantId) {
        this.participantId = participantId;
    }

    public List<UUID> getAttendeeIds() {
        return attendeeIds;
    }

    public void setAttendeeIds(List<UUID> attendeeIds) {
        this.attendeeIds = attendeeIds;
    }

    public List<Row> getAgenda() {
        return agenda;
    }

    public void setAgenda(List<Row> agenda) {
        this.agenda = agenda;
    }

    public List<UUID> getOrganisations() {
        return organisations;
    }

    public void setOrganisations(List<UUID> organisations) {
        this.organisations = organisations;
    }

    public UUID getAddOrganisation() {
        return addOrganisation;
    }

    public void setAddOrganisation(UUID addOrganisation) {
        this.addOrganisation = addOrganisation;
    }
}
