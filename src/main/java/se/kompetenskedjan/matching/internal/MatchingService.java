package se.kompetenskedjan.matching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.matching.AllocationCommand;
import se.kompetenskedjan.matching.AllocationView;
import se.kompetenskedjan.matching.CandidateProfileCommand;
import se.kompetenskedjan.matching.CandidateProfileView;
import se.kompetenskedjan.matching.ConfirmAllocationCommand;
import se.kompetenskedjan.matching.HardRequirement;
import se.kompetenskedjan.matching.MatchView;
import se.kompetenskedjan.matching.Matching;
import se.kompetenskedjan.matching.TravelMode;
import se.kompetenskedjan.matching.WaiverCommand;
import se.kompetenskedjan.matching.WaiverView;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantMatchFacts;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.placements.GeoBox;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.ProposeCommand;
import se.kompetenskedjan.placements.ScheduleSlot;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.plans.LevelsAndGaps;
import se.kompetenskedjan.plans.Mappings;
import se.kompetenskedjan.profiles.ProfileStatus;
import se.kompetenskedjan.profiles.ProfileVersionView;
import se.kompetenskedjan.profiles.RequirementItemView;
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gathers the facts (register, candidate profile, mapped levels and plan gaps, places) through the other modules'
 * facades, lets the engine ({@link MatchScorer}, {@link CohortAllocator}) score and allocate, and turns its message
 * keys into text in the reader's language. Places are pre-filtered in SQL to a box around the participant's reach,
 * candidates to those whose own reach covers the place; the engine then applies the exact rules.
 */
@Service
@Transactional
class MatchingService implements Matching {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ScheduleSlot>> SLOTS = new TypeReference<>() {
    };
    /** Participants who are no longer looking for a place. */
    private static final int MAX_LIMIT = 100;
    /** The participants module hands out list rows for at most this many ids at a time. */
    private static final int SUMMARIES_AT_ONCE = 1000;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final ParticipantRegister participants;
    private final Placements placements;
    private final Selections selections;
    private final Mappings mappings;
    private final RequirementProfiles profiles;
    private final MessageSource messages;
    private final Clock clock;
    private final CohortAllocator allocator = new CohortAllocator();
    /** Item targets of published (immutable) profile versions; drafts are never cached. */
    private final Map<UUID, Map<UUID, Integer>> publishedTargets = new ConcurrentHashMap<>();

    MatchingService(JdbcClient jdbc, CurrentUsers currentUsers, ParticipantRegister participants, Placements placements,
            Selections selections, Mappings mappings, RequirementProfiles profiles, MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.participants = participants;
        this.placements = placements;
        this.selections = selections;
        this.mappings = mappings;
        this.profiles = profiles;
        this.messages = messages;
        this.clock = clock;
    }

    private Timestamp timestamp() {
        return Timestamp.from(clock.instant());
    }

