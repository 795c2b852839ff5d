package se.kompetenskedjan.placements.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.Attention;
import se.kompetenskedjan.shared.Attention.Urgency;
import se.kompetenskedjan.shared.AttentionSource;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The employer's start page (issue 14, item 4): proposals waiting for the employer's answer, agreements waiting for
 * the employer's approval, placements ending within 30 days; and the supervisor's participants now. Counts only,
 * linked to the proposals inbox the same users may open.
 */
@Component
class PlacementAttention implements AttentionSource {

    static final int ENDING_WITHIN_DAYS = 30;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final SelectionService selections;
    private final PlacementAccessPolicy policy;
    private final Clock clock;

    PlacementAttention(JdbcClient jdbc, CurrentUsers currentUsers, SelectionService selections,
            PlacementAccessPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.selections = selections;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attention> forCurrentUser() {
        CurrentUser user = currentUsers.current();
        if (!selections.mayReadEmployerInbox(user)) {
            return List.of();
        }
        LocalDate today = SwedishTime.today(clock);
        Counts counts = jdbc.sql("""
                SELECT count(*) FILTER (WHERE pr.status IN ('PROPOSED', 'INTERVIEW_REQUESTED', 'STUDY_VISIT_REQUESTED'))
                           AS awaiting,
                       count(*) FILTER (WHERE pr.status = 'AGREED' AND NOT EXISTS (
                           SELECT 1 FROM placement_agreement_approval a
                            WHERE a.proposal_id = pr.id AND a.party = 'EMPLOYER')) AS to_approve,
                       count(*) FILTER (WHERE pr.status = 'ACTIVE' AND pr.ends_on BETWEEN :today AND :until) AS ending
                  FROM placement_proposal pr JOIN placement p ON p.id = pr.placement_id
                 WHERE p.organisation_id = ANY(:orgs)
                   AND pr.status IN ('PROPOSED', 'INTERVIEW_REQUESTED', 'STUDY_VISIT_REQUESTED', 'AGREED', 'ACTIVE')
                """)
                .param("orgs", policy.hostOrganisations(user).toArray(UUID[]::new))
                .param("today", today).param("until", today.plusDays(ENDING_WITHIN_DAYS))
                .query(Counts.class).single();
        List<Attention> items = new ArrayList<>();
        if (!user.is(Role.SUPERVISOR)) {
            items.add(new Attention("attention.proposals.awaiting", counts.awaiting(), Urgency.WAITING, "/forslag"));
        }
        items.add(new Attention("attention.agreements.toApprove", counts.toApprove(), Urgency.WAITING,
                "/forslag?status=AGREED"));
        items.add(new Attention("attention.placements.ending", counts.ending(), Urgency.SOON,
                "/forslag?status=ACTIVE"));
        if (user.is(Role.SUPERVISOR)) {
            long supervised = jdbc.sql("""
                    SELECT count(*) FROM placement_proposal pr JOIN supervisor s ON s.id = pr.supervisor_id
                     WHERE s.user_id = :me AND pr.status = 'ACTIVE'
                    """).param("me", user.id().value()).query(Long.class).single();
            items.add(new Attention("attention.supervised.now", supervised, Urgency.SOON, "/forslag?status=ACTIVE"));
        }
        return items;
    }

    record Counts(long awaiting, long toApprove, long ending) {
    }
}
