package se.kompetenskedjan.privacy.internal;

import static se.kompetenskedjan.shared.SwedishTime.SWEDEN;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.privacy.AuditEntryView;
import se.kompetenskedjan.privacy.AuditFilter;
import se.kompetenskedjan.privacy.AuditTrail;
import se.kompetenskedjan.privacy.VisitSummary;
import se.kompetenskedjan.shared.AuditAction;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;

@Service
@Transactional(readOnly = true)
class AuditQueries implements AuditTrail {

    private static final String COLUMNS = "id, occurred_at, actor_id, actor_name, actor_organisation_id, "
            + "actor_organisation_name, action, participant_id, purpose, detail";

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;

    AuditQueries(JdbcClient jdbc, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    @Override
    public PageResult<AuditEntryView> search(AuditFilter filter) {
        CurrentUser user = currentUsers.current();
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("admins only");
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!user.platformHost()) {
            where.add("(participant_organisation_id = :org OR actor_organisation_id = :org)");
            params.put("org", user.organisationId().value());
        }
        if (filter.actorId() != null) {
            where.add("actor_id = :actor");
            params.put("actor", filter.actorId());
        }
        if (filter.participantId() != null) {
            where.add("participant_id = :participant");
            params.put("participant", filter.participantId());
        }
        if (filter.action() != null) {
            where.add("action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay(SWEDEN).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(SWEDEN).toOffsetDateTime());
        }
        return page(where, params, filter.page(), filter.size());
    }

    @Override
    public PageResult<AuditEntryView> forParticipant(UUID participantId, Integer page, Integer size) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("participant", participantId);
        return page(List.of("participant_id = :participant"), params, page, size);
    }

    @Override
    public PageResult<AuditEntryView> forParticipantExceptBy(UUID participantId, UUID actorId, Integer page,
            Integer size) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("participant", participantId);
        params.put("actor", actorId);
        return page(List.of("participant_id = :participant", "actor_id <> :actor"), params, page, size);
    }

    @Override
    public VisitSummary visitsBy(UUID participantId, UUID actorId) {
        return jdbc.sql("""
                SELECT count(*), max(occurred_at) FROM audit_entry
                 WHERE participant_id = :participant AND actor_id = :actor""")
                .param("participant", participantId).param("actor", actorId)
                .query((rs, row) -> new VisitSummary(rs.getLong(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .single();
    }

    private PageResult<AuditEntryView> page(List<String> where, Map<String, Object> params, Integer page, Integer size) {
        var request = Paging.of(page, size, Sort.unsorted());
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM audit_entry" + condition).params(params).query(Long.class).single();
        List<AuditEntryView> items = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + condition
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", request.getPageSize())
                .param("offset", request.getOffset())
                .query(AuditQueries::map)
                .list();
        int totalPages = (int) ((total + request.getPageSize() - 1) / request.getPageSize());
        return new PageResult<>(items, request.getPageNumber(), request.getPageSize(), total, totalPages);
    }

    private static AuditEntryView map(ResultSet rs, int row) throws SQLException {
        return new AuditEntryView(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
                rs.getObject("actor_organisation_id", UUID.class), rs.getString("actor_organisation_name"),
                AuditAction.valueOf(rs.getString("action")), rs.getObject("participant_id", UUID.class),
                rs.getString("purpose"), rs.getString("detail"));
    }
}
