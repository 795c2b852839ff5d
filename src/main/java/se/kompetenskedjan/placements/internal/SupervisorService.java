package se.kompetenskedjan.placements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UnitId;
import se.kompetenskedjan.identity.UnitView;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.placements.StaffingCommand;
import se.kompetenskedjan.placements.SupervisorCommand;
import se.kompetenskedjan.placements.SupervisorView;
import se.kompetenskedjan.placements.Supervisors;
import se.kompetenskedjan.placements.UnitSupervisionRow;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.Texts;

/**
 * The supervisor inventory. Staff data, not participant data: read by the staff of the unit's organisation, changed
 * by its admins, employer managers and coordinators. Slots are taken and freed only by the selection workflow.
 */
@Service
@Transactional
class SupervisorService implements Supervisors {

    private static final String SELECT = "SELECT s.* FROM supervisor s";

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final PlacementAccessPolicy policy;
    private final Clock clock;

    SupervisorService(JdbcClient jdbc, CurrentUsers currentUsers, IdentityDirectory identity,
            PlacementAccessPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.policy = policy;
        this.clock = clock;
    }

    private Timestamp timestamp() {
        return Timestamp.from(clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<SupervisorView> list(UUID unitId, Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        policy.requireStaff(user);
        var paging = Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
        // One unit of a workplace without an account that the user's municipality manages: its supervisors.
        UUID organisation = unitId == null ? user.organisationId().value()
                : identity.findUnit(new UnitId(unitId)).map(UnitView::organisationId)
                        .filter(o -> policy.standsInFor(user, o)).orElse(user.organisationId().value());
        String where = " WHERE s.organisation_id = :org" + (unitId == null ? "" : " AND s.unit_id = :unit");
        var count = jdbc.sql("SELECT count(*) FROM supervisor s" + where).param("org", organisation);
        var rows = jdbc.sql(SELECT + where + " ORDER BY s.name, s.id LIMIT :limit OFFSET :offset")
                .param("org", organisation).param("limit", paging.getPageSize())
                .param("offset", paging.getOffset());
        if (unitId != null) {
            count = count.param("unit", unitId);
            rows = rows.param("unit", unitId);
        }
        long total = count.query(Long.class).single();
        List<SupervisorView> items = withUnitNames(rows.query(SupervisorService::map).list());
        return new PageResult<>(items, paging.getPageNumber(), paging.getPageSize(), total,
                (int) ((total + paging.getPageSize() - 1) / paging.getPageSize()));
    }

    @Override
    @Transactional(readOnly = true)
    public SupervisorView get(UUID id) {
        CurrentUser user = currentUsers.current();
        policy.requireStaff(user);
        SupervisorView view = find(id);
        if (!view.organisationId().equals(user.organisationId().value())
                && !policy.standsInFor(user, view.organisationId())) {
            throw new NotFoundException("supervisor.unknown");
        }
        return view;
    }

    @Override
    public SupervisorView create(SupervisorCommand command) {
        CurrentUser user = currentUsers.current();
        policy.requireManage(user, user.organisationId().value());
        check(user, command, null);
        // The unit's organisation: the user's own, or a workplace without an account their municipality manages.
        UUID organisation = identity.findUnit(new UnitId(command.unitId())).orElseThrow().organisationId();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO supervisor (id, organisation_id, unit_id, user_id, name, title, supervisor_training_on,
                    language_training_on, capacity, part_time, willing, notes, created_at)
                VALUES (:id, :org, :unit, :user, :name, :title, :trained, :language, :capacity, :partTime, :willing,
                    :notes, :now)""")
                .param("id", id)
                .param("now", timestamp()).param("org", organisation).param("unit", command.unitId())
                .param("user", command.userId()).param("name", command.name().strip())
                .param("title", Texts.blankToNull(command.title())).param("trained", command.supervisorTrainingOn())
                .param("language", command.languageTrainingOn()).param("capacity", command.capacity())
                .param("partTime", Boolean.TRUE.equals(command.partTime()))
                .param("willing", !Boolean.FALSE.equals(command.willing()))
                .param("notes", Texts.blankToNull(command.notes())).update();
        return find(id);
    }

    @Override
    public SupervisorView update(UUID id, SupervisorCommand command) {
        CurrentUser user = currentUsers.current();
        SupervisorView existing = get(id);
        policy.requireManage(user, existing.organisationId());
        if (command.lockVersion() == null) {
            throw new InvalidFieldException("lockVersion", "supervisor.lockVersion.required");
        }
        check(user, command, existing);
        int updated = jdbc.sql("""
                UPDATE supervisor SET unit_id = :unit, user_id = :user, name = :name, title = :title,
                    supervisor_training_on = :trained, language_training_on = :language, capacity = :capacity,
                    part_time = :partTime, willing = :willing, notes = :notes, lock_version = lock_version + 1
                WHERE id = :id AND lock_version = :lock AND slots_used <= :capacity""")
                .param("id", id).param("lock", command.lockVersion()).param("unit", command.unitId())
                .param("user", command.userId()).param("name", command.name().strip())
                .param("title", Texts.blankToNull(command.title())).param("trained", command.supervisorTrainingOn())
                .param("language", command.languageTrainingOn()).param("capacity", command.capacity())
                .param("partTime", Boolean.TRUE.equals(command.partTime()))
                .param("willing", !Boolean.FALSE.equals(command.willing()))
                .param("notes", Texts.blankToNull(command.notes())).update();
        if (updated == 0) {
            throw new ConflictException("supervisor.stale");
        }
        return find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<UnitSupervisionRow> report(Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        policy.requireStaff(user);
        boolean all = user.platformHost() && user.is(Role.ADMIN);
        PageResult<UnitView> units = identity.unitsByOrganisationName(all ? null : user.organisationId(), page, size);
        List<UUID> unitIds = units.items().stream().map(UnitView::id).toList();
        Map<UUID, String> organisations = identity.organisationNames(
                units.items().stream().map(UnitView::organisationId).distinct().toList());
        Map<UUID, UnitSupervisionRow> byUnit = new HashMap<>();
        if (!unitIds.isEmpty()) {
            jdbc.sql("""
                    SELECT st.unit_id, st.staff_count, count(s.id) AS supervisors,
                           count(s.id) FILTER (WHERE s.supervisor_training_on IS NOT NULL) AS trained,
                           count(s.id) FILTER (WHERE s.language_training_on IS NOT NULL) AS language_trained,
                           count(s.id) FILTER (WHERE s.willing) AS willing,
                           count(s.id) FILTER (WHERE s.willing AND s.supervisor_training_on IS NOT NULL AND s.capacity > 0) AS ready,
                           coalesce(sum(s.capacity), 0) AS capacity, coalesce(sum(s.slots_used), 0) AS slots_used,
                           coalesce(sum(s.capacity - s.slots_used) FILTER (WHERE s.willing), 0) AS free_slots
                    FROM (SELECT u AS unit_id, us.staff_count FROM unnest(CAST(:units AS uuid[])) u
                          LEFT JOIN unit_staffing us ON us.unit_id = u) st
                    LEFT JOIN supervisor s ON s.unit_id = st.unit_id
                    GROUP BY st.unit_id, st.staff_count""")
                    .param("units", unitIds.toArray(UUID[]::new))
                    .query((rs, n) -> {
                        Integer staff = PlacementRows.intOrNull(rs, "staff_count");
                        int ready = rs.getInt("ready");
                        return new UnitSupervisionRow(PlacementRows.uuid(rs, "unit_id"), null, null, null, staff,
                                rs.getInt("supervisors"), rs.getInt("trained"), rs.getInt("language_trained"),
                                rs.getInt("willing"), ready, rs.getInt("capacity"), rs.getInt("slots_used"),
                                rs.getInt("free_slots"), staff == null || staff == 0 ? null : Math.round(100f * ready / staff));
                    }).list().forEach(r -> byUnit.put(r.unitId(), r));
        }
        List<UnitSupervisionRow> items = units.items().stream().map(u -> {
            UnitSupervisionRow r = byUnit.get(u.id());
            return new UnitSupervisionRow(u.id(), u.name(), u.organisationId(), organisations.get(u.organisationId()),
                    r.staffCount(), r.supervisors(), r.trained(), r.languageTrained(), r.willing(), r.ready(),
                    r.capacity(), r.slotsUsed(), r.freeSlots(), r.readySharePercent());
        }).toList();
        return new PageResult<>(items, units.page(), units.size(), units.totalItems(), units.totalPages());
    }

    @Override
    public void setStaffing(UUID unitId, StaffingCommand command) {
        CurrentUser user = currentUsers.current();
        UnitView unit = identity.findUnit(new UnitId(unitId)).orElseThrow(() -> new NotFoundException("unit.unknown"));
        policy.requireManage(user, unit.organisationId());
        jdbc.sql("""
                INSERT INTO unit_staffing (unit_id, staff_count, updated_at) VALUES (:unit, :count, :now)
                ON CONFLICT (unit_id) DO UPDATE SET staff_count = excluded.staff_count, updated_at = :now""")
                .param("unit", unitId).param("count", command.staffCount()).param("now", timestamp()).update();
    }

    private void check(CurrentUser user, SupervisorCommand command, SupervisorView existing) {
        List<FieldProblem> problems = new ArrayList<>();
        UnitView unit = identity.findUnit(new UnitId(command.unitId())).orElse(null);
        // A unit the user manages; an existing supervisor stays with their organisation.
        if (unit == null || (existing == null ? !policy.mayManage(user, unit.organisationId())
                : !unit.organisationId().equals(existing.organisationId()))) {
            problems.add(new FieldProblem("unitId", "supervisor.unit.notOwn"));
        }
        if (command.userId() != null) {
            UserView account = identity.findUser(new UserId(command.userId())).orElse(null);
            if (account == null || account.role() != Role.SUPERVISOR || !account.enabled()
                    || unit == null || !account.organisationId().equals(unit.organisationId())) {
                problems.add(new FieldProblem("userId", "supervisor.user.invalid"));
            } else {
                boolean taken = jdbc.sql("SELECT exists (SELECT 1 FROM supervisor WHERE user_id = :user AND id <> :id)")
                        .param("user", command.userId()).param("id", existing == null ? new UUID(0, 0) : existing.id())
                        .query(Boolean.class).single();
                if (taken) {
                    problems.add(new FieldProblem("userId", "supervisor.user.taken"));
                }
            }
        }
        if (existing != null && command.capacity() != null && command.capacity() < existing.slotsUsed()) {
            problems.add(new FieldProblem("capacity", "supervisor.capacity.belowUsed"));
        }
        if (existing != null && !existing.unitId().equals(command.unitId()) && existing.slotsUsed() > 0) {
            problems.add(new FieldProblem("unitId", "supervisor.unit.busy"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    SupervisorView find(UUID id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(SupervisorService::map).optional()
                .map(s -> withUnitNames(List.of(s)).get(0))
                .orElseThrow(() -> new NotFoundException("supervisor.unknown"));
    }

    private List<SupervisorView> withUnitNames(List<SupervisorView> supervisors) {
        if (supervisors.isEmpty()) {
            return supervisors;
        }
        Map<UUID, String> units = identity.unitNames(supervisors.stream().map(SupervisorView::unitId).distinct().toList());
        return supervisors.stream().map(s -> new SupervisorView(s.id(), s.organisationId(), s.unitId(),
                units.get(s.unitId()), s.userId(), s.name(), s.title(), s.supervisorTrainingOn(), s.languageTrainingOn(),
                s.capacity(), s.slotsUsed(), s.freeSlots(), s.partTime(), s.willing(), s.notes(), s.lockVersion()))
                .toList();
    }

    static SupervisorView map(ResultSet rs, int n) throws SQLException {
        int capacity = rs.getInt("capacity");
        int used = rs.getInt("slots_used");
        return new SupervisorView(PlacementRows.uuid(rs, "id"), PlacementRows.uuid(rs, "organisation_id"),
                PlacementRows.uuid(rs, "unit_id"), null, PlacementRows.uuid(rs, "user_id"),
                rs.getString("name"), rs.getString("title"), PlacementRows.date(rs, "supervisor_training_on"),
                PlacementRows.date(rs, "language_training_on"), capacity, used,
                rs.getBoolean("willing") ? capacity - used : 0, rs.getBoolean("part_time"), rs.getBoolean("willing"),
                rs.getString("notes"), rs.getLong("lock_version"));
    }
}
