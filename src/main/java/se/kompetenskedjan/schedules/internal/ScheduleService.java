package se.kompetenskedjan.schedules.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.education.EducationCalendar;
import se.kompetenskedjan.education.EducationCalendar.CourseDay;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.placements.PlacementDirectory;
import se.kompetenskedjan.placements.PlacementHeader;
import se.kompetenskedjan.placements.PlacementWork;
import se.kompetenskedjan.placements.PlacementWork.WorkPlacement;
import se.kompetenskedjan.placements.ProposalStatus;
import se.kompetenskedjan.schedules.Clash;
import se.kompetenskedjan.schedules.EntryKind;
import se.kompetenskedjan.schedules.PatternSaved;
import se.kompetenskedjan.schedules.Schedules;
import se.kompetenskedjan.schedules.SupervisedWeek;
import se.kompetenskedjan.schedules.WeekEntry;
import se.kompetenskedjan.schedules.WeekView;
import se.kompetenskedjan.schedules.WorkArrangement;
import se.kompetenskedjan.schedules.WorkPatternCommand;
import se.kompetenskedjan.schedules.WorkPatternView;
import se.kompetenskedjan.schedules.internal.WorkPatternRules.Pattern;
import se.kompetenskedjan.schedules.internal.WorkPatternRules.WorkDay;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.SwedishTime;

@Service
@Transactional
class ScheduleService implements Schedules {

    static final Set<ProposalStatus> OPEN = EnumSet.of(ProposalStatus.ACCEPTED, ProposalStatus.AGREED,
            ProposalStatus.ACTIVE);
    /** How far a pattern without an end date, or a clash check, looks ahead. */
    static final int HORIZON_WEEKS = 52;

    private final WorkPatternRepository patterns;
    private final PlacementWork placements;
    private final EducationCalendar education;
    private final ParticipantRegister register;
    private final CurrentUsers currentUsers;
    private final PlacementDirectory places;
    private final Clock clock;

    ScheduleService(WorkPatternRepository patterns, PlacementWork placements, EducationCalendar education,
            ParticipantRegister register, CurrentUsers currentUsers, PlacementDirectory places, Clock clock) {
        this.patterns = patterns;
        this.placements = placements;
        this.education = education;
        this.register = register;
        this.currentUsers = currentUsers;
        this.places = places;
        this.clock = clock;
    }

    @Override
    public List<WorkArrangement> arrangements(UUID participantId) {
        register.access(participantId, AccessNeed.READ, "work patterns");
        List<WorkPlacement> open = placements.ofParticipant(participantId).stream()
                .filter(p -> OPEN.contains(p.status())).toList();
        Map<UUID, WorkPatternRepository.Row> rows = byProposal(open);
        Map<UUID, String> titles = places.headers(open.stream().map(WorkPlacement::placementId).toList()).stream()
                .collect(Collectors.toMap(PlacementHeader::id, PlacementHeader::title));
        return open.stream().map(p -> arrangement(p, rows.get(p.proposalId()), titles.get(p.placementId()),
                placements.mayArrangeWork(p.proposalId()))).toList();
    }

    @Override
    public WorkArrangement arrangement(UUID proposalId) {
        WorkPlacement placement = arrangeable(proposalId);
        register.access(placement.participantId(), AccessNeed.READ, "work pattern");
        String title = places.header(placement.placementId()).map(PlacementHeader::title).orElse(null);
        return arrangement(placement, patterns.find(proposalId).orElse(null), title, true);
    }

    private static WorkArrangement arrangement(WorkPlacement placement, WorkPatternRepository.Row row, String title,
            boolean mayArrange) {
        return new WorkArrangement(placement.proposalId(), placement.participantId(), title, placement.startsOn(), placement.endsOn(),
                row == null ? null : view(row, placement), mayArrange);
    }

    @Override
    public WorkPatternView pattern(UUID proposalId) {
        WorkPlacement placement = placement(proposalId);
        register.access(placement.participantId(), AccessNeed.READ, "work pattern");
        return patterns.find(proposalId).map(row -> view(row, placement))
                .orElseThrow(() -> new NotFoundException("schedules.pattern.notFound"));
    }

    @Override
    public PatternSaved setPattern(UUID proposalId, WorkPatternCommand command) {
        WorkPlacement placement = arrangeable(proposalId);
        WorkPatternRepository.Row row = row(placement, command);
        register.access(placement.participantId(), AccessNeed.CONTRIBUTE, "work pattern set");
        long version = patterns.save(row, command.version(), currentUsers.current().id().value(), clock.instant());
        WorkPatternRepository.Row saved = new WorkPatternRepository.Row(row.proposalId(), row.participantId(),
                row.weekdays(), row.alternation(), row.anchorMonday(), row.dayPart(), row.start(), row.end(), version);
        return new PatternSaved(view(saved, placement), clashes(saved, placement));
    }

