package se.kompetenskedjan.placements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.ExternalWorkplaces;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UnitId;
import se.kompetenskedjan.identity.UnitView;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.placements.GeoBox;
import se.kompetenskedjan.placements.InterestCommand;
import se.kompetenskedjan.placements.InterestView;
import se.kompetenskedjan.placements.PlacementCommand;
import se.kompetenskedjan.placements.PlacementFacts;
import se.kompetenskedjan.placements.PlacementSearch;
import se.kompetenskedjan.placements.PlacementStatus;
import se.kompetenskedjan.placements.PlacementSummary;
import se.kompetenskedjan.placements.PlacementType;
import se.kompetenskedjan.placements.PlacementView;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.placements.QualityNoteCommand;
import se.kompetenskedjan.placements.QualityNoteView;
import se.kompetenskedjan.placements.QualityRating;
import se.kompetenskedjan.placements.Sharing;
import se.kompetenskedjan.placements.Shift;
import se.kompetenskedjan.placements.StatusCommand;
import se.kompetenskedjan.profiles.ProfileVersionView;
import se.kompetenskedjan.profiles.RequirementItemView;
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.Texts;

@Service
@Transactional
class PlacementService implements Placements {

    private static final int MATCHING_LIMIT = 50_000;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final RequirementProfiles profiles;
    private final ParticipantRegister participants;
    private final PlacementAccessPolicy policy;
    private final ExternalWorkplaces externalWorkplaces;
    private final SeatHistory seatHistory;
    private final Clock clock;

    PlacementService(JdbcClient jdbc, CurrentUsers currentUsers, IdentityDirectory identity,
            RequirementProfiles profiles, ParticipantRegister participants, PlacementAccessPolicy policy,
            ExternalWorkplaces externalWorkplaces, SeatHistory seatHistory, Clock clock) {
        this.seatHistory = seatHistory;
        this.externalWorkplaces = externalWorkplaces;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.profiles = profiles;
        this.participants = participants;
        this.policy = policy;
        this.clock = clock;
    }

    private Timestamp timestamp() {
        return Timestamp.from(clock.instant());
    }

