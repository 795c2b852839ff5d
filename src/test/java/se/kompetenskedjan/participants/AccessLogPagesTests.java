package se.kompetenskedjan.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PageTest;

/** The access log pages record their own reading in the audit trail, once per page view. */
class AccessLogPagesTests extends PageTest {

    @Autowired
    JdbcClient jdbc;

    private UUID amina() {
        return jdbc.sql("SELECT participant_id FROM user_account WHERE username = :u").param("u", DemoUsers.PARTICIPANT)
                .query(UUID.class).single();
    }

    private long logReads(UUID participant, String username) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_entry e JOIN user_account u ON u.id = e.actor_id
                 WHERE e.participant_id = :p AND u.username = :u AND e.action = 'VIEW' AND e.detail LIKE '%access log%'""")
                .param("p", participant).param("u", username).query(Long.class).single();
    }

    @Test
    void theLogPageOfAParticipantIsAReadOfTheirData() throws Exception {
        UUID amina = amina();
        long before = logReads(amina, DemoUsers.COORDINATOR);
        assertThat(page(DemoUsers.COORDINATOR, "/deltagare/" + amina + "/logg")).contains("id=\"access-log\"");
        assertThat(logReads(amina, DemoUsers.COORDINATOR)).isEqualTo(before + 1);
        page(DemoUsers.COORDINATOR, "/deltagare/" + amina + "/logg?page=1");
        assertThat(logReads(amina, DemoUsers.COORDINATOR)).isEqualTo(before + 2);
    }

    @Test
    void theParticipantReadingTheirOwnLogOnMyPageIsRecordedToo() throws Exception {
        UUID amina = amina();
        long before = logReads(amina, DemoUsers.PARTICIPANT);
        assertThat(page(DemoUsers.PARTICIPANT, "/min-sida")).contains("id=\"access-log\"");
        assertThat(logReads(amina, DemoUsers.PARTICIPANT)).isEqualTo(before + 1);
    }
}
