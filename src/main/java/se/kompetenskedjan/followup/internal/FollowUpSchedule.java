package se.kompetenskedjan.followup.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInPeriod;
import se.kompetenskedjan.followup.FollowUpFrequency;

/**
 * Which periods a participant is due a check-in in, from their journeys' dated events and the ladders' rules, and
 * which of those were missed. Pure: the caller reads the rows (for many participants at once) and the day.
 */
final class FollowUpSchedule {

    private FollowUpSchedule() {
    }

    /** A journey event as this module copies it; seq orders events of one day as they arrived. */
    record JourneyEvent(UUID journeyId, UUID ladderId, String type, LocalDate on, UUID stepId, String outcome,
            long seq) {
    }

    /** The after-job rule of a ladder. */
    record AfterJob(FollowUpFrequency frequency, int weeks) {
    }

    /** The saved rules of some ladders; a step without one is weekly, a ladder without an after-job rule has none. */
    record Rules(Map<UUID, Map<UUID, FollowUpFrequency>> steps, Map<UUID, AfterJob> afterJob) {

        FollowUpFrequency frequency(UUID ladderId, UUID stepId) {
            FollowUpFrequency saved = stepId == null ? null : steps.getOrDefault(ladderId, Map.of()).get(stepId);
            return saved == null ? FollowUpFrequency.WEEKLY : saved;
        }
    }

    /** Days the participant is followed up at a frequency; until null: still. */
    record Span(LocalDate from, LocalDate until, FollowUpFrequency frequency) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }
    }

    /** A check-in given: by whom and for which days. */
    record Given(CheckInAudience audience, LocalDate start, LocalDate end) {
    }

    /** A supervision's days; until null: open. */
    record Supervised(LocalDate from, LocalDate until) {
    }

    private static final List<String> DAY_ORDER = List.of("ENROLLED", "RESUMED", "STEP_ENTERED", "PAUSED", "ENDED",
            "OUTCOME");

    /**
     * The spans of one participant's journeys: on a step from the day entered to the day before they leave it,
     * pause or end the journey; after a journey ending with a regular job (an outcome recorded at any time), the
     * ladder's after-job weeks from its last day.
     */
    static List<Span> spans(List<JourneyEvent> events, Rules rules) {
        Map<UUID, List<JourneyEvent>> byJourney = new LinkedHashMap<>();
        events.stream().sorted(Comparator.comparing(JourneyEvent::on)
                        .thenComparing(e -> DAY_ORDER.indexOf(e.type())).thenComparingLong(JourneyEvent::seq))
                .forEach(e -> byJourney.computeIfAbsent(e.journeyId(), j -> new ArrayList<>()).add(e));
        List<Span> spans = new ArrayList<>();
        for (List<JourneyEvent> journey : byJourney.values()) {
            UUID ladder = journey.get(0).ladderId();
            UUID step = null;
            LocalDate open = null;
            boolean paused = false;
            LocalDate ended = null;
            String outcome = null;
            for (JourneyEvent e : journey) {
                switch (e.type()) {
                    case "ENROLLED", "STEP_ENTERED" -> {
                        close(spans, open, e.on(), rules.frequency(ladder, step));
                        step = e.stepId();
                        open = paused || ended != null ? null : e.on();
                    }
                    case "PAUSED" -> {
                        close(spans, open, e.on(), rules.frequency(ladder, step));
                        open = null;
                        paused = true;
                    }
                    case "RESUMED" -> {
                        paused = false;
                        open = step == null || ended != null ? null : e.on();
                    }
                    case "ENDED" -> {
                        close(spans, open, e.on(), rules.frequency(ladder, step));
                        open = null;
                        ended = e.on();
                    }
                    case "OUTCOME" -> outcome = e.outcome();
                    default -> throw new IllegalStateException("unknown journey event " + e.type());
                }
            }
            if (open != null) {
                spans.add(new Span(open, null, rules.frequency(ladder, step)));
            }
            AfterJob after = rules.afterJob().get(ladder);
            if (ended != null && "REGULAR_EMPLOYMENT".equals(outcome) && after != null) {
                spans.add(new Span(ended, ended.plusWeeks(after.weeks()).minusDays(1), after.frequency()));
            }
        }
        return spans;
    }

    private static void close(List<Span> spans, LocalDate open, LocalDate leaving, FollowUpFrequency frequency) {
        if (open != null && leaving.isAfter(open)) {
            spans.add(new Span(open, leaving.minusDays(1), frequency));
        }
    }

    /** The frequency the participant is followed up at on the day; null when at none. */
    static FollowUpFrequency frequencyOn(List<Span> spans, LocalDate day) {
        return spans.stream().filter(s -> s.covers(day)).map(Span::frequency)
                .filter(f -> f != FollowUpFrequency.NONE).findFirst().orElse(null);
    }

    /**
     * The periods due that have ended before {@code today}: of each span's frequency, those that begin while the
     * participant is in the span (a step entered mid-week is due from the next week), once each.
     */
    static List<CheckInPeriod> due(List<Span> spans, LocalDate today) {
        Map<String, CheckInPeriod> due = new HashMap<>();
        for (Span span : spans) {
            if (span.frequency() == FollowUpFrequency.NONE) {
                continue;
            }
            CheckInPeriod period = CheckInPeriod.of(span.frequency(), span.from());
            if (period.start().isBefore(span.from())) {
                period = period.next();
            }
            while (period.end().isBefore(today) && span.covers(period.start())) {
                due.putIfAbsent(period.frequency() + "@" + period.start(), period);
                period = period.next();
            }
        }
        return due.values().stream().sorted(Comparator.comparing(CheckInPeriod::start)).toList();
    }

    /**
     * The due periods nobody answered for: no check-in of the participant's overlaps it and, when a supervision ran
     * during it, none of a supervisor's either.
     */
    static List<CheckInPeriod> missed(List<CheckInPeriod> due, List<Given> given, List<Supervised> supervisions) {
        List<CheckInPeriod> missed = new ArrayList<>();
        for (CheckInPeriod period : due) {
            boolean byParticipant = answered(given, CheckInAudience.PARTICIPANT, period);
            boolean supervised = supervisions.stream().anyMatch(s -> period.overlaps(s.from(),
                    s.until() == null ? LocalDate.MAX : s.until()));
            if (!byParticipant && !(supervised && answered(given, CheckInAudience.SUPERVISOR, period))) {
                missed.add(period);
            }
        }
        return missed;
    }

    private static boolean answered(List<Given> given, CheckInAudience audience, CheckInPeriod period) {
        return given.stream().anyMatch(g -> g.audience() == audience && period.overlaps(g.start(), g.end()));
    }
}