    @Override
    public se.kompetenskedjan.matching.Ranking placementsFor(UUID participantId, int limit) {
        requireMatcher();
        participants.access(participantId, AccessNeed.READ, "placements matched");
        CandidateFacts candidate = candidates(List.of(participantId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("candidate.unknown"));
        List<se.kompetenskedjan.placements.PlacementFacts> open = placements.openForMatching(reach(candidate));
        Map<UUID, se.kompetenskedjan.placements.PlacementFacts> byId = index(open);
        Waived waived = waivedAmong(List.of(participantId));
        Map<UUID, Set<HardRequirement>> waivers = waived.byPlacement(participantId);
        for (UUID waivedPlace : waivers.keySet()) {
            if (!byId.containsKey(waivedPlace)) {
                placements.factsOf(waivedPlace).filter(f -> f.freeSeats() > 0).ifPresent(f -> byId.put(f.id(), f));
            }
        }
        List<PlacementFacts> facts = byId.values().stream().map(this::placementFacts).toList();
        var ranking = MatchScorer.rankPlacements(candidate, facts, waivers, clamp(limit));
        return new se.kompetenskedjan.matching.Ranking(ranking.consideredCount(), ranking.eligibleCount(),
                ranking.top().stream().map(r -> view(r, null, byId.get(r.placementId()).title(),
                        waived.reasons(participantId, r.placementId()))).toList());
    }

    @Override
    public se.kompetenskedjan.matching.Ranking candidatesFor(UUID placementId, int limit) {
        requireMatcher();
        se.kompetenskedjan.placements.PlacementFacts place = placements.factsOf(placementId)
                .orElseThrow(() -> new NotFoundException("placement.unknown"));
        List<UUID> reachable = reachableCandidates(place);
        List<CandidateFacts> candidates = candidates(reachable);
        Waived waived = waivedFor(placementId);
        var ranking = MatchScorer.rankCandidates(placementFacts(place), candidates, waived.byParticipant(placementId),
                clamp(limit));
        Map<UUID, String> names = names(ranking.top().stream().map(MatchResult::participantId).toList());
        return new se.kompetenskedjan.matching.Ranking(ranking.consideredCount(), ranking.eligibleCount(),
                ranking.top().stream().filter(r -> names.containsKey(r.participantId()))
                        .map(r -> view(r, names.get(r.participantId()), place.title(),
                                waived.reasons(r.participantId(), placementId))).toList());
    }

    @Override
    public MatchView explain(UUID participantId, UUID placementId) {
        requireMatcher();
        participants.access(participantId, AccessNeed.READ, "match explained");
        se.kompetenskedjan.placements.PlacementFacts place = placements.factsOf(placementId)
                .orElseThrow(() -> new NotFoundException("placement.unknown"));
        CandidateFacts candidate = candidates(List.of(participantId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("candidate.unknown"));
        Waived waived = waivedAmong(List.of(participantId));
        MatchResult result = MatchScorer.explain(candidate, placementFacts(place),
                waived.byPlacement(participantId).getOrDefault(placementId, Set.of()));
        return view(result, names(List.of(participantId)).get(participantId), place.title(),
                waived.reasons(participantId, placementId));
    }

    @Override
    public WaiverView waive(UUID participantId, WaiverCommand command) {
        CurrentUser user = currentUsers.current();
        ParticipantAccess access = participants.access(participantId, AccessNeed.CONTRIBUTE,
                "hard requirement waived for a placement");
        if (!mayWaive(user, access)) {
            throw new AccessDeniedException("coordinators responsible for the participant waive requirements");
        }
        if (placements.factsOf(command.placementId()).isEmpty()) {
            throw new InvalidFieldException("placementId", "waiver.placement.unknown");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO match_waiver (id, participant_id, placement_id, requirement, reason, granted_by, granted_by_name,
                                              granted_at)
                    VALUES (:id, :participant, :placement, :requirement, :reason, :by, :name, :now)""")
                    .param("id", id).param("now", timestamp())
                    .param("participant", participantId).param("placement", command.placementId())
                    .param("requirement", command.requirement().name()).param("reason", command.reason().strip())
                    .param("by", user.id().value()).param("name", user.displayName()).update();
        } catch (DuplicateKeyException e) {
            throw new se.kompetenskedjan.shared.ConflictException("waiver.duplicate");
        }
        return waiverRows("w.id = :key", id).get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayWaive(UUID participantId) {
        return mayWaive(currentUsers.current(), participants.requireRead(participantId));
    }

    /**
     * Waiving a hard requirement changes what the participant is matched to: for coordinators and admins of the
     * organisation responsible for the participant (who may edit them), not for those who see them through a consent.
     */
    private static boolean mayWaive(CurrentUser user, ParticipantAccess access) {
        return user.isAnyOf(Role.COORDINATOR, Role.ADMIN) && access.mayEdit();
    }

    @Override
    public List<WaiverView> waivers(UUID participantId) {
        requireMatcher();
        participants.access(participantId, AccessNeed.READ, "waivers");
        return waiverRows("w.participant_id = :key", participantId);
    }

    @Override
    public CandidateProfileView candidateProfile(UUID participantId) {
        participants.access(participantId, AccessNeed.READ, "candidate profile");
        return storedProfile(participantId).orElse(new CandidateProfileView(participantId, false, null, null,
                TravelMode.PUBLIC_TRANSPORT, 45, List.of(), List.of(), null));
    }

    @Override
    public CandidateProfileView saveCandidateProfile(UUID participantId, CandidateProfileCommand command) {
        CurrentUser user = currentUsers.current();
        if (!user.isAnyOf(Role.COORDINATOR, Role.ADMIN)) {
            throw new AccessDeniedException("coordinators keep the candidate profile");
        }
        participants.access(participantId, AccessNeed.CHANGE, "candidate profile");
        if ((command.homeLatitude() == null) != (command.homeLongitude() == null)) {
            throw new InvalidFieldException("homeLongitude", "placement.location.both");
        }
        List<ScheduleSlot> busy = command.busy() == null ? List.of() : command.busy();
        for (int i = 0; i < busy.size(); i++) {
            if (!busy.get(i).to().isAfter(busy.get(i).from())) {
                throw new InvalidFieldException("busy[" + i + "].to", "schedule.to.beforeFrom");
            }
        }
        jdbc.sql("""
                INSERT INTO candidate_profile (participant_id, seeking, home_latitude, home_longitude, travel_mode,
                    max_travel_minutes, interests, busy, available_from, updated_by, updated_at)
                VALUES (:id, :seeking, :lat, :lon, :mode, :max, :interests, CAST(:busy AS jsonb), :from, :by, :now)
                ON CONFLICT (participant_id) DO UPDATE SET seeking = excluded.seeking,
                    home_latitude = excluded.home_latitude, home_longitude = excluded.home_longitude,
                    travel_mode = excluded.travel_mode, max_travel_minutes = excluded.max_travel_minutes,
                    interests = excluded.interests, busy = excluded.busy, available_from = excluded.available_from,
                    updated_by = excluded.updated_by, updated_at = :now,
                    lock_version = candidate_profile.lock_version + 1""")
                .param("id", participantId).param("seeking", command.seeking()).param("lat", command.homeLatitude())
                .param("lon", command.homeLongitude()).param("mode", command.travelMode().name())
                .param("max", command.maxTravelMinutes())
                .param("interests", (command.interests() == null ? List.<String>of() : command.interests().stream().distinct().toList()).toArray(String[]::new))
                .param("busy", JSON.writeValueAsString(busy)).param("from", command.availableFrom())
                .param("by", user.id().value()).param("now", timestamp()).update();
        return storedProfile(participantId).orElseThrow();
    }

    @Override
    public AllocationView allocate(AllocationCommand command) {
        requireMatcher();
        List<UUID> ids = command.participantIds().stream().distinct().toList();
        List<CandidateFacts> candidates = candidates(ids);
        List<se.kompetenskedjan.placements.PlacementFacts> places = placements.factsOf(
                command.placementIds().stream().distinct().toList()).stream().filter(p -> p.freeSeats() > 0).toList();
        long started = System.nanoTime();
        // Indexes: participants and places in list order, supervisors as they appear.
        Map<UUID, Integer> supervisorIndex = new LinkedHashMap<>();
        List<Integer> supervisorSlots = new ArrayList<>();
        int[] seats = new int[places.size()];
        int[][] supervisorsOf = new int[places.size()][];
        List<PlacementFacts> engineFacts = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            var place = places.get(i);
            seats[i] = place.freeSeats();
            supervisorsOf[i] = place.supervisors().stream().filter(s -> s.freeSlots() > 0).mapToInt(s ->
                    supervisorIndex.computeIfAbsent(s.supervisorId(), k -> {
                        supervisorSlots.add(s.freeSlots());
                        return supervisorSlots.size() - 1;
                    })).toArray();
            engineFacts.add(placementFacts(place));
        }
        CohortArcs arcs = CohortArcs.build(candidates, engineFacts, waivedAmong(ids).asSets());
        AllocationProblem problem = new AllocationProblem(candidates.size(), seats,
                supervisorSlots.stream().mapToInt(Integer::intValue).toArray(), supervisorsOf, arcs.participant(),
                arcs.placement(), arcs.score());
        Allocation allocation = allocator.allocate(problem);
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<UUID> supervisorIds = new ArrayList<>(supervisorIndex.keySet());
        Map<UUID, String> names = names(candidates.stream().map(CandidateFacts::participantId).toList());
        Map<Long, Integer> scoreOf = new HashMap<>();
        for (int k = 0; k < arcs.count(); k++) {
            scoreOf.put(((long) arcs.participant()[k] << 32) | arcs.placement()[k], arcs.score()[k]);
        }
        List<AllocationView.Assignment> assignments = new ArrayList<>();
        List<AllocationView.Unassigned> unassigned = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            UUID participant = candidates.get(c).participantId();
            int p = allocation.placementOf()[c];
            if (p < 0) {
                unassigned.add(new AllocationView.Unassigned(participant, names.get(participant)));
            } else {
                assignments.add(new AllocationView.Assignment(participant, names.get(participant), places.get(p).id(),
                        places.get(p).title(), supervisorIds.get(allocation.supervisorOf()[c]),
                        scoreOf.get(((long) c << 32) | p)));
            }
        }
        return new AllocationView(assignments, unassigned, allocation.totalScore(), arcs.count(), millis);
    }

    @Override
    public List<ProposalView> confirm(ConfirmAllocationCommand command) {
        requireMatcher();
        List<ProposalView> proposals = new ArrayList<>();
        for (var pair : command.assignments()) {
            MatchView match = explain(pair.participantId(), pair.placementId());
            proposals.add(selections.propose(new ProposeCommand(pair.placementId(), pair.participantId(),
                    match.score(), messages.getMessage("allocation.motivation", null, LocaleContextHolder.getLocale()))));
        }
        return proposals;
    }

    // --- facts -------------------------------------------------------------------------------------------------

    private List<CandidateFacts> candidates(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ParticipantMatchFacts> facts = participants.matchFacts(ids).stream()
                .filter(f -> !f.status().finished()).toList();
        List<UUID> visible = facts.stream().map(ParticipantMatchFacts::id).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<UUID, CandidateProfileView> profilesById = new HashMap<>();
        jdbc.sql("SELECT * FROM candidate_profile WHERE participant_id = ANY(:ids)")
                .param("ids", visible.toArray(UUID[]::new)).query(MatchingService::mapProfile).list()
                .forEach(p -> profilesById.put(p.participantId(), p));
        LevelsAndGaps mapped = mappings.levelsAndGaps(visible);
        Map<UUID, Map<UUID, Integer>> levels = mapped.levels();
        Map<UUID, Map<UUID, Integer>> gaps = mapped.gaps();
        return facts.stream().map(f -> {
            CandidateProfileView profile = profilesById.get(f.id());
            GeoPoint home = profile == null || profile.homeLatitude() == null ? null
                    : new GeoPoint(profile.homeLatitude(), profile.homeLongitude());
            return new CandidateFacts(f.id(), f.swedishLevel().ordinal(), new HashSet<>(f.drivingLicences()),
                    f.canCycle(), home, profile == null ? TravelMode.PUBLIC_TRANSPORT : profile.travelMode(),
                    profile == null ? 45 : profile.maxTravelMinutes(), levels.getOrDefault(f.id(), Map.of()),
                    gaps.getOrDefault(f.id(), Map.of()), profile == null ? Set.of() : new HashSet<>(profile.interests()),
                    profile == null ? List.of() : slots(profile.busy()));
        }).toList();
    }

    /**
     * Seeking participants whose own reach (mode and longest travel time, as a box; GiST index) covers the place, those
     * without a known home, and those with the travel time waived for this place.
     */
    private List<UUID> reachableCandidates(se.kompetenskedjan.placements.PlacementFacts place) {
        String reach = place.latitude() == null ? "SELECT participant_id FROM candidate_profile WHERE seeking" : """
                SELECT participant_id FROM candidate_profile WHERE seeking AND reach @> point(:lon, :lat)
                UNION SELECT participant_id FROM candidate_profile WHERE seeking AND home_latitude IS NULL""";
        var query = jdbc.sql(reach + """
                \sUNION SELECT w.participant_id FROM match_waiver w JOIN candidate_profile c ON c.participant_id = w.participant_id
                WHERE c.seeking AND w.placement_id = :placement AND w.requirement = 'TRAVEL_TIME'
                LIMIT 100000""").param("placement", place.id());
        if (place.latitude() != null) {
            query = query.param("lat", place.latitude()).param("lon", place.longitude());
        }
        return query.query(UUID.class).list();
    }

    /** A box around the participant's reach: the farthest they can get in their longest travel time. */
    private static GeoBox reach(CandidateFacts c) {
        if (c.home() == null) {
            return null;
        }
        double km = c.maxTravelMinutes() / 60.0 * MatchScorer.speedKmh(c.travelMode());
        double lat = km / 111.0;
        double lon = km / (111.0 * Math.cos(Math.toRadians(c.home().lat())));
        return new GeoBox(c.home().lat() - lat, c.home().lat() + lat, c.home().lon() - lon, c.home().lon() + lon);
    }

    private PlacementFacts placementFacts(se.kompetenskedjan.placements.PlacementFacts p) {
        Map<UUID, Integer> all = p.profileVersionId() == null ? Map.of() : targets(p.profileVersionId());
        Map<UUID, Integer> targets = all;
        if (!p.itemKeys().isEmpty()) {
            targets = new HashMap<>();
            for (UUID key : p.itemKeys()) {
                if (all.containsKey(key)) {
                    targets.put(key, all.get(key));
                }
            }
        }
        return new PlacementFacts(p.id(), p.minSwedishLevel().ordinal(), new HashSet<>(p.requiredLicences()),
                p.requiresCycling(), p.latitude() == null ? null : new GeoPoint(p.latitude(), p.longitude()),
                p.ssykCode(), targets, slots(p.schedule()));
    }

    private Map<UUID, Integer> targets(UUID versionId) {
        Map<UUID, Integer> cached = publishedTargets.get(versionId);
        if (cached != null) {
            return cached;
        }
        ProfileVersionView version;
        try {
            version = profiles.version(versionId);
        } catch (NotFoundException | AccessDeniedException e) {
            return Map.of();
        }
        Map<UUID, Integer> targets = new HashMap<>();
        for (RequirementItemView item : version.items()) {
            targets.put(item.itemKey(), item.targetLevel());
        }
        if (version.status() != ProfileStatus.DRAFT) {
            publishedTargets.put(versionId, Map.copyOf(targets));
        }
        return targets;
    }

    private static List<WeeklySlot> slots(List<ScheduleSlot> slots) {
        return slots.stream().map(s -> new WeeklySlot(s.day(), s.from(), s.to())).toList();
    }

    private static Map<UUID, se.kompetenskedjan.placements.PlacementFacts> index(
            List<se.kompetenskedjan.placements.PlacementFacts> facts) {
        Map<UUID, se.kompetenskedjan.placements.PlacementFacts> byId = new LinkedHashMap<>();
        facts.forEach(f -> byId.put(f.id(), f));
        return byId;
    }

    // --- waivers -----------------------------------------------------------------------------------------------

    private Waived waivedAmong(Collection<UUID> participantIds) {
        return waived("participant_id = ANY(:key)", participantIds.toArray(UUID[]::new));
    }

    private Waived waivedFor(UUID placementId) {
        return waived("placement_id = :key", placementId);
    }

    /** The waivers matching a condition, with their reasons, in one query. */
    private Waived waived(String where, Object key) {
        Map<UUID, Map<UUID, Map<HardRequirement, String>>> reasons = new HashMap<>();
        jdbc.sql("SELECT participant_id, placement_id, requirement, reason FROM match_waiver WHERE " + where)
                .param("key", key)
                .query((rs, n) -> reasons.computeIfAbsent(rs.getObject("participant_id", UUID.class), k -> new HashMap<>())
                        .computeIfAbsent(rs.getObject("placement_id", UUID.class), k -> new HashMap<>())
                        .put(HardRequirement.valueOf(rs.getString("requirement")), rs.getString("reason"))).list();
        return new Waived(reasons);
    }

    /** Waivers: participant → place → requirement → written reason. */
    record Waived(Map<UUID, Map<UUID, Map<HardRequirement, String>>> reasons) {

        Map<HardRequirement, String> reasons(UUID participantId, UUID placementId) {
            return reasons.getOrDefault(participantId, Map.of()).getOrDefault(placementId, Map.of());
        }

        /** For one participant: place → requirements waived. */
        Map<UUID, Set<HardRequirement>> byPlacement(UUID participantId) {
            Map<UUID, Set<HardRequirement>> byPlacement = new HashMap<>();
            reasons.getOrDefault(participantId, Map.of()).forEach((place, r) -> byPlacement.put(place, r.keySet()));
            return byPlacement;
        }

        /** For one place: participant → requirements waived. */
        Map<UUID, Set<HardRequirement>> byParticipant(UUID placementId) {
            Map<UUID, Set<HardRequirement>> byParticipant = new HashMap<>();
            reasons.forEach((participant, places) -> {
                Map<HardRequirement, String> r = places.get(placementId);
                if (r != null) {
                    byParticipant.put(participant, r.keySet());
                }
            });
            return byParticipant;
        }

        Map<UUID, Map<UUID, Set<HardRequirement>>> asSets() {
            Map<UUID, Map<UUID, Set<HardRequirement>>> sets = new HashMap<>();
            reasons.keySet().forEach(participant -> sets.put(participant, byPlacement(participant)));
            return sets;
        }
    }

    private List<WaiverView> waiverRows(String where, UUID key) {
        return jdbc.sql("SELECT w.* FROM match_waiver w WHERE " + where + " ORDER BY w.granted_at DESC LIMIT 200")
                .param("key", key)
                .query((rs, n) -> new WaiverView(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                        rs.getObject("placement_id", UUID.class), HardRequirement.valueOf(rs.getString("requirement")),
                        rs.getString("reason"), rs.getString("granted_by_name"),
                        rs.getTimestamp("granted_at").toInstant())).list();
    }

    // --- views -------------------------------------------------------------------------------------------------

    private MatchView view(MatchResult r, String participantName, String placementTitle,
            Map<HardRequirement, String> waiverReasons) {
        Locale locale = LocaleContextHolder.getLocale();
        return new MatchView(r.participantId(), participantName, r.placementId(), placementTitle, r.eligible(), r.score(),
                r.hardChecks().stream().map(h -> new MatchView.HardCheckView(h.requirement(),
                        messages.getMessage("match.hard." + h.requirement().name(), null, locale), h.met(), h.waived(),
                        messages.getMessage(h.messageKey(), h.args().toArray(), locale),
                        waiverReasons.get(h.requirement()))).toList(),
                r.criteria().stream().map(c -> new MatchView.CriterionView(c.criterion(),
                        messages.getMessage("match.criterion." + c.criterion().name(), null, locale),
                        c.criterion().weight(), Math.round(c.points() * 10) / 10.0,
                        messages.getMessage(c.messageKey(), c.args().toArray(), locale))).toList());
    }

    /** Names of the participants the user may see, recorded in the audit trail as a list read. */
    private Map<UUID, String> names(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += SUMMARIES_AT_ONCE) {
            for (ParticipantSummary s : participants.summaries(ids.subList(from, Math.min(ids.size(), from + SUMMARIES_AT_ONCE)))) {
                names.put(s.id(), s.firstName() + " " + s.lastName());
            }
        }
        return names;
    }

    private java.util.Optional<CandidateProfileView> storedProfile(UUID participantId) {
        return jdbc.sql("SELECT * FROM candidate_profile WHERE participant_id = :id").param("id", participantId)
                .query(MatchingService::mapProfile).optional();
    }

    private static CandidateProfileView mapProfile(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        double lat = rs.getDouble("home_latitude");
        boolean noHome = rs.wasNull();
        java.sql.Array interests = rs.getArray("interests");
        java.sql.Date from = rs.getDate("available_from");
        return new CandidateProfileView(rs.getObject("participant_id", UUID.class), rs.getBoolean("seeking"),
                noHome ? null : lat, noHome ? null : rs.getDouble("home_longitude"),
                TravelMode.valueOf(rs.getString("travel_mode")), rs.getInt("max_travel_minutes"),
                interests == null ? List.of() : java.util.Arrays.stream((Object[]) interests.getArray()).map(String::valueOf).toList(),
                JSON.readValue(rs.getString("busy"), SLOTS), from == null ? null : from.toLocalDate());
    }

    private void requireMatcher() {
        CurrentUser user = currentUsers.current();
        if (!user.isAnyOf(Role.COORDINATOR, Role.ADMIN, Role.EMPLOYER_MANAGER)) {
            throw new AccessDeniedException("staff who place participants match");
        }
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
