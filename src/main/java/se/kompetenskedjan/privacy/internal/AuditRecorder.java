package se.kompetenskedjan.privacy.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.shared.PersonalDataAccessed;

/**
 * Appends audit entries synchronously inside the caller's transaction: if the entry cannot be written, the read or
 * write it records fails too. Plain SQL, one statement per participant, no entity state to keep.
 */
@Component
class AuditRecorder {

    private final JdbcClient jdbc;

    AuditRecorder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(PersonalDataAccessed event) {
        PersonalDataAccessed.Actor actor = event.actor();
        for (PersonalDataAccessed.Subject subject : event.subjects()) {
            jdbc.sql("""
                    INSERT INTO audit_entry (actor_id, actor_name, actor_organisation_id, actor_organisation_name,
                                             action, participant_id, participant_organisation_id, purpose, detail)
                    VALUES (:actorId, :actorName, :actorOrg, :actorOrgName, :action, :participantId, :participantOrg,
                            :purpose, :detail)
                    """)
                    .param("actorId", actor.userId())
                    .param("actorName", actor.name())
                    .param("actorOrg", actor.organisationId())
                    .param("actorOrgName", actor.organisationName())
                    .param("action", event.action().name())
                    .param("participantId", subject.participantId())
                    .param("participantOrg", subject.participantOrganisationId())
                    .param("purpose", subject.purpose())
                    .param("detail", event.detail())
                    .update();
        }
    }
}
