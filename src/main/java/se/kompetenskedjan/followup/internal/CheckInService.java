package se.kompetenskedjan.followup.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.followup.BatteryView;
import se.kompetenskedjan.followup.CheckInAnswered;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInCommand;
import se.kompetenskedjan.followup.CheckInFlagRaised;
import se.kompetenskedjan.followup.CheckInForm;
import se.kompetenskedjan.followup.CheckInPeriod;
import se.kompetenskedjan.followup.CheckInReviewed;
import se.kompetenskedjan.followup.CheckInSignals;
import se.kompetenskedjan.followup.CheckInSummary;
import se.kompetenskedjan.followup.CheckInView;
import se.kompetenskedjan.followup.CheckIns;
import se.kompetenskedjan.followup.FlagActionCommand;
import se.kompetenskedjan.followup.FlagCloseCommand;
import se.kompetenskedjan.followup.FlagClosed;
import se.kompetenskedjan.followup.FlagReason;
import se.kompetenskedjan.followup.FlagStatus;
import se.kompetenskedjan.followup.FlagTurnedIntoAction;
import se.kompetenskedjan.followup.FlagView;
import se.kompetenskedjan.followup.FollowUpFrequency;
import se.kompetenskedjan.followup.Obstacle;
import se.kompetenskedjan.followup.QuestionKind;
import se.kompetenskedjan.followup.ReviewCommand;
import se.kompetenskedjan.followup.SupervisedCheckIn;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.shared.Texts;
import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.tasks.TaskSource;
import se.kompetenskedjan.tasks.TaskView;
import se.kompetenskedjan.tasks.Tasks;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Check-ins are stored with their answers as JSON, checked against the battery version answered; flags are rows of
 * their own so the caseload counts open ones with an index. Who reads what: the participant their own answers, a
 * supervisor the check-ins they gave, those who may change the participant all of them.
 */
@Service
@Transactional
class CheckInService implements CheckIns {

    static final String TASK_SOURCE = "CHECK_IN_ACTION";
    private static final int FREE_TEXT_MAX = 1000;
    private static final Set<String> TRAFFIC_LIGHTS = Set.of("GREEN", "YELLOW", "RED");
    private static final Set<String> YES_NO = Set.of("YES", "NO");
    private static final TypeReference<List<StoredAnswer>> ANSWERS = new TypeReference<>() {
    };

    /** An answer as stored. */
    record StoredAnswer(UUID questionKey, String value) {
    }