    @Override
    public PlacementView create(PlacementCommand command) {
        CurrentUser user = currentUsers.current();
        policy.requireManage(user, user.organisationId().value());
        check(user, command, null);
        // The place belongs to its unit's organisation: the user's own, or a workplace without an account that the
        // user's municipality manages (check() accepted only those).
        UUID organisation = identity.findUnit(new UnitId(command.unitId())).orElseThrow().organisationId();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO placement (id, organisation_id, unit_id, type, title, description, easy_description,
                    occupation_concept_id, occupation_label, ssyk_code, profile_version_id, item_keys, seats, schedule,
                    shift, hours_per_week, starts_on, ends_on, min_swedish_level, required_licences, requires_cycling,
                    soft_requirements, street_address, postal_code, city, latitude, longitude, travel_directions,
                    accessibility_notes, status, sharing, created_by, created_at, updated_at)
                VALUES (:id, :org, :unit, :type, :title, :description, :easy, :concept, :label, :ssyk, :profile,
                    :items, :seats, CAST(:schedule AS jsonb), :shift, :hours, :starts, :ends, :swedish, :licences,
                    :cycling, :soft, :street, :postal, :city, :lat, :lon, :directions, :accessibility, 'DRAFT',
                    :sharing, :by, :now, :now)""")
                .params(columns(command)).param("id", id).param("org", organisation)
                .param("by", user.id().value()).param("now", timestamp()).update();
        writeLinks(id, command);
        seatHistory.record(id, user.id().value());
        return view(user, row(id));
    }

    @Override
    public PlacementView update(UUID id, PlacementCommand command) {
        CurrentUser user = currentUsers.current();
        Row existing = row(id);
        requireVisible(user, existing);
        policy.requireManage(user, existing.organisationId);
        if (command.lockVersion() == null) {
            throw new InvalidFieldException("lockVersion", "placement.lockVersion.required");
        }
        check(user, command, existing);
        PlacementStatus status = existing.status == PlacementStatus.OPEN || existing.status == PlacementStatus.FULL
                ? (existing.seatsTaken >= command.seats() ? PlacementStatus.FULL : PlacementStatus.OPEN)
                : existing.status;
        int updated = jdbc.sql("""
                UPDATE placement SET unit_id = :unit, type = :type, title = :title, description = :description,
                    easy_description = :easy, occupation_concept_id = :concept, occupation_label = :label,
                    ssyk_code = :ssyk, profile_version_id = :profile, item_keys = :items, seats = :seats,
                    schedule = CAST(:schedule AS jsonb), shift = :shift, hours_per_week = :hours, starts_on = :starts,
                    ends_on = :ends, min_swedish_level = :swedish, required_licences = :licences,
                    requires_cycling = :cycling, soft_requirements = :soft, street_address = :street,
                    postal_code = :postal, city = :city, latitude = :lat, longitude = :lon,
                    travel_directions = :directions, accessibility_notes = :accessibility, sharing = :sharing,
                    status = :status, updated_at = :now, lock_version = lock_version + 1
                WHERE id = :id AND lock_version = :lock AND seats_taken <= :seats""")
                .params(columns(command)).param("id", id).param("lock", command.lockVersion())
                .param("status", status.name()).param("now", timestamp()).update();
        if (updated == 0) {
            throw new ConflictException("placement.stale");
        }
        jdbc.sql("DELETE FROM placement_partner WHERE placement_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM placement_supervisor WHERE placement_id = :id").param("id", id).update();
        writeLinks(id, command);
        seatHistory.record(id, user.id().value());
        return view(user, row(id));
    }

    @Override
    public PlacementView changeStatus(UUID id, StatusCommand command) {
        CurrentUser user = currentUsers.current();
        Row existing = row(id);
        requireVisible(user, existing);
        policy.requireManage(user, existing.organisationId);
        PlacementStatus wanted = command.status();
        if (wanted == PlacementStatus.FULL || wanted == PlacementStatus.DRAFT && existing.status != PlacementStatus.DRAFT) {
            throw new InvalidFieldException("status", "placement.status.notAllowed");
        }
        PlacementStatus next = wanted == PlacementStatus.OPEN && existing.seatsTaken >= existing.seats
                ? PlacementStatus.FULL : wanted;
        int updated = jdbc.sql("""
                UPDATE placement SET status = :status, updated_at = :now, lock_version = lock_version + 1
                WHERE id = :id AND lock_version = :lock""")
                .param("status", next.name()).param("id", id).param("lock", command.lockVersion())
                .param("now", timestamp()).update();
        if (updated == 0) {
            throw new ConflictException("placement.stale");
        }
        seatHistory.record(id, user.id().value());
        return view(user, row(id));
    }

    @Override
    @Transactional(readOnly = true)
    public PlacementView get(UUID id) {
        CurrentUser user = currentUsers.current();
        Row row = row(id);
        requireVisible(user, row);
        return view(user, row);
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<PlacementSummary> search(PlacementSearch search) {
        CurrentUser user = currentUsers.current();
        StringBuilder where = new StringBuilder(PlacementAccessPolicy.VISIBLE);
        Map<String, Object> params = new HashMap<>(policy.visibleParams(user));
        if (search.bank() || user.is(Role.PARTICIPANT)) {
            where.append(" AND p.status = 'OPEN' AND p.seats_taken < p.seats");
        }
        if (search.ownOnly()) {
            where.append(" AND p.organisation_id = ANY(:hostOrgs)");
        }
        String query = Texts.blankToNull(search.query());
        if (query != null) {
            where.append(" AND (lower(p.title) LIKE :q OR lower(coalesce(p.occupation_label, '')) LIKE :q"
                    + " OR lower(coalesce(p.city, '')) LIKE :q)");
            params.put("q", "%" + query.toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (search.type() != null) {
            where.append(" AND p.type = :type");
            params.put("type", search.type().name());
        }
        if (search.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", search.status().name());
        }
        if (search.unitId() != null) {
            where.append(" AND p.unit_id = :unit");
            params.put("unit", search.unitId());
        }
        var pageRequest = Paging.of(search.page(), search.size(), org.springframework.data.domain.Sort.unsorted());
        long total = jdbc.sql("SELECT count(*) FROM placement p WHERE " + where).params(params)
                .query(Long.class).single();
        List<Row> rows = jdbc.sql("SELECT p.* FROM placement p WHERE " + where
                        + " ORDER BY p.starts_on, p.title, p.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", pageRequest.getPageSize()).param("offset", pageRequest.getOffset())
                .query(PlacementService::mapRow).list();
        Names names = names(rows);
        List<PlacementSummary> items = rows.stream().map(r -> new PlacementSummary(r.id, r.title, r.type, r.status,
                r.sharing, r.organisationId, names.organisations.get(r.organisationId), r.unitId,
                names.unitName(r.unitId), r.city, r.occupationLabel, r.seats, Math.max(0, r.seats - r.seatsTaken),
                r.startsOn, r.endsOn, r.easyDescription)).toList();
        int totalPages = (int) ((total + pageRequest.getPageSize() - 1) / pageRequest.getPageSize());
        return new PageResult<>(items, pageRequest.getPageNumber(), pageRequest.getPageSize(), total, totalPages);
    }

    @Override
    public InterestView registerInterest(UUID placementId, InterestCommand command) {
        CurrentUser user = currentUsers.current();
        Row row = row(placementId);
        requireVisible(user, row);
        boolean bySelf = user.is(Role.PARTICIPANT);
        if (bySelf && command.participantId() != null && !command.participantId().equals(user.participantId())) {
            throw new AccessDeniedException("participants register their own interest only");
        }
        UUID participantId = bySelf ? participants.myParticipantId() : command.participantId();
        if (participantId == null) {
            throw new InvalidFieldException("participantId", "interest.participant.required");
        }
        if (!bySelf && !user.isAnyOf(Role.COORDINATOR, Role.ADMIN)) {
            throw new AccessDeniedException("coordinators register interest for participants");
        }
        if (row.status != PlacementStatus.OPEN) {
            throw new ConflictException("interest.placement.notOpen");
        }
        participants.access(participantId, AccessNeed.CONTRIBUTE, "interest in placement");
        int inserted = jdbc.sql("""
                INSERT INTO placement_interest (placement_id, participant_id, note, by_self, registered_by,
                    registered_at)
                VALUES (:placement, :participant, :note, :self, :by, :now) ON CONFLICT DO NOTHING""")
                .param("self", bySelf).param("now", timestamp())
                .param("placement", placementId).param("participant", participantId)
                .param("note", Texts.blankToNull(command.note())).param("by", user.id().value()).update();
        if (inserted == 0) {
            throw new ConflictException("interest.duplicate");
        }
        return interestsWhere("i.placement_id = :placement AND i.participant_id = :participant",
                Map.of("placement", placementId, "participant", participantId)).get(0);
    }

    @Override
    public List<InterestView> interests(UUID placementId) {
        CurrentUser user = currentUsers.current();
        Row row = row(placementId);
        requireVisible(user, row);
        policy.requireStaff(user);
        List<InterestView> all = interestsWhere("i.placement_id = :placement", Map.of("placement", placementId));
        return visibleInterests(all);
    }

    @Override
    public List<InterestView> interestsOf(UUID participantId) {
        participants.access(participantId, AccessNeed.READ, "interests in placements");
        return interestsWhere("i.participant_id = :participant", Map.of("participant", participantId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<QualityNoteView> qualityNotes(UUID placementId) {
        CurrentUser user = currentUsers.current();
        requireVisible(user, row(placementId));
        policy.requireCoordinator(user);
        return jdbc.sql("""
                SELECT id, rating, note, author_name, created_at FROM placement_quality_note
                WHERE placement_id = :id ORDER BY created_at DESC LIMIT 200""").param("id", placementId)
                .query((rs, n) -> new QualityNoteView(PlacementRows.uuid(rs, "id"),
                        QualityRating.valueOf(rs.getString("rating")), rs.getString("note"),
                        rs.getString("author_name"), rs.getTimestamp("created_at").toInstant())).list();
    }

    @Override
    public QualityNoteView addQualityNote(UUID placementId, QualityNoteCommand command) {
        CurrentUser user = currentUsers.current();
        requireVisible(user, row(placementId));
        policy.requireCoordinator(user);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO placement_quality_note (id, placement_id, rating, note, author_id, author_name,
                    author_organisation_id, created_at)
                VALUES (:id, :placement, :rating, :note, :author, :name, :org, :now)""")
                .param("id", id).param("now", timestamp())
                .param("placement", placementId).param("rating", command.rating().name())
                .param("note", command.note().strip()).param("author", user.id().value())
                .param("name", user.displayName()).param("org", user.organisationId().value()).update();
        return qualityNotes(placementId).stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlacementFacts> openForMatching(GeoBox box) {
        CurrentUser user = currentUsers.current();
        policy.requireStaff(user);
        StringBuilder where = new StringBuilder(PlacementAccessPolicy.VISIBLE)
                .append(" AND p.status = 'OPEN' AND p.seats_taken < p.seats");
        Map<String, Object> params = new HashMap<>(policy.visibleParams(user));
        if (box != null) {
            where.append(" AND (p.latitude IS NULL OR p.latitude BETWEEN :minLat AND :maxLat"
                    + " AND p.longitude BETWEEN :minLon AND :maxLon)");
            params.put("minLat", box.minLatitude());
            params.put("maxLat", box.maxLatitude());
            params.put("minLon", box.minLongitude());
            params.put("maxLon", box.maxLongitude());
        }
        return facts(where.toString(), params);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlacementFacts> factsOf(UUID placementId) {
        return factsOf(List.of(placementId)).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlacementFacts> factsOf(Collection<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        CurrentUser user = currentUsers.current();
        Map<String, Object> params = new HashMap<>(policy.visibleParams(user));
        params.put("ids", placementIds);
        return facts(PlacementAccessPolicy.VISIBLE + " AND p.id IN (:ids)", params);
    }

    private List<PlacementFacts> facts(String where, Map<String, Object> params) {
        List<PlacementFacts> found = jdbc.sql("""
                SELECT p.id, p.organisation_id, p.unit_id, p.title, p.type, p.min_swedish_level, p.required_licences,
                       p.requires_cycling, p.latitude, p.longitude, p.ssyk_code, p.profile_version_id, p.item_keys,
                       p.schedule, p.seats - p.seats_taken AS free_seats,
                       coalesce((SELECT array_agg(s.id || ':' || (s.capacity - s.slots_used))
                                   FROM placement_supervisor ps JOIN supervisor s ON s.id = ps.supervisor_id
                                  WHERE ps.placement_id = p.id AND s.willing), '{}') AS supervisors
                FROM placement p WHERE\s""" + where + " ORDER BY p.id LIMIT " + MATCHING_LIMIT)
                .params(params).query((rs, n) -> new PlacementFacts(PlacementRows.uuid(rs, "id"),
                        PlacementRows.uuid(rs, "organisation_id"), PlacementRows.uuid(rs, "unit_id"),
                        rs.getString("title"), PlacementType.valueOf(rs.getString("type")),
                        SwedishLevel.valueOf(rs.getString("min_swedish_level")),
                        PlacementRows.texts(rs, "required_licences"), rs.getBoolean("requires_cycling"),
                        PlacementRows.doubleOrNull(rs, "latitude"), PlacementRows.doubleOrNull(rs, "longitude"),
                        rs.getString("ssyk_code"), PlacementRows.uuid(rs, "profile_version_id"),
                        PlacementRows.uuids(rs, "item_keys"), PlacementRows.schedule(rs.getString("schedule")),
                        rs.getInt("free_seats"), PlacementRows.texts(rs, "supervisors").stream().map(s -> {
                            String[] parts = s.split(":");
                            return new PlacementFacts.SupervisorCapacity(UUID.fromString(parts[0]),
                                    Integer.parseInt(parts[1]));
                        }).toList())).list();
        return found;
    }

    // --- rules -------------------------------------------------------------------------------------------------

    private void check(CurrentUser user, PlacementCommand command, Row existing) {
        List<FieldProblem> problems = new ArrayList<>();
        UnitView unit = identity.findUnit(new UnitId(command.unitId())).orElse(null);
        // A new place at a unit the user manages places for; an existing one stays with its organisation.
        if (unit == null || (existing == null ? !policy.mayManage(user, unit.organisationId())
                : !unit.organisationId().equals(existing.organisationId))) {
            problems.add(new FieldProblem("unitId", "placement.unit.notOwn"));
        }
        if (command.endsOn() != null && command.endsOn().isBefore(command.startsOn())) {
            problems.add(new FieldProblem("endsOn", "placement.endsOn.beforeStart"));
        }
        List<se.kompetenskedjan.placements.ScheduleSlot> schedule = command.schedule() == null ? List.of() : command.schedule();
        for (int i = 0; i < schedule.size(); i++) {
            if (!schedule.get(i).to().isAfter(schedule.get(i).from())) {
                problems.add(new FieldProblem("schedule[" + i + "].to", "schedule.to.beforeFrom"));
            }
        }
        if ((command.latitude() == null) != (command.longitude() == null)) {
            problems.add(new FieldProblem("longitude", "placement.location.both"));
        }
        List<UUID> itemKeys = command.itemKeys() == null ? List.of() : command.itemKeys();
        if (command.profileVersionId() != null) {
            ProfileVersionView version = profileVersion(command.profileVersionId());
            if (version == null) {
                problems.add(new FieldProblem("profileVersionId", "placement.profile.unknown"));
            } else {
                Set<UUID> known = new java.util.HashSet<>(version.items().stream().map(RequirementItemView::itemKey).toList());
                for (int i = 0; i < itemKeys.size(); i++) {
                    if (!known.contains(itemKeys.get(i))) {
                        problems.add(new FieldProblem("itemKeys[" + i + "]", "placement.item.unknown"));
                    }
                }
            }
        } else if (!itemKeys.isEmpty()) {
            problems.add(new FieldProblem("itemKeys", "placement.items.withoutProfile"));
        }
        List<UUID> partners = command.partnerOrganisationIds() == null ? List.of() : command.partnerOrganisationIds();
        if (command.sharing() == Sharing.PARTNERS && partners.isEmpty()) {
            problems.add(new FieldProblem("partnerOrganisationIds", "placement.partners.required"));
        }
        if (!partners.isEmpty() && identity.organisationNames(partners).size() != new LinkedHashSet<>(partners).size()) {
            problems.add(new FieldProblem("partnerOrganisationIds", "placement.partners.unknown"));
        }
        List<UUID> supervisors = command.supervisorIds() == null ? List.of() : command.supervisorIds();
        if (!supervisors.isEmpty()) {
            long atUnit = jdbc.sql("SELECT count(*) FROM supervisor WHERE id IN (:ids) AND unit_id = :unit")
                    .param("ids", supervisors).param("unit", command.unitId()).query(Long.class).single();
            if (atUnit != new LinkedHashSet<>(supervisors).size()) {
                problems.add(new FieldProblem("supervisorIds", "placement.supervisors.notAtUnit"));
            }
        }
        if (existing != null && command.seats() != null && command.seats() < existing.seatsTaken) {
            problems.add(new FieldProblem("seats", "placement.seats.belowTaken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    private ProfileVersionView profileVersion(UUID versionId) {
        try {
            return profiles.version(versionId);
        } catch (NotFoundException | AccessDeniedException e) {
            return null;
        }
    }

    private Map<String, Object> columns(PlacementCommand c) {
        Map<String, Object> p = new HashMap<>();
        p.put("unit", c.unitId());
        p.put("type", c.type().name());
        p.put("title", c.title().strip());
        p.put("description", Texts.blankToNull(c.description()));
        p.put("easy", Texts.blankToNull(c.easyDescription()));
        p.put("concept", Texts.blankToNull(c.occupationConceptId()));
        p.put("label", Texts.blankToNull(c.occupationLabel()));
        p.put("ssyk", Texts.blankToNull(c.ssykCode()));
        p.put("profile", c.profileVersionId());
        p.put("items", (c.itemKeys() == null ? List.<UUID>of() : List.copyOf(new LinkedHashSet<>(c.itemKeys()))).toArray(UUID[]::new));
        p.put("seats", c.seats());
        p.put("schedule", PlacementRows.scheduleJson(c.schedule()));
        p.put("shift", c.shift().name());
        p.put("hours", c.hoursPerWeek());
        p.put("starts", c.startsOn());
        p.put("ends", c.endsOn());
        p.put("swedish", (c.minSwedishLevel() == null ? SwedishLevel.NONE : c.minSwedishLevel()).name());
        p.put("licences", (c.requiredLicences() == null ? List.<String>of() : List.copyOf(new LinkedHashSet<>(c.requiredLicences()))).toArray(String[]::new));
        p.put("cycling", Boolean.TRUE.equals(c.requiresCycling()));
        p.put("soft", Texts.blankToNull(c.softRequirements()));
        p.put("street", Texts.blankToNull(c.streetAddress()));
        p.put("postal", Texts.blankToNull(c.postalCode()));
        p.put("city", Texts.blankToNull(c.city()));
        p.put("lat", c.latitude());
        p.put("lon", c.longitude());
        p.put("directions", Texts.blankToNull(c.travelDirections()));
        p.put("accessibility", Texts.blankToNull(c.accessibilityNotes()));
        p.put("sharing", c.sharing().name());
        return p;
    }

    private void writeLinks(UUID id, PlacementCommand command) {
        if (command.sharing() == Sharing.PARTNERS && command.partnerOrganisationIds() != null) {
            for (UUID partner : new LinkedHashSet<>(command.partnerOrganisationIds())) {
                jdbc.sql("INSERT INTO placement_partner (placement_id, organisation_id) VALUES (:p, :o)")
                        .param("p", id).param("o", partner).update();
            }
        }
        if (command.supervisorIds() != null) {
            for (UUID supervisor : new LinkedHashSet<>(command.supervisorIds())) {
                jdbc.sql("INSERT INTO placement_supervisor (placement_id, supervisor_id) VALUES (:p, :s)")
                        .param("p", id).param("s", supervisor).update();
            }
        }
    }

    // --- reading -----------------------------------------------------------------------------------------------

    void requireVisible(CurrentUser user, Row row) {
        Map<String, Object> params = new HashMap<>(policy.visibleParams(user));
        params.put("id", row.id);
        boolean visible = jdbc.sql("SELECT exists (SELECT 1 FROM placement p WHERE p.id = :id AND "
                + PlacementAccessPolicy.VISIBLE + ")").params(params).query(Boolean.class).single();
        if (!visible) {
            throw new NotFoundException("placement.unknown");
        }
    }

    Row row(UUID id) {
        return jdbc.sql("SELECT p.* FROM placement p WHERE p.id = :id").param("id", id)
                .query(PlacementService::mapRow).optional()
                .orElseThrow(() -> new NotFoundException("placement.unknown"));
    }

    PlacementView view(CurrentUser user, Row r) {
        Names names = names(List.of(r));
        List<PlacementView.OrganisationRef> partners = jdbc.sql(
                        "SELECT organisation_id FROM placement_partner WHERE placement_id = :id").param("id", r.id)
                .query(UUID.class).list().stream().collect(java.util.stream.Collectors.collectingAndThen(
                        java.util.stream.Collectors.toList(), ids -> {
                            Map<UUID, String> orgNames = identity.organisationNames(ids);
                            return ids.stream().map(o -> new PlacementView.OrganisationRef(o, orgNames.get(o)))
                                    .sorted(java.util.Comparator.comparing(PlacementView.OrganisationRef::name,
                                            java.util.Comparator.nullsLast(String::compareTo))).toList();
                        }));
        List<PlacementView.SupervisorSlot> supervisors = policy.isStaff(user) ? jdbc.sql("""
                        SELECT s.id, s.name, s.capacity, s.slots_used, s.willing, s.supervisor_training_on,
                               s.language_training_on
                        FROM placement_supervisor ps JOIN supervisor s ON s.id = ps.supervisor_id
                        WHERE ps.placement_id = :id ORDER BY s.name""").param("id", r.id)
                .query((rs, n) -> new PlacementView.SupervisorSlot(PlacementRows.uuid(rs, "id"), rs.getString("name"),
                        rs.getInt("capacity"), rs.getInt("slots_used"),
                        rs.getInt("capacity") - rs.getInt("slots_used"), rs.getBoolean("willing"),
                        rs.getDate("supervisor_training_on") != null, rs.getDate("language_training_on") != null))
                .list() : List.of();
        return new PlacementView(r.id, r.organisationId, names.organisations.get(r.organisationId), r.unitId,
                names.unitName(r.unitId), r.type, r.title, r.description, r.easyDescription, r.occupationConceptId,
                r.occupationLabel, r.ssykCode, r.profileVersionId, r.itemKeys, r.seats, r.seatsTaken,
                Math.max(0, r.seats - r.seatsTaken), r.schedule, r.shift, r.hoursPerWeek, r.startsOn, r.endsOn,
                r.minSwedishLevel, r.requiredLicences, r.requiresCycling, r.softRequirements, r.streetAddress,
                r.postalCode, r.city, r.latitude, r.longitude, r.travelDirections, r.accessibilityNotes, r.status,
                r.sharing, partners, supervisors, r.updatedAt, r.lockVersion, policy.mayManage(user, r.organisationId),
                externalWorkplaces.managerNames(List.of(r.organisationId)).get(r.organisationId));
    }

    private List<InterestView> interestsWhere(String where, Map<String, Object> params) {
        return jdbc.sql("""
                SELECT i.placement_id, p.title, i.participant_id, i.note, i.by_self, i.registered_at
                FROM placement_interest i JOIN placement p ON p.id = i.placement_id
                WHERE\s""" + where + " ORDER BY i.registered_at DESC LIMIT 500").params(params)
                .query((rs, n) -> new InterestView(PlacementRows.uuid(rs, "placement_id"), rs.getString("title"),
                        PlacementRows.uuid(rs, "participant_id"), null, rs.getString("note"), rs.getBoolean("by_self"),
                        rs.getTimestamp("registered_at").toInstant())).list();
    }

    /** Interests with participant names, only those the signed-in user may see (audited as a list read). */
    private List<InterestView> visibleInterests(List<InterestView> all) {
        Map<UUID, ParticipantSummary> shown = new HashMap<>();
        participants.summaries(all.stream().map(InterestView::participantId).distinct().limit(1000).toList())
                .forEach(s -> shown.put(s.id(), s));
        return all.stream().filter(i -> shown.containsKey(i.participantId()))
                .map(i -> new InterestView(i.placementId(), i.placementTitle(), i.participantId(),
                        shown.get(i.participantId()).firstName() + " " + shown.get(i.participantId()).lastName(),
                        i.note(), i.bySelf(), i.registeredAt())).toList();
    }

    private Names names(List<Row> rows) {
        Set<UUID> orgs = new java.util.HashSet<>();
        Set<UUID> units = new java.util.HashSet<>();
        rows.forEach(r -> {
            orgs.add(r.organisationId);
            units.add(r.unitId);
        });
        return new Names(orgs.isEmpty() ? Map.of() : identity.organisationNames(orgs),
                units.isEmpty() ? Map.of() : identity.unitNames(units));
    }

    record Names(Map<UUID, String> organisations, Map<UUID, String> units) {
        String unitName(UUID id) {
            return units.get(id);
        }
    }

    static Row mapRow(ResultSet rs, int n) throws SQLException {
        return new Row(PlacementRows.uuid(rs, "id"), PlacementRows.uuid(rs, "organisation_id"),
                PlacementRows.uuid(rs, "unit_id"), PlacementType.valueOf(rs.getString("type")), rs.getString("title"),
                rs.getString("description"), rs.getString("easy_description"), rs.getString("occupation_concept_id"),
                rs.getString("occupation_label"), rs.getString("ssyk_code"), PlacementRows.uuid(rs, "profile_version_id"),
                PlacementRows.uuids(rs, "item_keys"), rs.getInt("seats"), rs.getInt("seats_taken"),
                PlacementRows.schedule(rs.getString("schedule")), Shift.valueOf(rs.getString("shift")),
                PlacementRows.intOrNull(rs, "hours_per_week"), PlacementRows.date(rs, "starts_on"),
                PlacementRows.date(rs, "ends_on"), SwedishLevel.valueOf(rs.getString("min_swedish_level")),
                PlacementRows.texts(rs, "required_licences"), rs.getBoolean("requires_cycling"),
                rs.getString("soft_requirements"), rs.getString("street_address"), rs.getString("postal_code"),
                rs.getString("city"), PlacementRows.doubleOrNull(rs, "latitude"),
                PlacementRows.doubleOrNull(rs, "longitude"), rs.getString("travel_directions"),
                rs.getString("accessibility_notes"), PlacementStatus.valueOf(rs.getString("status")),
                Sharing.valueOf(rs.getString("sharing")), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("lock_version"));
    }

    record Row(UUID id, UUID organisationId, UUID unitId, PlacementType type, String title, String description,
            String easyDescription, String occupationConceptId, String occupationLabel, String ssykCode,
            UUID profileVersionId, List<UUID> itemKeys, int seats, int seatsTaken,
            List<se.kompetenskedjan.placements.ScheduleSlot> schedule, Shift shift, Integer hoursPerWeek,
            LocalDate startsOn, LocalDate endsOn, SwedishLevel minSwedishLevel, List<String> requiredLicences,
            boolean requiresCycling, String softRequirements, String streetAddress, String postalCode, String city,
            Double latitude, Double longitude, String travelDirections, String accessibilityNotes,
            PlacementStatus status, Sharing sharing, Instant updatedAt, long lockVersion) {
    }
}
