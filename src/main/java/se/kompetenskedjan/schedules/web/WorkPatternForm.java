package se.kompetenskedjan.schedules.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;
import se.kompetenskedjan.schedules.Alternation;
import se.kompetenskedjan.schedules.DayPart;
import se.kompetenskedjan.schedules.WorkArrangement;
import se.kompetenskedjan.schedules.WorkPatternCommand;
import se.kompetenskedjan.schedules.WorkPatternView;

/** A work pattern as the page binds it: text fields, checked against the command's rules on the way in. */
public class WorkPatternForm {

    private List<String> weekdays = new ArrayList<>();
    private String alternation = Alternation.EVERY_WEEK.name();
    private String firstWeek;
    private String dayPart = DayPart.FULL_DAY.name();
    private String startTime;
    private String endTime;
    private Long version;

    static WorkPatternForm of(WorkArrangement arrangement) {
        WorkPatternForm form = new WorkPatternForm();
        WorkPatternView pattern = arrangement.pattern();
        if (pattern == null) {
            return form;
        }
        form.weekdays = new ArrayList<>(pattern.weekdays().stream().map(DayOfWeek::name).toList());
        form.alternation = pattern.alternation().name();
        form.firstWeek = pattern.firstWeek() == null ? null : pattern.firstWeek().toString();
        form.dayPart = pattern.dayPart().name();
        form.startTime = pattern.startTime().toString();
        form.endTime = pattern.endTime().toString();
        form.version = pattern.version();
        return form;
    }

    /** The command, with the fields that cannot be read filed as errors (and left out, for the rules to name the rest). */
    WorkPatternCommand toCommand(BindingResult errors) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String day : weekdays == null ? List.<String>of() : weekdays) {
            DayOfWeek parsed = parse(DayOfWeek.class, day);
            if (parsed == null) {
                errors.rejectValue("weekdays", "schedules.pattern.weekdays.required");
                break;
            }
            days.add(parsed);
        }
        LocalDate first = null;
        if (firstWeek != null && !firstWeek.isBlank()) {
            try {
                first = LocalDate.parse(firstWeek.strip());
            } catch (DateTimeParseException e) {
                errors.rejectValue("firstWeek", "schedules.pattern.firstWeek.format");
            }
        }
        LocalTime start = time(startTime, "startTime", errors);
        LocalTime end = time(endTime, "endTime", errors);
        return new WorkPatternCommand(days, parse(Alternation.class, alternation), first,
                parse(DayPart.class, dayPart), start, end, version);
    }

    private static LocalTime time(String value, String field, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "schedules.pattern.time.format");
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<String> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(List<String> weekdays) {
        this.weekdays = weekdays;
    }

    public String getAlternation() {
        return alternation;
    }

    public void setAlternation(String alternation) {
        this.alternation = alternation;
    }

    public String getFirstWeek() {
        return firstWeek;
    }

    public void setFirstWeek(String firstWeek) {
        this.firstWeek = firstWeek;
    }

    public String getDayPart() {
        return dayPart;
    }

    public void setDayPart(String dayPart) {
        this.dayPart = dayPart;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
