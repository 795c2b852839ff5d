package se.kompetenskedjan.indicators.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.indicators.Figure;
import se.kompetenskedjan.indicators.ProjectCommand;
import se.kompetenskedjan.indicators.ProjectDetails;
import se.kompetenskedjan.indicators.ProjectMembership;
import se.kompetenskedjan.indicators.ProjectMembershipView;
import se.kompetenskedjan.indicators.ProjectParticipantCommand;
import se.kompetenskedjan.indicators.ProjectRemovalCommand;
import se.kompetenskedjan.indicators.ProjectSummary;
import se.kompetenskedjan.indicators.ProjectView;
import se.kompetenskedjan.indicators.Projects;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.shared.Texts;

/**
 * Projects on their own tables (V54). Ladders are looked up through the profiles module before the write's
 * transaction opens (an unknown ladder is a 400, not a rolled-back transaction); participants are taken in and out
 * through the participants module's one access call, so each is one audited write of the participant.
 */
@Service
class ProjectService implements Projects {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final ParticipantRegister register;
    private final Ladders ladders;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final Clock clock;
    private final int threshold;

    ProjectService(JdbcClient jdbc, CurrentUsers currentUsers, IdentityDirectory identity,
            ParticipantRegister register, Ladders ladders, PlatformTransactionManager transactions, Clock clock,
            @Value("${kk.statistics.threshold:5}") int threshold) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.register = register;
        this.ladders = ladders;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
        this.threshold = threshold;
    }

    @Override
    public Optional<ProjectView> find(UUID projectId) {
        CurrentUser user = currentUsers.current();
        return reading.execute(tx -> row(projectId).filter(p -> ProjectAccess.sees(user, p.organisationId()))
                .map(p -> new ProjectView(p.id(), p.organisationId(), p.name(), p.funderReference(), p.from(), p.to(),
                        Set.copyOf(ladderIds(p.id())), Set.copyOf(jdbc.sql(
                                "SELECT DISTINCT participant_id FROM project_participant WHERE project_id = :p")
                                .param("p", p.id()).query(UUID.class).list()), p.version())));
    }

    @Override
    public PageResult<ProjectSummary> projects(Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        ProjectAccess.requireFigures(user);
        PageRequest request = Paging.of(page, size, Sort.unsorted());
        UUID organisation = ProjectAccess.seesAll(user) ? null : user.organisationId().value();
        return reading.execute(tx -> {
            long total = jdbc.sql("SELECT count(*) FROM project WHERE CAST(:org AS uuid) IS NULL OR organisation_id = :org")
                    .param("org", organisation).query(Long.class).single();
            List<ProjectRow> rows = jdbc.sql("""
                    SELECT id, organisation_id, name, funder, funder_reference, period_from, period_to, version
                      FROM project WHERE CAST(:org AS uuid) IS NULL OR organisation_id = :org
                     ORDER BY period_from DESC, id LIMIT :limit OFFSET :offset""")
                    .param("org", organisation).param("limit", request.getPageSize())
                    .param("offset", request.getOffset()).query(ProjectRow.class).list();
            Map<UUID, String> names = identity.organisationNames(
                    rows.stream().map(ProjectRow::organisationId).collect(Collectors.toSet()));
            List<ProjectSummary> items = rows.stream().map(r -> new ProjectSummary(r.id(), r.name(), r.funder(),
                    r.funderReference(), r.organisationId(), names.get(r.organisationId()), r.from(), r.to())).toList();
            int pages = (int) ((total + request.getPageSize() - 1) / request.getPageSize());
            return new PageResult<>(items, request.getPageNumber(), request.getPageSize(), total, pages);
        });
    }

    @Override
    public ProjectDetails get(UUID projectId) {
        CurrentUser user = currentUsers.current();
        ProjectAccess.requireFigures(user);
        return reading.execute(tx -> details(visible(user, projectId), user));
    }

    @Override
    public ProjectDetails create(ProjectCommand command) {
        CurrentUser user = currentUsers.current();
        if (!ProjectAccess.mayCreate(user)) {
            throw new AccessDeniedException("coordinators and admins create projects");
        }
        List<UUID> ladderIds = checked(command);
        UUID id = UUID.randomUUID();
        return writing.execute(tx -> {
            jdbc.sql("""
                    INSERT INTO project (id, organisation_id, name, funder, funder_reference, period_from, period_to,
                                         created_by, created_at)
                    VALUES (:id, :org, :name, :funder, :reference, :from, :to, :by, :now)""")
                    .param("id", id).param("org", user.organisationId().value()).param("name", command.name().strip())
                    .param("funder", Texts.blankToNull(command.funder()))
                    .param("reference", Texts.blankToNull(command.funderReference()))
                    .param("from", command.from()).param("to", command.to()).param("by", user.id().value())
                    .param("now", Timestamp.from(clock.instant())).update();
            saveLadders(id, ladderIds);
            return details(row(id).orElseThrow(), user);
        });
    }

    @Override
    public ProjectDetails update(UUID projectId, ProjectCommand command) {
        CurrentUser user = currentUsers.current();
        ProjectAccess.requireFigures(user);
        ProjectRow before = reading.execute(tx -> visible(user, projectId));
        requireEdit(user, before);
        if (command.version() == null) {
            throw new InvalidFieldException("version", "project.version.required");
        }
        List<UUID> ladderIds = checked(command);
        return writing.execute(tx -> {
            int updated = jdbc.sql("""
                    UPDATE project SET name = :name, funder = :funder, funder_reference = :reference,
                           period_from = :from, period_to = :to, version = version + 1
                     WHERE id = :id AND version = :version""")
                    .param("id", projectId).param("version", command.version()).param("name", command.name().strip())
                    .param("funder", Texts.blankToNull(command.funder()))
                    .param("reference", Texts.blankToNull(command.funderReference()))
                    .param("from", command.from()).param("to", command.to()).update();
            if (updated == 0) {
                throw new ConflictException("problem.editConflict");
            }
            jdbc.sql("DELETE FROM project_ladder WHERE project_id = :id").param("id", projectId).update();
            saveLadders(projectId, ladderIds);
            return details(row(projectId).orElseThrow(), user);
        });
    }

    @Override
    public ProjectMembershipView takeIn(UUID projectId, ProjectParticipantCommand command) {
        CurrentUser user = currentUsers.current();
        ProjectAccess.requireFigures(user);
        ProjectRow project = reading.execute(tx -> visible(user, projectId));
        requireEdit(user, project);
        if (command.on().isBefore(project.from()) || (project.to() != null && command.on().isAfter(project.to()))) {
            throw new InvalidFieldException("on", "project.takenInOn.outsidePeriod");
        }
        // Unknown and not shared look the same: the caller learns nothing about participants they may not see.
        if (register.visibleAmong(Set.of(command.participantId())).isEmpty()) {
            throw new InvalidFieldException("participantId", "project.participant.notShared");
        }
        return writing.execute(tx -> {
            register.access(command.participantId(), AccessNeed.ADD, "project: taken in " + projectId);
            if (!register.sharedWith(command.participantId(), project.organisationId())) {
                throw new InvalidFieldException("participantId", "project.participant.notShared");
            }
            try {
                jdbc.sql("""
                        INSERT INTO project_participant (id, project_id, participant_id, taken_in_on, taken_in_by)
                        VALUES (:id, :project, :participant, :on, :by)""")
                        .param("id", UUID.randomUUID()).param("project", projectId)
                        .param("participant", command.participantId()).param("on", command.on())
                        .param("by", user.id().value()).update();
            } catch (DuplicateKeyException e) {
                throw new ConflictException("project.participant.alreadyIn");
            }
            return membership(projectId, command.participantId());
        });
    }

    @Override
    public ProjectMembershipView remove(UUID projectId, UUID participantId, ProjectRemovalCommand command) {
        CurrentUser user = currentUsers.current();
        ProjectAccess.requireFigures(user);
        ProjectRow project = reading.execute(tx -> visible(user, projectId));
        requireEdit(user, project);
        // A participant no longer shared (a consent withdrawn) can still be taken out; only a readable one is
        // recorded in their trail, since the participants module records only for those the user may read.
        boolean readable = !register.visibleAmong(Set.of(participantId)).isEmpty();
        return writing.execute(tx -> {
            if (readable) {
                register.access(participantId, AccessNeed.CONTRIBUTE, "project: removed " + projectId);
            }
            LocalDate takenIn = jdbc.sql("""
                    SELECT taken_in_on FROM project_participant
                     WHERE project_id = :project AND participant_id = :participant AND removed_on IS NULL FOR UPDATE""")
                    .param("project", projectId).param("participant", participantId).query(LocalDate.class).optional()
                    .orElseThrow(() -> new NotFoundException("project.participant.notIn"));
            if (command.on().isBefore(takenIn)) {
                throw new InvalidFieldException("on", "project.removedOn.beforeTakenIn");
            }
            jdbc.sql("""
                    UPDATE project_participant SET removed_on = :on, removed_by = :by
                     WHERE project_id = :project AND participant_id = :participant AND removed_on IS NULL""")
                    .param("on", command.on()).param("by", user.id().value()).param("project", projectId)
                    .param("participant", participantId).update();
            return readable ? membershipAfterRemoval(projectId, participantId, takenIn, command.on())
                    : new ProjectMembershipView(participantId, null, null, takenIn, command.on());
        });
    }

    @Override
    public PageResult<ProjectMembershipView> participants(UUID projectId, Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        ProjectAccess.requireFigures(user);
        PageRequest request = Paging.of(page, size, Sort.unsorted());
        ProjectRow project = reading.execute(tx -> visible(user, projectId));
        List<UUID> all = jdbc.sql("SELECT DISTINCT participant_id FROM project_participant WHERE project_id = :p")
                .param("p", project.id()).query(UUID.class).list();
        Set<UUID> visible = all.isEmpty() ? Set.of() : register.visibleAmong(all);
        if (visible.isEmpty()) {
            return new PageResult<>(List.of(), request.getPageNumber(), request.getPageSize(), 0, 0);
        }
        long total = jdbc.sql("""
                SELECT count(*) FROM project_participant WHERE project_id = :p AND participant_id IN (:ids)""")
                .param("p", project.id()).param("ids", List.copyOf(visible)).query(Long.class).single();
        List<ProjectMembership> rows = jdbc.sql("""
                SELECT participant_id, taken_in_on, removed_on FROM project_participant
                 WHERE project_id = :p AND participant_id IN (:ids)
                 ORDER BY removed_on IS NOT NULL, taken_in_on DESC, id LIMIT :limit OFFSET :offset""")
                .param("p", project.id()).param("ids", List.copyOf(visible)).param("limit", request.getPageSize())
                .param("offset", request.getOffset()).query(ProjectMembership.class).list();
        Map<UUID, ParticipantSummary> names = register.summaries(
                        rows.stream().map(ProjectMembership::participantId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(ParticipantSummary::id, Function.identity()));
        List<ProjectMembershipView> items = rows.stream().filter(r -> names.containsKey(r.participantId()))
                .map(r -> new ProjectMembershipView(r.participantId(), names.get(r.participantId()).firstName(),
                        names.get(r.participantId()).lastName(), r.takenInOn(), r.removedOn())).toList();
        int pages = (int) ((total + request.getPageSize() - 1) / request.getPageSize());
        return new PageResult<>(items, request.getPageNumber(), request.getPageSize(), total, pages);
    }

    @Override
    public List<ProjectMembership> memberships(UUID projectId) {
        CurrentUser user = currentUsers.current();
        return reading.execute(tx -> {
            row(projectId).filter(p -> ProjectAccess.sees(user, p.organisationId()))
                    .orElseThrow(() -> new NotFoundException("project.notFound"));
            return jdbc.sql("""
                    SELECT participant_id, taken_in_on, removed_on FROM project_participant
                     WHERE project_id = :p ORDER BY taken_in_on, id""")
                    .param("p", projectId).query(ProjectMembership.class).list();
        });
    }

    @Override
    public boolean mayCreate() {
        return ProjectAccess.mayCreate(currentUsers.current());
    }

    /** The command's own rules beyond bean validation, and its ladders (each must exist), before any write. */
    private List<UUID> checked(ProjectCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.to() != null && command.to().isBefore(command.from())) {
            problems.add(new FieldProblem("to", "project.to.beforeFrom"));
        }
        Set<UUID> ids = new LinkedHashSet<>(command.ladderIds() == null ? List.of() : command.ladderIds());
        for (UUID ladderId : ids) {
            try {
                ladders.ladder(ladderId);
            } catch (NotFoundException e) {
                problems.add(new FieldProblem("ladderIds", "project.ladder.unknown"));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return List.copyOf(ids);
    }

    private void saveLadders(UUID projectId, List<UUID> ladderIds) {
        for (UUID ladderId : ladderIds) {
            jdbc.sql("INSERT INTO project_ladder (project_id, ladder_id) VALUES (:p, :l)")
                    .param("p", projectId).param("l", ladderId).update();
        }
    }

    private static void requireEdit(CurrentUser user, ProjectRow project) {
        if (!ProjectAccess.mayEdit(user, project.organisationId())) {
            throw new AccessDeniedException("only the organisation's coordinators and admins change a project");
        }
    }

    private ProjectRow visible(CurrentUser user, UUID projectId) {
        return row(projectId).filter(p -> ProjectAccess.sees(user, p.organisationId()))
                .orElseThrow(() -> new NotFoundException("project.notFound"));
    }

    private Optional<ProjectRow> row(UUID projectId) {
        return jdbc.sql("""
                SELECT id, organisation_id, name, funder, funder_reference, period_from, period_to, version
                  FROM project WHERE id = :id""").param("id", projectId).query(ProjectRow.class).optional();
    }

    private List<UUID> ladderIds(UUID projectId) {
        return jdbc.sql("SELECT ladder_id FROM project_ladder WHERE project_id = :p ORDER BY ladder_id")
                .param("p", projectId).query(UUID.class).list();
    }

    private ProjectDetails details(ProjectRow p, CurrentUser user) {
        List<ProjectDetails.Ladder> shownLadders = new ArrayList<>();
        for (UUID ladderId : ladderIds(p.id())) {
            LadderView ladder = ladders.ladder(ladderId);
            shownLadders.add(new ProjectDetails.Ladder(ladder.id(), ladder.name()));
        }
        shownLadders.sort(java.util.Comparator.comparing(ProjectDetails.Ladder::name));
        LocalDate today = SwedishTime.today(clock);
        long now = jdbc.sql("""
                SELECT count(DISTINCT participant_id) FROM project_participant
                 WHERE project_id = :p AND taken_in_on <= :today AND (removed_on IS NULL OR removed_on >= :today)""")
                .param("p", p.id()).param("today", today).query(Long.class).single();
        long ever = jdbc.sql("SELECT count(DISTINCT participant_id) FROM project_participant WHERE project_id = :p")
                .param("p", p.id()).query(Long.class).single();
        boolean protect = ProjectAccess.protectsCounts(user);
        return new ProjectDetails(p.id(), p.organisationId(),
                identity.organisationNames(Set.of(p.organisationId())).get(p.organisationId()), p.name(), p.funder(),
                p.funderReference(), p.from(), p.to(), shownLadders, figure(now, protect), figure(ever, protect),
                ProjectAccess.mayEdit(user, p.organisationId()), p.version());
    }

    /** A count under the threshold, zero included, is held back from those who see aggregates only. */
    private Figure figure(long count, boolean protect) {
        return protect && count < threshold ? Figure.small() : Figure.shown(count);
    }

    private ProjectMembershipView membership(UUID projectId, UUID participantId) {
        ProjectMembership row = jdbc.sql("""
                SELECT participant_id, taken_in_on, removed_on FROM project_participant
                 WHERE project_id = :p AND participant_id = :participant AND removed_on IS NULL""")
                .param("p", projectId).param("participant", participantId).query(ProjectMembership.class).single();
        return named(row);
    }

    private ProjectMembershipView membershipAfterRemoval(UUID projectId, UUID participantId, LocalDate takenIn,
            LocalDate removed) {
        return named(new ProjectMembership(participantId, takenIn, removed));
    }

    /** The written participant by name: the write's access call already recorded it, so this adds no row. */
    private ProjectMembershipView named(ProjectMembership row) {
        ParticipantSummary summary = register.summaries(Set.of(row.participantId())).stream().findFirst()
                .orElse(null);
        return new ProjectMembershipView(row.participantId(), summary == null ? null : summary.firstName(),
                summary == null ? null : summary.lastName(), row.takenInOn(), row.removedOn());
    }

    record ProjectRow(UUID id, UUID organisationId, String name, String funder, String funderReference,
            LocalDate periodFrom, LocalDate periodTo, long version) {

        LocalDate from() {
            return periodFrom;
        }

        LocalDate to() {
            return periodTo;
        }
    }
}
