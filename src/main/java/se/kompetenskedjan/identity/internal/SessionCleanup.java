package se.kompetenskedjan.identity.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the expired HTTP sessions from PostgreSQL once a minute, on one node (decision 86). Spring Session's own
 * clean-up job, which every node would run, is off (spring.session.jdbc.cleanup-cron "-").
 */
@Component
class SessionCleanup {

    private final JdbcIndexedSessionRepository sessions;

    SessionCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "0 * * * * *")
    @SchedulerLock(name = "identity.sessionCleanup", lockAtLeastFor = "PT30S")
    public void deleteExpiredSessions() {
        sessions.cleanUpExpiredSessions();
    }
}
