package se.kompetenskedjan.participants.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantStatus;
import se.kompetenskedjan.shared.HeadlineFigure;
import se.kompetenskedjan.shared.HeadlineFigureSource;

/**
 * The analyst's headline figures from the register: how many of their organisation's participants are in the chain
 * now, in a subsidised job now, and have left the chain for a regular job. Three figures that overlap or leave
 * statuses out, and no total beside them, so none held back can be worked out from the others.
 */
@Component
class ParticipantFigures implements HeadlineFigureSource {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;

    ParticipantFigures(JdbcClient jdbc, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HeadlineFigure> forCurrentUser() {
        CurrentUser user = currentUsers.current();
        if (!user.is(Role.ANALYST)) {
            return List.of();
        }
        Map<ParticipantStatus, Long> perStatus = jdbc.sql("""
                SELECT status, count(*) AS n FROM participant WHERE organisation_id = :org GROUP BY status""")
                .param("org", user.organisationId().value())
                .query((rs, i) -> Map.entry(ParticipantStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long inChain = perStatus.entrySet().stream().filter(e -> !e.getKey().finished())
                .mapToLong(Map.Entry::getValue).sum();
        return List.of(
                new HeadlineFigure("figure.participants.inChain", inChain),
                new HeadlineFigure("figure.participants.subsidised",
                        perStatus.getOrDefault(ParticipantStatus.SUBSIDISED_EMPLOYMENT, 0L)),
                new HeadlineFigure("figure.participants.regularJob",
                        perStatus.getOrDefault(ParticipantStatus.REGULAR_EMPLOYMENT, 0L)));
    }
}
