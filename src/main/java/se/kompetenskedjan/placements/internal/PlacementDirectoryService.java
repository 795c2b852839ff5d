package se.kompetenskedjan.placements.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.kompetenskedjan.placements.PlacementDirectory;
import se.kompetenskedjan.placements.PlacementHeader;
import se.kompetenskedjan.placements.ProposalStatus;

@Service
class PlacementDirectoryService implements PlacementDirectory {

    private final JdbcClient jdbc;

    PlacementDirectoryService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PlacementHeader> header(UUID placementId) {
        return headers(List.of(placementId)).stream().findFirst();
    }

    @Override
    public List<PlacementHeader> headers(Collection<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, organisation_id, unit_id, title, ssyk_code, occupation_concept_id, starts_on
                  FROM placement WHERE id IN (:ids)""")
                .param("ids", Set.copyOf(placementIds))
                .query((rs, n) -> new PlacementHeader(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getObject("unit_id", UUID.class),
                        rs.getString("title"), rs.getString("ssyk_code"), rs.getString("occupation_concept_id"),
                        rs.getObject("starts_on", java.time.LocalDate.class)))
                .list();
    }

    @Override
    public Set<UUID> placesWith(UUID unitId, String occupation) {
        if (unitId == null && occupation == null) {
            throw new IllegalArgumentException("a unit or an occupation");
        }
        String where = (unitId == null ? "" : " AND unit_id = :unit")
                + (occupation == null ? "" : " AND (ssyk_code = :occupation OR occupation_concept_id = :occupation)");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (unitId != null) {
            params.put("unit", unitId);
        }
        if (occupation != null) {
            params.put("occupation", occupation);
        }
        return new HashSet<>(jdbc.sql("SELECT id FROM placement WHERE true" + where).params(params)
                .query(UUID.class).list());
    }

    @Override
    public boolean supervisedBy(UUID placementId, UUID userId) {
        return jdbc.sql("""
                SELECT exists (SELECT 1 FROM placement_supervisor ps JOIN supervisor s ON s.id = ps.supervisor_id
                                WHERE ps.placement_id = :p AND s.user_id = :u)
                    OR exists (SELECT 1 FROM placement_proposal pr JOIN supervisor s ON s.id = pr.supervisor_id
                                WHERE pr.placement_id = :p AND s.user_id = :u AND pr.status IN ('AGREED','ACTIVE'))""")
                .param("p", placementId).param("u", userId).query(Boolean.class).single();
    }

    @Override
    public Set<UUID> participantsAt(UUID placementId, Collection<ProposalStatus> statuses) {
        if (statuses.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT participant_id FROM placement_proposal WHERE placement_id = :p AND status IN (:s)""")
                .param("p", placementId).param("s", statuses.stream().map(Enum::name).toList())
                .query(UUID.class).list());
    }

    @Override
    public Set<UUID> placesOf(UUID participantId, Collection<ProposalStatus> statuses) {
        if (statuses.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT placement_id FROM placement_proposal WHERE participant_id = :pa AND status IN (:s)""")
                .param("pa", participantId).param("s", statuses.stream().map(Enum::name).toList())
                .query(UUID.class).list());
    }
}
