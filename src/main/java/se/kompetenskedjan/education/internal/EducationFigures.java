package se.kompetenskedjan.education.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.HeadlineFigure;
import se.kompetenskedjan.shared.HeadlineFigureSource;
import se.kompetenskedjan.shared.SwedishTime;

/** The analyst's headline figure from education: their organisation's participants on a course occasion today. */
@Component
class EducationFigures implements HeadlineFigureSource {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    EducationFigures(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HeadlineFigure> forCurrentUser() {
        CurrentUser user = currentUsers.current();
        if (!user.is(Role.ANALYST)) {
            return List.of();
        }
        long onCourse = jdbc.sql("""
                SELECT count(DISTINCT e.participant_id)
                  FROM education_enrolment e JOIN education_occasion o ON o.id = e.occasion_id
                 WHERE e.participant_organisation_id = :org AND e.from_date <= :today
                   AND (e.ended_on IS NULL OR e.ended_on >= :today) AND o.starts_on <= :today AND o.ends_on >= :today
                """).param("org", user.organisationId().value()).param("today", SwedishTime.today(clock))
                .query(Long.class).single();
        return List.of(new HeadlineFigure("figure.education.onCourse", onCourse));
    }
}