    @Override
    @Transactional(readOnly = true)
    public PatternSaved preview(UUID proposalId, WorkPatternCommand command) {
        WorkPlacement placement = arrangeable(proposalId);
        WorkPatternRepository.Row row = row(placement, command);
        long next = patterns.find(proposalId).map(r -> r.version() + 1).orElse(1L);
        WorkPatternRepository.Row previewed = new WorkPatternRepository.Row(row.proposalId(), row.participantId(),
                row.weekdays(), row.alternation(), row.anchorMonday(), row.dayPart(), row.start(), row.end(), next);
        return new PatternSaved(view(previewed, placement), clashes(previewed, placement));
    }

    @Override
    public WeekView week(UUID participantId, String week) {
        LocalDate monday = monday(week);
        register.access(participantId, AccessNeed.READ, "week schedule " + IsoWeeks.name(monday));
        return assemble(participantId, monday);
    }

    @Override
    public WeekView myWeek(String week) {
        CurrentUser user = currentUsers.current();
        if (!user.is(Role.PARTICIPANT) || user.participantId() == null) {
            throw new AccessDeniedException("participants only");
        }
        return week(user.participantId(), week);
    }

    @Override
    public SupervisedWeek supervised(String week) {
        CurrentUser user = currentUsers.current();
        if (!user.is(Role.SUPERVISOR)) {
            throw new AccessDeniedException("supervisors only");
        }
        LocalDate monday = monday(week);
        LocalDate sunday = monday.plusDays(6);
        List<WorkPlacement> supervised = placements.supervisedBy(user.id().value(), today());
        Map<UUID, String> names = supervised.isEmpty() ? Map.of()
                : register.summaries(supervised.stream().map(WorkPlacement::participantId).distinct().toList())
                        .stream().collect(Collectors.toMap(ParticipantSummary::id, p -> p.firstName() + " " + p.lastName(),
                                (a, b) -> a));
        Map<UUID, WorkPatternRepository.Row> rows = byProposal(supervised);
        List<SupervisedWeek.Row> result = new ArrayList<>();
        for (WorkPlacement placement : supervised) {
            if (!names.containsKey(placement.participantId())) {
                continue;
            }
            WorkPatternRepository.Row row = rows.get(placement.proposalId());
            List<WeekEntry> days = row == null ? List.of()
                    : WorkPatternRules.days(pattern(row, placement), monday, sunday).stream()
                            .map(d -> new WeekEntry(EntryKind.WORK, d.date(), d.start(), d.end(), d.proposalId(),
                                    null, false))
                            .toList();
            result.add(new SupervisedWeek.Row(placement.participantId(), names.get(placement.participantId()),
                    placement.proposalId(), days));
        }
        result.sort(Comparator.comparing(SupervisedWeek.Row::participantName));
        return new SupervisedWeek(IsoWeeks.name(monday), monday, IsoWeeks.name(monday.plusWeeks(1)), result);
    }

    // --- shared with the feeds and the enrolment listener ---------------------------------------------------------

    /** The participant's work days between the dates, from the patterns of their open placements. */
    List<WorkDay> workDays(UUID participantId, LocalDate from, LocalDate to) {
        List<WorkPlacement> open = placements.ofParticipant(participantId);
        Map<UUID, WorkPatternRepository.Row> rows = byProposal(open);
        List<WorkDay> days = new ArrayList<>();
        for (WorkPlacement placement : open) {
            WorkPatternRepository.Row row = rows.get(placement.proposalId());
            if (row != null) {
                days.addAll(WorkPatternRules.days(pattern(row, placement), from, to));
            }
        }
        days.sort(Comparator.comparing(WorkDay::date).thenComparing(WorkDay::start));
        return days;
    }

    /** The supervised placements' work days between the dates, per placement. */
    Map<WorkPlacement, List<WorkDay>> supervisedDays(UUID supervisorUserId, LocalDate from, LocalDate to) {
        List<WorkPlacement> supervised = placements.supervisedBy(supervisorUserId, today());
        Map<UUID, WorkPatternRepository.Row> rows = byProposal(supervised);
        Map<WorkPlacement, List<WorkDay>> days = new LinkedHashMap<>();
        for (WorkPlacement placement : supervised) {
            WorkPatternRepository.Row row = rows.get(placement.proposalId());
            days.put(placement, row == null ? List.of() : WorkPatternRules.days(pattern(row, placement), from, to));
        }
        return days;
    }

    LocalDate today() {
        return SwedishTime.today(clock);
    }

    // --- the week ------------------------------------------------------------------------------------------------

