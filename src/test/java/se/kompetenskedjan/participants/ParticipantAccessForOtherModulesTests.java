package se.kompetenskedjan.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The participants module's access decision and audit, as other modules holding participant data use them. */
@SpringBootTest
@ActiveProfiles("demo")
@Tag("db")
class ParticipantAccessForOtherModulesTests {

    @Autowired
    ParticipantRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    UUID participantOf(String organisationNamePrefix) {
        return jdbc.sql("""
                SELECT p.id FROM participant p JOIN organisation o ON o.id = p.organisation_id
                 WHERE o.name LIKE :prefix ORDER BY p.id LIMIT 1""").param("prefix", organisationNamePrefix + "%")
                .query(UUID.class).single();
    }

    @Test
    @WithUserDetails("koordinator")
    void aCoordinatorMayReadAndEditTheirOwnMunicipalitysParticipantsOnly() {
        UUID own = participantOf("Älvstads kommun – Arbetsmarknad");
        UUID other = participantOf("Bergsjö kommun – Arbetsmarknad");

        ParticipantAccess access = register.requireEdit(own);
        assertThat(access.mayEdit()).isTrue();
        assertThat(access.purpose()).isEqualTo("Handläggning i egen organisation");
        assertThatThrownBy(() -> register.requireRead(other)).isInstanceOf(AccessDeniedException.class);
        assertThat(register.visibleAmong(List.of(own, other))).containsExactly(own);
    }

    @Test
    @WithUserDetails("handledare")
    void aSupervisorReadsButDoesNotEdit() {
        UUID supervised = jdbc.sql("""
                SELECT s.participant_id FROM supervision s JOIN user_account u ON u.id = s.supervisor_id
                 WHERE u.username = 'handledare' AND s.ends_on IS NULL LIMIT 1""").query(UUID.class).single();
        assertThat(register.requireRead(supervised).mayEdit()).isFalse();
        assertThatThrownBy(() -> register.requireEdit(supervised)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("koordinator")
    void anAccessLandsInTheAuditTrailAndABareCheckDoesNot() {
        UUID own = participantOf("Älvstads kommun – Arbetsmarknad");
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
        transactions.executeWithoutResult(status -> {
            register.requireRead(own);
            register.requireEdit(own);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :id AND id > :before")
                .param("id", own).param("before", before).query(Long.class).single())
                .as("requireRead and requireEdit only check").isZero();

        transactions.executeWithoutResult(status -> register.access(own, AccessNeed.READ, "plan"));
        assertThat(jdbc.sql("""
                SELECT action || ' ' || actor_name || ' ' || detail FROM audit_entry
                 WHERE participant_id = :id AND id > :before""")
                .param("id", own).param("before", before).query(String.class).list())
                .singleElement().satisfies(row -> assertThat(row).startsWith("VIEW ").endsWith(" plan"));
    }
}
