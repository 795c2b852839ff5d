package se.kompetenskedjan.caseload.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.caseload.CaseloadQuery;
import se.kompetenskedjan.caseload.CaseloadRow;
import se.kompetenskedjan.caseload.CaseloadView;
import se.kompetenskedjan.caseload.Caseloads;
import se.kompetenskedjan.caseload.CoordinatorLoad;
import se.kompetenskedjan.caseload.SavedFilterCommand;
import se.kompetenskedjan.caseload.SavedFilterView;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.shared.CaseSignal;
import se.kompetenskedjan.shared.CaseSignalKind;
import se.kompetenskedjan.shared.CaseSignalSource;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.SwedishTime;

@Service
@Transactional
class CaseloadService implements Caseloads {

    static final int MAX_SAVED_FILTERS = 20;

    private final ParticipantRegister register;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final List<CaseSignalSource> sources;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int noContactDays;

    CaseloadService(ParticipantRegister register, IdentityDirectory identity, CurrentUsers currentUsers,
            List<CaseSignalSource> sources, JdbcClient jdbc, Clock clock,
            @Value("${kk.caseload.no-contact-days:14}") int noContactDays) {
        this.register = register;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.sources = sources;
        this.jdbc = jdbc;
        this.clock = clock;
        this.noContactDays = noContactDays;
    }

    @Override
    public CaseloadView caseload(UUID coordinatorId, CaseloadQuery query, Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        UserView coordinator = coordinatorFor(user, coordinatorId);
        LocalDate today = SwedishTime.today(clock);
        Set<UUID> participants = register.caseloadOf(coordinator.id());
        Map<UUID, List<CaseSignal>> signals = signals(participants, today);

        Tally tally = Tally.of(participants.size(), signals, today);
        CaseloadQuery selected = query == null ? CaseloadQuery.EVERYONE : query;
        List<Ranked> ranked = new ArrayList<>();
        for (UUID participant : participants) {
            List<CaseSignal> matching = selected.matching(signals.getOrDefault(participant, List.of()), today);
            if (matching.isEmpty() && !selected.everyone()) {
                continue;
            }
            ranked.add(Ranked.of(participant, matching, today));
        }
        ranked.sort(Ranked.MOST_URGENT_FIRST);

        int pageSize = size == null ? 25 : Math.max(1, Math.min(size, 100));
        int totalPages = (ranked.size() + pageSize - 1) / pageSize;
        int pageNumber = page == null ? 0 : Math.max(0, Math.min(page, Math.max(0, totalPages - 1)));
        List<Ranked> shown = ranked.subList(Math.min(ranked.size(), pageNumber * pageSize),
                Math.min(ranked.size(), (pageNumber + 1) * pageSize));
        // The names of the rows shown, and nobody else's: one audited list read per participant on the page.
        Map<UUID, ParticipantSummary> summaries = register.summaries(shown.stream().map(Ranked::participantId).toList())
                .stream().collect(Collectors.toMap(ParticipantSummary::id, Function.identity()));
        List<CaseloadRow> rows = shown.stream().filter(r -> summaries.containsKey(r.participantId()))
                .map(r -> r.row(summaries.get(r.participantId()), today)).toList();
        return new CaseloadView(coordinator.id(), coordinator.displayName(), participants.size(), tally.byKind(),
                tally.overdue(),
                new PageResult<>(rows, pageNumber, pageSize, ranked.size(), totalPages));
    }

