package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;
import static se.kompetenskedjan.demo.DemoRegion.demoId;
import static se.kompetenskedjan.demo.DemoRegion.participant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.education.AttendanceCommand;
import se.kompetenskedjan.education.AttendanceStatus;
import se.kompetenskedjan.education.CourseCommand;
import se.kompetenskedjan.education.CourseKind;
import se.kompetenskedjan.education.CourseView;
import se.kompetenskedjan.education.Courses;
import se.kompetenskedjan.education.EnrolmentCommand;
import se.kompetenskedjan.education.EnrolmentEnd;
import se.kompetenskedjan.education.EnrolmentEndReason;
import se.kompetenskedjan.education.Enrolments;
import se.kompetenskedjan.education.OccasionCommand;
import se.kompetenskedjan.education.OccasionView;
import se.kompetenskedjan.education.ResultCommand;
import se.kompetenskedjan.education.ResultOutcome;
import se.kompetenskedjan.education.SessionView;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Demo data, in the demo profile: Älvstad's adult education ("larare") runs "Svenska för vård och omsorg" on Tuesdays
 * and Thursdays and SFI kurs C on Mondays, Wednesdays and Fridays, both under way around today. The coordinator
 * enrolled Amina (1), Farida (11) and Yonas (14) on the care course and Tesfay (2), Dilan (7) and Natalia (15) on SFI
 * C; the teacher has taken attendance at the sessions before today (Farida below the warning share) and Natalia has
 * passed SFI C, so her enrolment is completed. Once: not when the care course exists.
 */
@Component
@Profile("demo")
class DemoEducation implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoEducation.class);
    private static final String CARE_COURSE = "Svenska för vård och omsorg";

    private final Courses courses;
    private final Enrolments enrolments;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoEducation(Courses courses, Enrolments enrolments, PlatformTransactionManager transactionManager, Clock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "education";
    }

    @Override
    public void load() {
        UUID school = demoId("org:vux");
        boolean loaded = as("larare", () -> courses.courses(school, 0, 100).items().stream()
                .anyMatch(c -> c.name().equals(CARE_COURSE)));
        if (loaded) {
            return;
        }
        LocalDate today = SwedishTime.today(clock);
        transactions.executeWithoutResult(status -> {
            OccasionView care = as("larare", () -> occasion(new CourseCommand(CARE_COURSE, CourseKind.SWEDISH_FOR_CARE,
                    "Svenska för arbete i vård och omsorg: samtal med brukare, rapportering och dokumentation. "
                            + "Två förmiddagar i veckan, samordnat med praktiken.", SwedishLevel.SAS_BASIC),
                    new OccasionCommand(today.minusWeeks(5), today.plusWeeks(10), 16,
                            Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(8, 30), LocalTime.of(11, 30),
                            "SFI Centrum, Exempeltorget 8, sal 4", List.of())));
            OccasionView sfi = as("larare", () -> occasion(new CourseCommand("SFI kurs C", CourseKind.SFI_C,
                    "Svenska för invandrare, kurs C.", SwedishLevel.SFI_C),
                    new OccasionCommand(today.minusWeeks(4), today.plusWeeks(12), 20,
                            Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(13, 0),
                            LocalTime.of(15, 30), "SFI Centrum, Exempeltorget 8, sal 2", List.of())));
            Map<Integer, UUID> careGroup = enrol(care, 1, 11, 14);
            Map<Integer, UUID> sfiGroup = enrol(sfi, 2, 7, 15);
            as("larare", () -> {
                int n = 0;
                for (SessionView session : held(care.id(), today)) {
                    n++;
                    attendance(session, Map.of(careGroup.get(1), n % 6 == 0 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT,
                            careGroup.get(11), n % 2 == 0 ? AttendanceStatus.ABSENT
                                    : n == 3 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT,
                            careGroup.get(14), n == 4 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT));
                }
                n = 0;
                for (SessionView session : held(sfi.id(), today)) {
                    n++;
                    attendance(session, Map.of(sfiGroup.get(2), AttendanceStatus.PRESENT,
                            sfiGroup.get(7), n % 4 == 0 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT,
                            sfiGroup.get(15), AttendanceStatus.PRESENT));
                }
                return enrolments.recordResult(sfiGroup.get(15), new ResultCommand(ResultOutcome.PASSED, "C",
                        today.minusDays(1)));
            });
            as("koordinator", () -> enrolments.end(sfiGroup.get(15),
                    new EnrolmentEnd(EnrolmentEndReason.COMPLETED, today)));
        });
        log.info("Demo education loaded: two courses of the adult education with attendance and a result");
    }

    private OccasionView occasion(CourseCommand course, OccasionCommand occasion) {
        CourseView created = courses.createCourse(course);
        return courses.createOccasion(created.id(), occasion);
    }

    private Map<Integer, UUID> enrol(OccasionView occasion, int... participants) {
        return as("koordinator", () -> {
            Map<Integer, UUID> group = new java.util.HashMap<>();
            for (int number : participants) {
                group.put(number, enrolments.enrol(occasion.id(),
                        new EnrolmentCommand(participant(number), occasion.startsOn())).id());
            }
            return group;
        });
    }

    private List<SessionView> held(UUID occasionId, LocalDate today) {
        return new ArrayList<>(courses.sessions(occasionId).stream().filter(s -> s.date().isBefore(today)).toList());
    }

    private void attendance(SessionView session, Map<UUID, AttendanceStatus> marks) {
        enrolments.recordAttendance(session.id(), new AttendanceCommand(marks.entrySet().stream()
                .map(e -> new AttendanceCommand.Entry(e.getKey(), e.getValue())).toList()));
    }
}
