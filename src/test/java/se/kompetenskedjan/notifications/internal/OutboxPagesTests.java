package se.kompetenskedjan.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.notifications.Notifications;
import se.kompetenskedjan.support.PageTest;

/**
 * The admins' pages of the outbox, in the demo profile (kk.mail.transport=sink): a sent mail is read in the sink; a
 * dead one is listed with its error and tried again; other roles are refused.
 */
class OutboxPagesTests extends PageTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Notifications notifications;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;

    @Test
    void anAdminReadsWhatTheSinkReceivedAndTriesADeadMessageAgain() throws Exception {
        TestStaff staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser recipient = staff.get(Role.COORDINATOR);
        UUID delivered = enqueue(recipient, "Ny uppgift i Kompetenskedjan", "Du har en ny uppgift.\nÖppna den.");
        UUID dead = enqueue(recipient, "Påminnelse", "Text");
        jdbc.sql("UPDATE outbox_message SET status = 'DEAD', attempts = 6, last_error = 'MailSendException' "
                + "WHERE id = :id").param("id", dead).update();

        dispatcher.dispatch(clock.instant());

        MockHttpSession admin = signIn(staff.get(Role.ADMIN));
        assertThat(page(admin, "/").select(".kk-attention a[href=/admin/utskick]").text())
                .as("the dead message on the admin's start page").isEqualTo("Ett e-postmeddelande kunde inte skickas");
        assertThat(page(admin, "/").select("nav a[href=/admin/utskick]").text()).isEqualTo("Utskick");
        Document sink = page(admin, "/admin/utskick/mottagna");
        assertThat(sink.select(".kk-sink-message h2").eachText()).contains("Ny uppgift i Kompetenskedjan");
        assertThat(sink.select(".kk-sink-message").text()).contains(recipient.username() + "@example.se")
                .contains("Du har en ny uppgift.");
        assertThat(sink.select(".kk-sink-message h2").eachText()).doesNotContain("Påminnelse");
        assertThat(jdbc.sql("SELECT status FROM outbox_message WHERE id = :id").param("id", delivered)
                .query(String.class).single()).isEqualTo("SENT");

        Document deadList = page(admin, "/admin/utskick");
        assertThat(deadList.select("#outbox tbody tr").text()).contains("Påminnelse", recipient.displayName(),
                "MailSendException");
        String retry = "/admin/utskick/" + dead + "/nytt-forsok";
        assertThat(deadList.select("form[action=" + retry + "] button").text()).startsWith("Försök igen");
        MvcResult retried = mvc.perform(post(retry).session(admin).with(csrf())).andReturn();
        assertThat(retried.getResponse().getRedirectedUrl()).isEqualTo("/admin/utskick?status=PENDING");
        Document pending = page(admin, "/admin/utskick?status=PENDING");
        assertThat(pending.select(".govuk-notification-banner").text()).contains("nästa körning");
        assertThat(pending.select("#outbox tbody tr").text()).contains("Påminnelse");
        assertThat(mvc.perform(post(retry).session(admin).with(csrf())).andReturn().getResponse().getStatus())
                .as("no longer dead").isEqualTo(409);

        assertThat(page(admin, "/").select(".kk-attention a[href=/admin/utskick]")).as("none dead now").isEmpty();
        MockHttpSession coordinator = signIn(recipient);
        assertThat(page(coordinator, "/").select("a[href=/admin/utskick]")).isEmpty();
        assertThat(mvc.perform(get("/admin/utskick").session(coordinator)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/admin/utskick/mottagna").session(coordinator)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        TestStaff other = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        assertThat(page(signIn(other.get(Role.ADMIN)), "/admin/utskick/mottagna").text())
                .as("another organisation's admin").doesNotContain(recipient.username() + "@example.se");
    }

    private UUID enqueue(TestUser recipient, String subject, String body) {
        return new TransactionTemplate(transactionManager).execute(s -> notifications.enqueue(recipient.id(), subject,
                body, null)).orElseThrow();
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private MockHttpSession signIn(TestUser user) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(user.username()).password(user.password())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
