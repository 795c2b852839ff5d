package se.kompetenskedjan.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.indicators.ReportScope;

/** One row per report produced (decision 94), in the indicators' own append-only log. */
@Component
class ReportLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void produced(CurrentUser user, ReportScope scope, UUID scopeOrganisation, LocalDate from, LocalDate to,
            LocalDate on, int threshold, int tables) {
        jdbc.sql("""
                INSERT INTO indicators_report_log (produced_at, user_id, user_organisation_id, scope,
                    scope_organisation_id, period_from, period_to, on_day, threshold, tables)
                VALUES (:at, :user, :userOrg, :scope, :scopeOrg, :from, :to, :on, :threshold, :tables)""")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), SwedishTime.SWEDEN))
                .param("user", user.id().value())
                .param("userOrg", user.organisationId().value()).param("scope", scope.name())
                .param("scopeOrg", scopeOrganisation).param("from", from).param("to", to).param("on", on)
                .param("threshold", threshold).param("tables", tables).update();
    }
}
