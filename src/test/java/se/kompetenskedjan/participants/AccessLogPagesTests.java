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

    @Test
    void minSidaShowsOtherPeoplesReadsAndTheParticipantsOwnVisitsApart() throws Exception {
        UUID amina = amina();
        page(DemoUsers.PARTICIPANT, "/min-sida");
        page(DemoUsers.COORDINATOR, "/deltagare/" + amina);
        String coordinatorName = actorName(DemoUsers.COORDINATOR);
        String ownName = actorName(DemoUsers.PARTICIPANT);

        long ownBefore = ownEntries(amina);
        String html = page(DemoUsers.PARTICIPANT, "/min-sida");
        assertThat(ownEntries(amina)).as("the visit itself is kept in the audit trail").isEqualTo(ownBefore + 1);

        String table = html.substring(html.indexOf("id=\"access-log\""), html.indexOf("</table>", html.indexOf("id=\"access-log\"")));
        assertThat(table).as("other people's reads in the list").contains(coordinatorName)
                .as("not the participant's own").doesNotContain(ownName);
        String own = html.substring(html.indexOf("id=\"own-visits\""), html.indexOf("</details>", html.indexOf("id=\"own-visits\"")));
        assertThat(own).as("own visits counted apart, up to this one").contains("Dina egna besök (" + ownBefore + ")")
                .contains("Senast: ");
        assertThat(html.indexOf("id=\"own-visits\"")).as("below the others").isGreaterThan(html.indexOf("id=\"access-log\""));
    }

    @Test
    void minSidaInTheParticipantsLanguageMarksTheSwedishPurposes() throws Exception {
        try {
            String html = page(DemoUsers.PARTICIPANT, "/min-sida?lang=uk");
            assertThat(html).contains("Ваші власні перегляди (");
            String table = html.substring(html.indexOf("id=\"access-log\""), html.indexOf("</table>", html.indexOf("id=\"access-log\"")));
            // Which purposes the first page shows depends on what other tests did to the demo participant; every
            // row's purpose is Swedish text and must be marked as such.
            String body = table.substring(table.indexOf("<tbody"));
            int rows = body.split("<tr class=\"govuk-table__row\">", -1).length - 1;
            int swedishPurposes = body.split("<td class=\"govuk-table__cell\" lang=\"sv\" dir=\"ltr\">", -1).length - 1;
            assertThat(rows).isPositive();
            assertThat(swedishPurposes).isEqualTo(rows);
        } finally {
            page(DemoUsers.PARTICIPANT, "/min-sida?lang=sv");
        }
    }

    private String actorName(String username) {
        return jdbc.sql("""
                SELECT e.actor_name FROM audit_entry e JOIN user_account u ON u.id = e.actor_id
                 WHERE u.username = :u ORDER BY e.id DESC LIMIT 1""").param("u", username).query(String.class).single();
    }

    private long ownEntries(UUID participant) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_entry e JOIN user_account u ON u.id = e.actor_id
                 WHERE e.participant_id = :p AND u.username = :u""")
                .param("p", participant).param("u", DemoUsers.PARTICIPANT).query(Long.class).single();
    }
}