    private WeekView assemble(UUID participantId, LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        List<CourseDay> sessions = education.ofParticipant(participantId, monday, sunday);
        List<WorkDay> work = workDays(participantId, monday, sunday);
        List<Clash> clashes = WorkPatternRules.clashes(sessions, work);
        Set<UUID> clashingSessions = clashes.stream().map(Clash::sessionId).collect(Collectors.toSet());
        Set<String> clashingDays = clashes.stream().map(c -> c.proposalId() + "/" + c.date())
                .collect(Collectors.toSet());
        List<WeekEntry> entries = new ArrayList<>();
        for (CourseDay s : sessions) {
            entries.add(new WeekEntry(EntryKind.COURSE, s.date(), s.start(), s.end(), s.sessionId(), s.courseName(),
                    clashingSessions.contains(s.sessionId())));
        }
        for (WorkDay d : work) {
            entries.add(new WeekEntry(EntryKind.WORK, d.date(), d.start(), d.end(), d.proposalId(), null,
                    clashingDays.contains(d.proposalId() + "/" + d.date())));
        }
        entries.sort(Comparator.comparing(WeekEntry::date).thenComparing(WeekEntry::start)
                .thenComparing(WeekEntry::kind));
        int days = (int) entries.stream().map(WeekEntry::date).distinct().count();
        return new WeekView(participantId, IsoWeeks.name(monday), monday, sunday, IsoWeeks.name(monday.minusWeeks(1)),
                IsoWeeks.name(monday.plusWeeks(1)), entries, days, clashes.size());
    }

    private LocalDate monday(String week) {
        return week == null || week.isBlank() ? IsoWeeks.mondayOf(today()) : IsoWeeks.monday(week);
    }

    // --- patterns ------------------------------------------------------------------------------------------------

    private WorkPlacement placement(UUID proposalId) {
        return placements.placement(proposalId)
                .orElseThrow(() -> new NotFoundException("schedules.placement.notFound"));
    }

    private WorkPlacement arrangeable(UUID proposalId) {
        WorkPlacement placement = placement(proposalId);
        if (!placements.mayArrangeWork(proposalId)) {
            throw new AccessDeniedException("not a party who arranges the placement");
        }
        if (!OPEN.contains(placement.status())) {
            throw new ConflictException("schedules.placement.notOpen");
        }
        return placement;
    }

    private WorkPatternRepository.Row row(WorkPlacement placement, WorkPatternCommand command) {
        Set<DayOfWeek> weekdays = EnumSet.copyOf(new HashSet<>(command.weekdays()));
        LocalDate firstWeek = command.firstWeek() != null ? command.firstWeek() : placement.startsOn();
        if (firstWeek.getYear() < 2000 || firstWeek.getYear() > 2099) {
            throw new InvalidFieldException("firstWeek", "schedules.pattern.firstWeek.invalid");
        }
        LocalTime[] times = WorkPatternRules.times(command.dayPart(), weekdays, placement.slots(),
                command.startTime(), command.endTime());
        if (times == null) {
            throw new InvalidFieldException("endTime", "schedules.pattern.times.invalid");
        }
        return new WorkPatternRepository.Row(placement.proposalId(), placement.participantId(), weekdays,
                command.alternation(), IsoWeeks.mondayOf(firstWeek), command.dayPart(), times[0], times[1], 0);
    }

    private List<Clash> clashes(WorkPatternRepository.Row row, WorkPlacement placement) {
        Pattern pattern = pattern(row, placement);
        LocalDate from = pattern.from();
        LocalDate to = pattern.to();
        List<CourseDay> sessions = education.ofParticipant(placement.participantId(), from, to);
        List<Clash> clashes = WorkPatternRules.clashes(sessions, WorkPatternRules.days(pattern, from, to));
        return clashes.size() > 100 ? clashes.subList(0, 100) : clashes;
    }

    /** The rules' pattern: within the placement's dates, a year at most when it has no end. */
    static Pattern pattern(WorkPatternRepository.Row row, WorkPlacement placement) {
        LocalDate to = placement.endsOn() != null ? placement.endsOn()
                : placement.startsOn().plusWeeks(HORIZON_WEEKS);
        return new Pattern(row.proposalId(), row.weekdays(), row.alternation(), row.anchorMonday(), row.start(),
                row.end(), placement.startsOn(), to, row.version());
    }

    private Map<UUID, WorkPatternRepository.Row> byProposal(List<WorkPlacement> open) {
        return patterns.forProposals(open.stream().map(WorkPlacement::proposalId).toList()).stream()
                .collect(Collectors.toMap(WorkPatternRepository.Row::proposalId, Function.identity()));
    }

    private static WorkPatternView view(WorkPatternRepository.Row row, WorkPlacement placement) {
        return new WorkPatternView(row.proposalId(), row.participantId(),
                row.weekdays().stream().sorted().toList(), row.alternation(), row.anchorMonday(), row.dayPart(),
                row.start(), row.end(), placement.startsOn(), placement.endsOn(), row.version());
    }
}