    /** For the start page: the signed-in coordinator's caseload in numbers only (no one listed, no read recorded). */
    @Transactional(readOnly = true)
    Tally tallyForMe() {
        CurrentUser user = currentUsers.current();
        LocalDate today = SwedishTime.today(clock);
        Set<UUID> participants = register.caseloadOf(user.id().value());
        return Tally.of(participants.size(), signals(participants, today), today);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoordinatorLoad> coordinatorLoads() {
        CurrentUser user = currentUsers.current();
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("the counts per coordinator are for the organisation's admins");
        }
        LocalDate today = SwedishTime.today(clock);
        Map<UUID, Set<UUID>> caseloads = new HashMap<>(register.caseloadsIn(user.organisationId().value()));
        identity.usersWithRole(user.organisationId(), Role.COORDINATOR)
                .forEach(c -> caseloads.putIfAbsent(c.id(), Set.of()));
        Set<UUID> everyone = caseloads.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Map<UUID, List<CaseSignal>> signals = signals(everyone, today);
        Set<UUID> withOverdue = signals.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(s -> s.overdueOn(today)))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Map<UUID, String> names = identity.displayNames(caseloads.keySet());
        return caseloads.entrySet().stream()
                .map(e -> CoordinatorLoad.of(e.getKey(), names.get(e.getKey()), e.getValue().size(),
                        (int) e.getValue().stream().filter(withOverdue::contains).count()))
                .sorted(Comparator.comparing(CoordinatorLoad::overdueShare).reversed()
                        .thenComparing(CoordinatorLoad::coordinatorName, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SavedFilterView> savedFilters() {
        return jdbc.sql("""
                SELECT id, name, kinds, overdue_only FROM caseload_saved_filter
                 WHERE user_id = :user ORDER BY lower(name) LIMIT :max
                """).param("user", staff().id().value()).param("max", MAX_SAVED_FILTERS)
                .query((rs, i) -> new SavedFilterView(rs.getObject("id", UUID.class), rs.getString("name"),
                        Arrays.stream((String[]) rs.getArray("kinds").getArray()).map(CaseSignalKind::valueOf)
                                .collect(Collectors.toSet()),
                        rs.getBoolean("overdue_only")))
                .list();
    }

    @Override
    public SavedFilterView saveFilter(SavedFilterCommand command) {
        UUID user = staff().id().value();
        Set<CaseSignalKind> kinds = command.kinds() == null ? Set.of() : Set.copyOf(command.kinds());
        if (kinds.isEmpty() && !command.onlyOverdue()) {
            throw new InvalidFieldException("kinds", "caseload.filter.empty");
        }
        long count = jdbc.sql("SELECT count(*) FROM caseload_saved_filter WHERE user_id = :user")
                .param("user", user).query(Long.class).single();
        if (count >= MAX_SAVED_FILTERS) {
            throw new ConflictException("caseload.filter.tooMany");
        }
        boolean taken = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM caseload_saved_filter WHERE user_id = :user AND lower(name) = lower(:name))
                """).param("user", user).param("name", command.name().strip()).query(Boolean.class).single();
        if (taken) {
            throw new InvalidFieldException("name", "caseload.filter.name.taken");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO caseload_saved_filter (id, user_id, name, kinds, overdue_only, created_at)
                    VALUES (:id, :user, :name, :kinds, :overdue, :at)
                    """).param("id", id).param("user", user).param("name", command.name().strip())
                    .param("kinds", kinds.stream().map(Enum::name).sorted().toArray(String[]::new))
                    .param("overdue", command.onlyOverdue()).param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidFieldException("name", "caseload.filter.name.taken");
        }
        return new SavedFilterView(id, command.name().strip(), kinds, command.onlyOverdue());
    }

    @Override
    public void deleteFilter(UUID filterId) {
        int deleted = jdbc.sql("DELETE FROM caseload_saved_filter WHERE id = :id AND user_id = :user")
                .param("id", filterId).param("user", staff().id().value()).update();
        if (deleted == 0) {
            throw new NotFoundException("caseload.filter.notFound");
        }
    }

    /** Every source's signals for the participants, with "no contact" judged from the latest contact any reports. */
    private Map<UUID, List<CaseSignal>> signals(Set<UUID> participants, LocalDate today) {
        Map<UUID, List<CaseSignal>> byParticipant = new HashMap<>();
        if (participants.isEmpty()) {
            return byParticipant;
        }
        Map<UUID, LocalDate> lastContact = new HashMap<>();
        for (CaseSignalSource source : sources) {
            CaseSignalSource.Answer answer = source.answer(participants, today);
            answer.signals().forEach(s ->
                    byParticipant.computeIfAbsent(s.participantId(), p -> new ArrayList<>()).add(s));
            answer.lastContact().forEach((p, on) -> lastContact.merge(p, on, (a, b) -> a.isAfter(b) ? a : b));
        }
        lastContact.forEach((participant, on) -> {
            LocalDate due = on.plusDays(noContactDays);
            if (due.isBefore(today)) {
                byParticipant.computeIfAbsent(participant, p -> new ArrayList<>())
                        .add(new CaseSignal(participant, CaseSignalKind.NO_CONTACT, due, 1));
            }
        });
        return byParticipant;
    }

    /** The signed-in coordinator's own caseload, or, for an admin, a coordinator of their organisation. */
    private UserView coordinatorFor(CurrentUser user, UUID coordinatorId) {
        if (user.is(Role.COORDINATOR) && (coordinatorId == null || coordinatorId.equals(user.id().value()))) {
            return identity.findUser(user.id()).orElseThrow();
        }
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("a coordinator sees their own caseload; admins see their coordinators'");
        }
        if (coordinatorId == null) {
            throw new InvalidFieldException("coordinatorId", "caseload.coordinator.required");
        }
        return identity.findUser(new UserId(coordinatorId))
                .filter(c -> c.role() == Role.COORDINATOR && c.organisationId().equals(user.organisationId().value()))
                .orElseThrow(() -> new NotFoundException("caseload.coordinator.unknown"));
    }

    private CurrentUser staff() {
        CurrentUser user = currentUsers.current();
        if (!user.isAnyOf(Role.COORDINATOR, Role.ADMIN)) {
            throw new AccessDeniedException("the caseload is for coordinators and admins");
        }
        return user;
    }

    /** A caseload in numbers: its size, how many have any signal, how many something overdue, and per kind. */
    record Tally(int size, int withSignals, int overdue, Map<CaseSignalKind, Integer> byKind) {

        static Tally of(int size, Map<UUID, List<CaseSignal>> signals, LocalDate today) {
            Map<CaseSignalKind, Integer> byKind = new EnumMap<>(CaseSignalKind.class);
            int overdue = 0;
            for (List<CaseSignal> own : signals.values()) {
                own.stream().map(CaseSignal::kind).distinct().forEach(k -> byKind.merge(k, 1, Integer::sum));
                if (own.stream().anyMatch(s -> s.overdueOn(today))) {
                    overdue++;
                }
            }
            return new Tally(size, signals.size(), overdue, byKind);
        }
    }

    /** A participant's place in the caseload: the weights of their signals plus up to 30 for each day past due. */
    record Ranked(UUID participantId, int urgency, LocalDate earliest, List<CaseSignal> signals) {

        static final Comparator<Ranked> MOST_URGENT_FIRST = Comparator.comparingInt(Ranked::urgency).reversed()
                .thenComparing(Ranked::earliest, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Ranked::participantId);

        static Ranked of(UUID participantId, List<CaseSignal> signals, LocalDate today) {
            int urgency = signals.stream().mapToInt(s -> weightOf(s, today)).sum();
            LocalDate earliest = signals.stream().map(CaseSignal::dueOn).min(Comparator.naturalOrder()).orElse(null);
            List<CaseSignal> ordered = signals.stream()
                    .sorted(Comparator.comparingInt((CaseSignal s) -> weightOf(s, today)).reversed()).toList();
            return new Ranked(participantId, urgency, earliest, ordered);
        }

        static int weightOf(CaseSignal signal, LocalDate today) {
            long late = today.toEpochDay() - signal.dueOn().toEpochDay();
            return signal.kind().weight() + (int) Math.max(0, Math.min(30, late));
        }

        CaseloadRow row(ParticipantSummary summary, LocalDate today) {
            return new CaseloadRow(participantId, summary.firstName(), summary.lastName(), summary.status(), urgency,
                    signals.stream().anyMatch(s -> s.overdueOn(today)), signals);
        }
    }
}