    private final JdbcClient jdbc;
    private final ParticipantRegister register;
    private final BatteryService batteries;
    private final RhythmService rhythms;
    private final Tasks tasks;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    CheckInService(JdbcClient jdbc, ParticipantRegister register, BatteryService batteries, RhythmService rhythms,
            Tasks tasks, CurrentUsers currentUsers, IdentityDirectory identity, ApplicationEventPublisher events,
            JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.batteries = batteries;
        this.rhythms = rhythms;
        this.tasks = tasks;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public CheckInForm form(UUID participantId, CheckInAudience audience) {
        CurrentUser user = currentUsers.current();
        requireAnswerer(user, participantId, audience);
        ParticipantAccess access = register.requireRead(participantId);
        BatteryService.Answerable battery = batteries.current(access.participantOrganisationId(), audience);
        CheckInPeriod period = periodOf(participantId, today());
        return new CheckInForm(participantId, audience, period, battery.id(), battery.version(), battery.name(),
                questionViews(battery.questions()), answeredId(participantId, audience, period));
    }

    @Override
    public CheckInView answer(UUID participantId, CheckInCommand command) {
        CurrentUser user = currentUsers.current();
        requireAnswerer(user, participantId, command.audience());
        ParticipantAccess access = register.access(participantId, AccessNeed.ADD,
                command.audience() == CheckInAudience.PARTICIPANT ? "check-in answered" : "check-in by supervisor");
        LocalDate today = today();
        LocalDate day = command.periodDate() == null ? today : command.periodDate();
        CheckInPeriod current = periodOf(participantId, today);
        if (day.isAfter(today) || day.isBefore(current.previous().start())) {
            throw new InvalidFieldException("periodDate", "checkin.period.notOpen");
        }
        CheckInPeriod period = periodOf(participantId, day);
        BatteryService.Answerable battery = battery(access.participantOrganisationId(), command);
        List<StoredAnswer> answers = validated(battery, command.answers());
        String language = language(command.language());
        Set<Obstacle> obstacles = command.obstacles() == null || command.obstacles().isEmpty()
                ? EnumSet.noneOf(Obstacle.class) : EnumSet.copyOf(command.obstacles());
        if (answeredId(participantId, command.audience(), period) != null) {
            throw new ConflictException("checkin.alreadyAnswered");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO followup_checkin (id, participant_id, organisation_id, audience, frequency, period_start,
                           period_end, battery_id, battery_version, answers, obstacles, obstacle_note, language,
                           answered_by, answered_at)
                    VALUES (:id, :participant, :org, :audience, :frequency, :start, :end, :battery, :version,
                            CAST(:answers AS jsonb), CAST(:obstacles AS text[]), :note, :language, :by, :now)""")
                    .param("id", id).param("participant", participantId)
                    .param("org", access.participantOrganisationId()).param("audience", command.audience().name())
                    .param("frequency", period.frequency().name()).param("start", period.start())
                    .param("end", period.end()).param("battery", battery.id()).param("version", battery.version())
                    .param("answers", json.writeValueAsString(answers))
                    .param("obstacles", "{" + obstacles.stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(",")) + "}")
                    .param("note", Texts.blankToNull(command.obstacleNote()))
                    .param("language", language).param("by", user.id().value())
                    .param("now", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("checkin.alreadyAnswered");
        }
        List<UUID> flags = raiseFlags(id, participantId, access.participantOrganisationId(), battery, answers,
                obstacles);
        events.publishEvent(new CheckInAnswered(id, participantId, access.participantOrganisationId(),
                command.audience(), period, !flags.isEmpty()));
        return view(row(id), false);
    }

    @Override
    public PageResult<CheckInSummary> forParticipant(UUID participantId, Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        Reader reader = reader(user, participantId, "check-ins");
        var paging = Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
        String where = " WHERE c.participant_id = :participant"
                + " AND (CAST(:audience AS text) IS NULL OR c.audience = :audience)"
                + " AND (CAST(:answeredBy AS uuid) IS NULL OR c.answered_by = :answeredBy)";
        long total = jdbc.sql("SELECT count(*) FROM followup_checkin c" + where)
                .param("participant", participantId).param("audience", reader.audience())
                .param("answeredBy", reader.answeredBy()).query(Long.class).single();
        record Line(UUID id, String audience, String frequency, LocalDate periodStart, UUID answeredBy,
                Timestamp answeredAt, Timestamp reviewedAt, int flags, int openFlags) {
        }
        List<Line> lines = jdbc.sql("""
                SELECT c.id, c.audience, c.frequency, c.period_start, c.answered_by, c.answered_at, c.reviewed_at,
                       (SELECT count(*) FROM followup_checkin_flag f WHERE f.checkin_id = c.id) AS flags,
                       (SELECT count(*) FROM followup_checkin_flag f WHERE f.checkin_id = c.id AND f.status = 'OPEN')
                           AS open_flags
                  FROM followup_checkin c""" + where + """

                 ORDER BY c.period_start DESC, c.audience, c.id
                 LIMIT :limit OFFSET :offset""")
                .param("participant", participantId).param("audience", reader.audience())
                .param("answeredBy", reader.answeredBy()).param("limit", paging.getPageSize())
                .param("offset", paging.getOffset()).query(Line.class).list();
        Map<UUID, String> names = identity.displayNames(lines.stream().map(Line::answeredBy).collect(Collectors.toSet()));
        List<CheckInSummary> items = lines.stream().map(l -> new CheckInSummary(l.id(), participantId,
                CheckInAudience.valueOf(l.audience()),
                CheckInPeriod.of(FollowUpFrequency.valueOf(l.frequency()), l.periodStart()),
                names.get(l.answeredBy()), l.answeredAt().toInstant(), l.flags(), l.openFlags(),
                l.reviewedAt() != null)).toList();
        return new PageResult<>(items, paging.getPageNumber(), paging.getPageSize(), total,
                (int) ((total + paging.getPageSize() - 1) / paging.getPageSize()));
    }

    @Override
    public CheckInView get(UUID checkInId) {
        Row row = row(checkInId);
        CurrentUser user = currentUsers.current();
        Reader reader = reader(user, row.participantId(), "check-in");
        if (!reader.sees(row)) {
            throw new NotFoundException("checkin.notFound");
        }
        return view(row, reader.coordinator());
    }

    @Override
    public CheckInView review(UUID checkInId, ReviewCommand command) {
        Row row = editable(checkInId, "check-in reviewed");
        CurrentUser user = currentUsers.current();
        int updated = jdbc.sql("""
                UPDATE followup_checkin SET review_note = :note, reviewed_by = :by, reviewed_at = :now
                 WHERE id = :id AND reviewed_at IS NULL""")
                .param("note", Texts.blankToNull(command.note())).param("by", user.id().value())
                .param("now", Timestamp.from(clock.instant())).param("id", checkInId).update();
        if (updated == 0) {
            throw new ConflictException("checkin.alreadyReviewed");
        }
        events.publishEvent(new CheckInReviewed(checkInId, row.participantId(), user.id().value(), today()));
        return view(row(checkInId), true);
    }

    @Override
    public CheckInView turnIntoAction(UUID checkInId, UUID flagId, FlagActionCommand command) {
        Row row = editable(checkInId, "check-in flag: action");
        CurrentUser user = currentUsers.current();
        openFlag(checkInId, flagId);
        if (command.dueDate().isBefore(today())) {
            throw new InvalidFieldException("dueDate", "followup.action.due.past");
        }
        requireOwner(command.ownerId(), row.participantId(), user);
        TaskView task = tasks.openFor(new TaskSource(TASK_SOURCE, flagId), row.organisationId(),
                new TaskCommand(command.title().strip(), Texts.blankToNull(command.description()), command.ownerId(),
                        command.dueDate(), row.participantId()), user.id().value());
        handle(flagId, FlagStatus.ACTION, task.id(), null, user);
        events.publishEvent(new FlagTurnedIntoAction(flagId, checkInId, row.participantId(), task.id()));
        return view(row(checkInId), true);
    }

    @Override
    public CheckInView closeFlag(UUID checkInId, UUID flagId, FlagCloseCommand command) {
        Row row = editable(checkInId, "check-in flag closed");
        CurrentUser user = currentUsers.current();
        openFlag(checkInId, flagId);
        handle(flagId, FlagStatus.CLOSED, null, command.note().strip(), user);
        events.publishEvent(new FlagClosed(flagId, checkInId, row.participantId()));
        return view(row(checkInId), true);
    }

    @Override
    public List<SupervisedCheckIn> supervised() {
        CurrentUser user = currentUsers.current();
        if (!user.is(Role.SUPERVISOR)) {
            throw new AccessDeniedException("supervisors list the participants they supervise");
        }
        LocalDate today = today();
        List<UUID> ids = jdbc.sql("""
                SELECT DISTINCT participant_id FROM followup_supervision
                 WHERE supervisor_id = :me AND starts_on <= :today AND (ends_on IS NULL OR ends_on >= :today)
                 LIMIT 1000""")
                .param("me", user.id().value()).param("today", today).query(UUID.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<FollowUpSchedule.Span>> spans = spans(ids);
        record Mine(UUID id, UUID participantId, LocalDate periodStart, LocalDate periodEnd) {
        }
        List<Mine> mine = jdbc.sql("""
                SELECT id, participant_id, period_start, period_end FROM followup_checkin
                 WHERE answered_by = :me AND period_start >= :since AND audience = 'SUPERVISOR'""")
                .param("me", user.id().value()).param("since", today.minusMonths(2)).query(Mine.class).list();
        List<SupervisedCheckIn> result = new ArrayList<>();
        for (ParticipantSummary participant : register.summaries(ids)) {
            CheckInPeriod period = periodOf(spans.getOrDefault(participant.id(), List.of()), today);
            UUID given = mine.stream().filter(m -> m.participantId().equals(participant.id())
                    && m.periodStart().equals(period.start())).map(Mine::id).findFirst().orElse(null);
            result.add(new SupervisedCheckIn(participant, period, given));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, CheckInSignals> signals(Collection<UUID> participantIds) {
        Set<UUID> ids = register.visibleAmong(participantIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today();
        Map<UUID, List<FollowUpSchedule.Span>> spans = spans(ids);
        Map<UUID, List<FollowUpSchedule.Given>> given = new HashMap<>();
        Map<UUID, LocalDate> last = new HashMap<>();
        jdbc.sql("""
                SELECT participant_id, audience, period_start, period_end, answered_at FROM followup_checkin
                 WHERE participant_id IN (:ids)""").param("ids", ids).query((rs, n) -> {
                    UUID p = rs.getObject("participant_id", UUID.class);
                    given.computeIfAbsent(p, k -> new ArrayList<>()).add(new FollowUpSchedule.Given(
                            CheckInAudience.valueOf(rs.getString("audience")),
                            rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class)));
                    LocalDate answered = LocalDate.ofInstant(rs.getTimestamp("answered_at").toInstant(),
                            SwedishTime.SWEDEN);
                    last.merge(p, answered, (a, b) -> a.isAfter(b) ? a : b);
                    return n;
                }).list();
        Map<UUID, List<FollowUpSchedule.Supervised>> supervised = new HashMap<>();
        jdbc.sql("SELECT participant_id, starts_on, ends_on FROM followup_supervision WHERE participant_id IN (:ids)")
                .param("ids", ids).query((rs, n) -> supervised.computeIfAbsent(rs.getObject("participant_id",
                        UUID.class), k -> new ArrayList<>()).add(new FollowUpSchedule.Supervised(
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class))))
                .list();
        Map<UUID, Integer> open = new HashMap<>();
        jdbc.sql("""
                SELECT participant_id, count(*) AS open FROM followup_checkin_flag
                 WHERE participant_id IN (:ids) AND status = 'OPEN' GROUP BY participant_id""")
                .param("ids", ids).query((rs, n) -> open.put(rs.getObject("participant_id", UUID.class),
                        rs.getInt("open"))).list();
        Map<UUID, CheckInSignals> signals = new HashMap<>();
        for (UUID id : ids) {
            List<CheckInPeriod> missed = FollowUpSchedule.missed(
                    FollowUpSchedule.due(spans.getOrDefault(id, List.of()), today),
                    given.getOrDefault(id, List.of()), supervised.getOrDefault(id, List.of()));
            signals.put(id, new CheckInSignals(id, last.get(id), missed.size(),
                    missed.isEmpty() ? null : missed.get(missed.size() - 1), open.getOrDefault(id, 0)));
        }
        return signals;
    }

    // --- who may do what ---

    /** Participants answer about themselves, supervisors about those they supervise (the access rule checks that). */
    private static void requireAnswerer(CurrentUser user, UUID participantId, CheckInAudience audience) {
        boolean allowed = audience == CheckInAudience.PARTICIPANT
                ? user.is(Role.PARTICIPANT) && participantId.equals(user.participantId())
                : user.is(Role.SUPERVISOR);
        if (!allowed) {
            throw new AccessDeniedException("the participant answers about themself, a supervisor about them");
        }
    }

    /** What a reader sees of a participant's check-ins; the read is recorded. */
    private record Reader(String audience, UUID answeredBy, boolean coordinator) {

        boolean sees(Row row) {
            return (audience == null || audience.equals(row.audience().name()))
                    && (answeredBy == null || answeredBy.equals(row.answeredBy()));
        }
    }

    private Reader reader(CurrentUser user, UUID participantId, String detail) {
        if (user.is(Role.PARTICIPANT)) {
            register.access(participantId, AccessNeed.READ, detail);
            return new Reader(CheckInAudience.PARTICIPANT.name(), null, false);
        }
        if (user.is(Role.SUPERVISOR)) {
            register.access(participantId, AccessNeed.READ, detail);
            return new Reader(CheckInAudience.SUPERVISOR.name(), user.id().value(), false);
        }
        register.requireEdit(participantId);
        register.access(participantId, AccessNeed.READ, detail);
        return new Reader(null, null, true);
    }

    /** The check-in, for those who may change its participant; the write is recorded. */
    private Row editable(UUID checkInId, String detail) {
        Row row = row(checkInId);
        register.requireEdit(row.participantId());
        register.access(row.participantId(), AccessNeed.CHANGE, detail);
        return row;
    }

    /** A task's owner: a colleague, the participant themself, or a supervisor of theirs today. */
    private void requireOwner(UUID ownerId, UUID participantId, CurrentUser user) {
        UserView owner = identity.findUser(new UserId(ownerId)).filter(UserView::enabled)
                .orElseThrow(() -> new InvalidFieldException("ownerId", "followup.action.owner.unknown"));
        boolean colleague = owner.role() != Role.PARTICIPANT
                && owner.organisationId().equals(user.organisationId().value());
        boolean participant = identity.participantAccount(participantId).map(a -> a.id().equals(ownerId))
                .orElse(false);
        boolean supervisor = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM followup_supervision WHERE participant_id = :p AND supervisor_id = :u
                                  AND starts_on <= :today AND (ends_on IS NULL OR ends_on >= :today))""")
                .param("p", participantId).param("u", ownerId).param("today", today()).query(Boolean.class).single();
        if (!colleague && !participant && !supervisor) {
            throw new InvalidFieldException("ownerId", "followup.action.owner.notParty");
        }
    }

    private void openFlag(UUID checkInId, UUID flagId) {
        String status = jdbc.sql("SELECT status FROM followup_checkin_flag WHERE id = :id AND checkin_id = :checkin")
                .param("id", flagId).param("checkin", checkInId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("followup.flag.notFound"));
        if (!FlagStatus.OPEN.name().equals(status)) {
            throw new ConflictException("followup.flag.notOpen");
        }
    }

    private void handle(UUID flagId, FlagStatus status, UUID taskId, String note, CurrentUser user) {
        int updated = jdbc.sql("""
                UPDATE followup_checkin_flag SET status = :status, task_id = :task, note = :note, handled_by = :by,
                       handled_at = :now
                 WHERE id = :id AND status = 'OPEN'""")
                .param("status", status.name()).param("task", taskId).param("note", note)
                .param("by", user.id().value()).param("now", Timestamp.from(clock.instant())).param("id", flagId)
                .update();
        if (updated == 0) {
            throw new ConflictException("followup.flag.notOpen");
        }
    }

    // --- answers ---

    private BatteryService.Answerable battery(UUID organisationId, CheckInCommand command) {
        BatteryService.Answerable current = batteries.current(organisationId, command.audience());
        if (command.batteryId() == null) {
            return current;
        }
        if (!command.batteryId().equals(current.id())) {
            throw new InvalidFieldException("batteryId", "checkin.battery.notCurrent");
        }
        int version = command.batteryVersion() == null ? current.version() : command.batteryVersion();
        if (version < 1 || version > current.version()) {
            throw new InvalidFieldException("batteryVersion", "checkin.battery.version.notFound");
        }
        return version == current.version() ? current : batteries.answerable(current.id(), version);
    }

    /** Every answer checked against its question; all problems at once; answers kept in the questions' order. */
    static List<StoredAnswer> validated(BatteryService.Answerable battery, List<CheckInCommand.Answer> given) {
        Map<UUID, BatteryService.StoredQuestion> questions = new HashMap<>();
        battery.questions().forEach(q -> questions.put(q.key(), q));
        List<FieldProblem> problems = new ArrayList<>();
        Map<UUID, String> values = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            CheckInCommand.Answer answer = given.get(i);
            BatteryService.StoredQuestion question = questions.get(answer.questionKey());
            String value = answer.value() == null ? "" : answer.value().strip();
            if (question == null) {
                problems.add(new FieldProblem("answers[" + i + "].questionKey", "checkin.answer.key.unknown"));
            } else if (values.containsKey(question.key())) {
                problems.add(new FieldProblem("answers[" + i + "].questionKey", "checkin.answer.key.twice"));
            } else if (!value.isEmpty()) {
                String problem = problem(question, value);
                if (problem != null) {
                    problems.add(new FieldProblem("answers[" + i + "].value", problem));
                }
                values.put(question.key(), value);
            }
        }
        List<StoredAnswer> answers = new ArrayList<>();
        for (int i = 0; i < battery.questions().size(); i++) {
            BatteryService.StoredQuestion question = battery.questions().get(i);
            String value = values.get(question.key());
            if (value != null) {
                answers.add(new StoredAnswer(question.key(), value));
            } else if (question.required()) {
                problems.add(new FieldProblem("questions[" + i + "]", "checkin.answer.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return answers;
    }

    private static String problem(BatteryService.StoredQuestion question, String value) {
        return switch (question.kind()) {
            case SCALE -> value.matches("[1-5]") ? null : "checkin.answer.scale";
            case YES_NO -> YES_NO.contains(value) ? null : "checkin.answer.yesNo";
            case TRAFFIC_LIGHT -> TRAFFIC_LIGHTS.contains(value) ? null : "checkin.answer.trafficLight";
            case CHOICE -> question.choices().contains(value) ? null : "checkin.answer.choice.notOffered";
            case FREE_TEXT -> value.length() <= FREE_TEXT_MAX ? null : "checkin.answer.tooLong";
        };
    }

    private static String language(String requested) {
        String language = requested == null || requested.isBlank() ? LocaleContextHolder.getLocale().getLanguage()
                : requested.strip();
        if (!language.matches("[a-z]{2,3}")) {
            throw new InvalidFieldException("language", "checkin.language.invalid");
        }
        return language;
    }

    private List<UUID> raiseFlags(UUID checkInId, UUID participantId, UUID organisationId,
            BatteryService.Answerable battery, List<StoredAnswer> answers, Set<Obstacle> obstacles) {
        Map<UUID, QuestionKind> kinds = new HashMap<>();
        battery.questions().forEach(q -> kinds.put(q.key(), q.kind()));
        List<UUID> raised = new ArrayList<>();
        for (StoredAnswer answer : answers) {
            QuestionKind kind = kinds.get(answer.questionKey());
            if (kind == QuestionKind.TRAFFIC_LIGHT && "RED".equals(answer.value())) {
                raised.add(flag(checkInId, participantId, organisationId, FlagReason.RED_LIGHT, answer.questionKey(), null));
            } else if (kind == QuestionKind.SCALE && "1".equals(answer.value())) {
                raised.add(flag(checkInId, participantId, organisationId, FlagReason.LOWEST_SCALE, answer.questionKey(),
                        null));
            }
        }
        for (Obstacle obstacle : obstacles) {
            raised.add(flag(checkInId, participantId, organisationId, FlagReason.OBSTACLE, null, obstacle));
        }
        return raised;
    }

    private UUID flag(UUID checkInId, UUID participantId, UUID organisationId, FlagReason reason, UUID questionKey,
            Obstacle obstacle) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO followup_checkin_flag (id, checkin_id, participant_id, reason, question_key, obstacle)
                VALUES (:id, :checkin, :participant, :reason, :question, :obstacle)""")
                .param("id", id).param("checkin", checkInId).param("participant", participantId)
                .param("reason", reason.name()).param("question", questionKey)
                .param("obstacle", obstacle == null ? null : obstacle.name()).update();
        events.publishEvent(new CheckInFlagRaised(id, checkInId, participantId, organisationId, reason, obstacle));
        return id;
    }

    // --- periods ---

    private LocalDate today() {
        return SwedishTime.today(clock);
    }

    /**
     * For the participant's own start page: a rule makes a check-in due today and this period's is not yet answered.
     * Not audited: the participant's own count, no one else's data.
     */
    public boolean owedByParticipant(UUID participantId) {
        LocalDate today = today();
        List<FollowUpSchedule.Span> spans = spans(List.of(participantId)).getOrDefault(participantId, List.of());
        FollowUpFrequency frequency = FollowUpSchedule.frequencyOn(spans, today);
        return frequency != null && frequency != FollowUpFrequency.NONE
                && answeredId(participantId, CheckInAudience.PARTICIPANT, periodOf(spans, today)) == null;
    }

    /** The period of the day at the participant's rhythm then; weekly when no rule makes one due. */
    private CheckInPeriod periodOf(UUID participantId, LocalDate day) {
        return periodOf(spans(List.of(participantId)).getOrDefault(participantId, List.of()), day);
    }

    private static CheckInPeriod periodOf(List<FollowUpSchedule.Span> spans, LocalDate day) {
        FollowUpFrequency frequency = FollowUpSchedule.frequencyOn(spans, day);
        return CheckInPeriod.of(frequency == null ? FollowUpFrequency.WEEKLY : frequency, day);
    }

    /** The participants' follow-up spans: two queries (their journeys' events, their ladders' rules). */
    Map<UUID, List<FollowUpSchedule.Span>> spans(Collection<UUID> participantIds) {
        Map<UUID, List<FollowUpSchedule.JourneyEvent>> byParticipant = new HashMap<>();
        Set<UUID> ladders = new HashSet<>();
        jdbc.sql("""
                SELECT seq, journey_id, participant_id, ladder_id, type, occurred_on, step_id, outcome
                  FROM followup_journey_event WHERE participant_id IN (:ids)""")
                .param("ids", participantIds).query((rs, n) -> {
                    UUID ladder = rs.getObject("ladder_id", UUID.class);
                    ladders.add(ladder);
                    return byParticipant.computeIfAbsent(rs.getObject("participant_id", UUID.class),
                            k -> new ArrayList<>()).add(new FollowUpSchedule.JourneyEvent(
                            rs.getObject("journey_id", UUID.class), ladder, rs.getString("type"),
                            rs.getObject("occurred_on", LocalDate.class), rs.getObject("step_id", UUID.class),
                            rs.getString("outcome"), rs.getLong("seq")));
                }).list();
        FollowUpSchedule.Rules rules = rhythms.rules(ladders);
        Map<UUID, List<FollowUpSchedule.Span>> spans = new HashMap<>();
        byParticipant.forEach((participant, list) -> spans.put(participant, FollowUpSchedule.spans(list, rules)));
        return spans;
    }

    private UUID answeredId(UUID participantId, CheckInAudience audience, CheckInPeriod period) {
        return jdbc.sql("""
                SELECT id FROM followup_checkin
                 WHERE participant_id = :p AND audience = :audience AND period_start <= :end AND period_end >= :start
                 LIMIT 1""")
                .param("p", participantId).param("audience", audience.name()).param("start", period.start())
                .param("end", period.end()).query(UUID.class).optional().orElse(null);
    }

    // --- reading ---

    record Row(UUID id, UUID participantId, UUID organisationId, CheckInAudience audience, String frequency,
            LocalDate periodStart, UUID batteryId, int batteryVersion, String answers, String obstacles,
            String obstacleNote, String language, UUID answeredBy, Timestamp answeredAt, String reviewNote,
            UUID reviewedBy, Timestamp reviewedAt) {
    }

    private Row row(UUID id) {
        return jdbc.sql("""
                SELECT id, participant_id, organisation_id, audience, frequency, period_start, battery_id,
                       battery_version, answers::text AS answers, array_to_string(obstacles, ',') AS obstacles,
                       obstacle_note, language, answered_by, answered_at, review_note, reviewed_by, reviewed_at
                  FROM followup_checkin WHERE id = :id""")
                .param("id", id).query(Row.class).optional()
                .orElseThrow(() -> new NotFoundException("checkin.notFound"));
    }

    private CheckInView view(Row row, boolean mayReview) {
        BatteryService.Answerable battery = batteries.answerable(row.batteryId(), row.batteryVersion());
        Map<UUID, String> values = new HashMap<>();
        json.readValue(row.answers(), ANSWERS).forEach(a -> values.put(a.questionKey(), a.value()));
        record FlagRow(UUID id, String reason, UUID questionKey, String obstacle, String status, UUID taskId,
                String note, UUID handledBy, Timestamp handledAt) {
        }
        List<FlagRow> flagRows = jdbc.sql("""
                SELECT id, reason, question_key, obstacle, status, task_id, note, handled_by, handled_at
                  FROM followup_checkin_flag WHERE checkin_id = :id ORDER BY reason, obstacle, id""")
                .param("id", row.id()).query(FlagRow.class).list();
        Set<UUID> people = new HashSet<>();
        people.add(row.answeredBy());
        people.add(row.reviewedBy());
        flagRows.forEach(f -> people.add(f.handledBy()));
        people.remove(null);
        Map<UUID, String> names = identity.displayNames(people);
        Set<UUID> flaggedQuestions = flagRows.stream().map(FlagRow::questionKey).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<CheckInView.AnswerView> answers = new ArrayList<>();
        for (int i = 0; i < battery.questions().size(); i++) {
            BatteryService.StoredQuestion q = battery.questions().get(i);
            answers.add(new CheckInView.AnswerView(i + 1, q.key(), q.kind(), q.text(), values.get(q.key()),
                    flaggedQuestions.contains(q.key())));
        }
        // What a participant or supervisor wrote is theirs to read; the coordinator's handling is for staff.
        boolean staffSide = mayReview;
        List<FlagView> flags = flagRows.stream().map(f -> new FlagView(f.id(), row.id(),
                FlagReason.valueOf(f.reason()), f.questionKey(), f.obstacle() == null ? null : Obstacle.valueOf(f.obstacle()),
                FlagStatus.valueOf(f.status()), staffSide ? f.taskId() : null, staffSide ? f.note() : null,
                staffSide ? names.get(f.handledBy()) : null, staffSide && f.handledAt() != null
                        ? f.handledAt().toInstant() : null)).toList();
        Set<Obstacle> obstacles = new LinkedHashSet<>();
        if (row.obstacles() != null && !row.obstacles().isEmpty()) {
            for (String o : row.obstacles().split(",")) {
                obstacles.add(Obstacle.valueOf(o));
            }
        }
        Instant reviewedAt = row.reviewedAt() == null ? null : row.reviewedAt().toInstant();
        return new CheckInView(row.id(), row.participantId(), row.audience(),
                CheckInPeriod.of(FollowUpFrequency.valueOf(row.frequency()), row.periodStart()), battery.id(),
                battery.version(), battery.name(), answers, obstacles, row.obstacleNote(), row.language(),
                row.answeredBy(), names.get(row.answeredBy()), row.answeredAt().toInstant(), flags,
                staffSide ? row.reviewNote() : null, staffSide ? names.get(row.reviewedBy()) : null,
                staffSide ? reviewedAt : null, mayReview);
    }

    private static List<BatteryView.QuestionView> questionViews(List<BatteryService.StoredQuestion> questions) {
        List<BatteryView.QuestionView> views = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            BatteryService.StoredQuestion q = questions.get(i);
            views.add(new BatteryView.QuestionView(i + 1, q.key(), q.kind(), q.text(), q.choices(), q.required()));
        }
        return views;
    }
}
