package se.kompetenskedjan.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.meetings.DecisionHit;
import se.kompetenskedjan.meetings.DecisionSearch;
import se.kompetenskedjan.meetings.MeetingKind;
import se.kompetenskedjan.meetings.MeetingStatus;
import se.kompetenskedjan.meetings.MeetingSummary;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;

/** The list queries: a user's meetings, the decision search (PostgreSQL full text, Swedish) and calendar rows. */
@Component
class MeetingQueries {

    /**
     * Whose lists: the user (attendee or creator), an organiser organisation whose meetings they read too (or null),
     * and the participants whose three-party meetings they may see.
     */
    record Reader(UUID userId, UUID organiserOrganisationId, Set<UUID> visibleParticipants) {
    }

    private static final String MEMBERSHIP = """
            (m.created_by = :me
             OR EXISTS (SELECT 1 FROM meeting_attendee a WHERE a.meeting_id = m.id AND a.user_id = :me)
             OR m.organiser_organisation_id = :org)""";

    private static final String VISIBLE = " AND (m.participant_id IS NULL OR m.participant_id IN (:visible))";

    /** Never the id of a participant: keeps "IN (:visible)" valid when the user may see none. */
    private static final UUID NOBODY = new UUID(0, 0);

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final JdbcClient jdbc;

    MeetingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Participants of the three-party meetings the user would read (at most 5,000), for the access rule to filter. */
    List<UUID> participantsOfMeetings(UUID userId, UUID organiserOrganisationId) {
        return jdbc.sql("SELECT DISTINCT m.participant_id FROM meeting m WHERE m.participant_id IS NOT NULL AND "
                + MEMBERSHIP + " LIMIT 5000")
                .param("me", userId).param("org", organiserOrganisationId).query(UUID.class).list();
    }

    PageResult<MeetingSummary> mine(Reader reader, boolean past, LocalDate today, Integer page, Integer size) {
        PageRequest request = Paging.of(page, size, Sort.unsorted());
        String where = " FROM meeting m WHERE " + MEMBERSHIP + VISIBLE
                + (past ? " AND m.meeting_date < :today" : " AND m.meeting_date >= :today");
        String order = past ? " ORDER BY m.meeting_date DESC, m.starts_at DESC, m.id"
                : " ORDER BY m.meeting_date, m.starts_at, m.id";
        long total = bind(jdbc.sql("SELECT count(*)" + where), reader).param("today", today).query(Long.class)
                .single();
        List<MeetingSummary> items = bind(jdbc.sql("SELECT m.*" + where + order + " LIMIT :limit OFFSET :offset"),
                reader).param("today", today).param("limit", request.getPageSize())
                .param("offset", request.getOffset()).query((rs, n) -> summary(rs, true)).list();
        return page(items, request, total);
    }

    List<MeetingSummary> upcomingFor(UUID userId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT m.* FROM meeting m
                 WHERE (m.created_by = :me
                        OR EXISTS (SELECT 1 FROM meeting_attendee a WHERE a.meeting_id = m.id AND a.user_id = :me))
                   AND m.meeting_date BETWEEN :from AND :to
                 ORDER BY m.meeting_date, m.starts_at, m.id LIMIT 200""")
                .param("me", userId).param("from", from).param("to", to)
                .query((rs, n) -> summary(rs, false)).list();
    }

    PageResult<DecisionHit> decisions(Reader reader, DecisionSearch search) {
        PageRequest request = Paging.of(search.page(), search.size(), Sort.unsorted());
        String words = tsquery(search.query());
        String where = """
                 FROM meeting_decision d JOIN meeting m ON m.id = d.meeting_id
                WHERE %s%s
                  AND (CAST(:words AS text) IS NULL OR d.text_search @@ to_tsquery('swedish', :words)
                       OR m.title_search @@ to_tsquery('swedish', :words))
                  AND (CAST(:kind AS text) IS NULL OR m.kind = :kind)
                  AND (CAST(:from AS date) IS NULL OR m.meeting_date >= :from)
                  AND (CAST(:to AS date) IS NULL OR m.meeting_date <= :to)
                  AND (CAST(:owner AS uuid) IS NULL OR d.owner_id = :owner)""".formatted(MEMBERSHIP, VISIBLE);
        long total = filters(bind(jdbc.sql("SELECT count(*)" + where), reader), search, words).query(Long.class)
                .single();
        List<DecisionHit> items = filters(bind(jdbc.sql("""
                SELECT d.id, d.text, d.owner_id, d.due_date, m.id AS meeting_id, m.title, m.kind, m.meeting_date,
                       m.participant_id""" + where + """
                 ORDER BY m.meeting_date DESC, d.recorded_at DESC, d.id LIMIT :limit OFFSET :offset"""), reader),
                search, words).param("limit", request.getPageSize()).param("offset", request.getOffset())
                .query((rs, n) -> new DecisionHit(rs.getObject("id", UUID.class), rs.getString("text"),
                        rs.getObject("owner_id", UUID.class), null, rs.getObject("due_date", LocalDate.class),
                        rs.getObject("meeting_id", UUID.class), rs.getString("title"),
                        MeetingKind.valueOf(rs.getString("kind")), rs.getObject("meeting_date", LocalDate.class),
                        rs.getObject("participant_id", UUID.class))).list();
        return page(items, request, total);
    }

    /**
     * The words of a search as a tsquery: each word stemmed by the Swedish dictionary and matched as the beginning of
     * a word too ("förskola" becomes förskol:*, which finds "förskoleplats"); all words must match. Only letters and
     * digits reach the query, so no input is a tsquery syntax error. Null when there are no words.
     */
    static String tsquery(String query) {
        if (query == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query);
        while (m.find() && words.size() < 10) {
            words.add(m.group() + ":*");
        }
        return words.isEmpty() ? null : String.join(" & ", words);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Reader reader) {
        List<UUID> visible = new ArrayList<>(reader.visibleParticipants());
        visible.add(NOBODY);
        return statement.param("me", reader.userId()).param("org", reader.organiserOrganisationId())
                .param("visible", visible);
    }

    private static JdbcClient.StatementSpec filters(JdbcClient.StatementSpec statement, DecisionSearch search,
            String words) {
        return statement.param("words", words)
                .param("kind", search.kind() == null ? null : search.kind().name())
                .param("from", search.from()).param("to", search.to()).param("owner", search.ownerId());
    }

    private static MeetingSummary summary(ResultSet rs, boolean withTitle) throws SQLException {
        UUID participant = rs.getObject("participant_id", UUID.class);
        boolean shown = withTitle || participant == null;
        return new MeetingSummary(rs.getObject("id", UUID.class), MeetingKind.valueOf(rs.getString("kind")),
                shown ? rs.getString("title") : null, rs.getObject("meeting_date", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
                rs.getString("place"), rs.getString("video_link"), MeetingStatus.valueOf(rs.getString("status")),
                shown ? participant : null, null);
    }

    private static <T> PageResult<T> page(List<T> items, PageRequest request, long total) {
        int pages = (int) ((total + request.getPageSize() - 1) / request.getPageSize());
        return new PageResult<>(items, request.getPageNumber(), request.getPageSize(), total, pages);
    }
}
