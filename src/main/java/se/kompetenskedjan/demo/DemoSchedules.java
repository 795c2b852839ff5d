package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;
import static se.kompetenskedjan.demo.DemoRegion.participant;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.placements.ProposalStatus;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.schedules.Alternation;
import se.kompetenskedjan.schedules.DayPart;
import se.kompetenskedjan.schedules.Schedules;
import se.kompetenskedjan.schedules.WorkPatternCommand;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.NotFoundException;

/**
 * Demo data, in the demo profile: work patterns for the two active placements. Yonas (14), on the care course on
 * Tuesday and Thursday mornings, is at his language internship on Mondays, Wednesdays and Thursdays, so Thursday
 * clashes (the one clash of the demo); Zahra (17) is in the kitchen on Monday, Tuesday and Friday mornings every other
 * week. Set by the coordinator; once: not when Yonas's placement has a pattern.
 */
@Component
@Profile("demo")
class DemoSchedules implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoSchedules.class);

    private final Schedules schedules;
    private final Selections selections;

    DemoSchedules(Schedules schedules, Selections selections) {
        this.schedules = schedules;
        this.selections = selections;
    }

    @Override
    public String name() {
        return "schedules";
    }

    @Override
    public void load() {
        Optional<UUID> yonas = activePlacement(14);
        Optional<UUID> zahra = activePlacement(17);
        if (yonas.isEmpty() || zahra.isEmpty() || hasPattern(yonas.get())) {
            return;
        }
        as("koordinator", () -> schedules.setPattern(yonas.get(), new WorkPatternCommand(
                List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), Alternation.EVERY_WEEK, null,
                DayPart.FULL_DAY, LocalTime.of(8, 0), LocalTime.of(16, 0), null)));
        as("koordinator", () -> schedules.setPattern(zahra.get(), new WorkPatternCommand(
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), Alternation.EVERY_OTHER_WEEK, null,
                DayPart.MORNING, LocalTime.of(7, 0), LocalTime.NOON, null)));
        log.info("Demo schedules loaded: work patterns for two active placements, one clashing with a course");
    }

    private Optional<UUID> activePlacement(int number) {
        return as("koordinator", () -> selections.forParticipant(participant(number)).stream()
                .filter(p -> p.status() == ProposalStatus.ACTIVE).map(ProposalView::id).findFirst());
    }

    private boolean hasPattern(UUID proposalId) {
        try {
            as("koordinator", () -> schedules.pattern(proposalId));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
