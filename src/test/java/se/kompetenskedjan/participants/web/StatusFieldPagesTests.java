package se.kompetenskedjan.participants.web;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantView;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.SignedIn;

/**
 * The register's edit form offers the status only while no journey decides it (decision 73): for a participant on a
 * journey it shows the status and says that it follows the journey.
 */
class StatusFieldPagesTests extends PageTest {

    /** Amina (demo participant 1) is on a journey; Yonas (14) is not. */
    private static final UUID AMINA = demoParticipant("participant:01");
    private static final UUID YONAS = demoParticipant("participant:14");

    @Autowired
    MessageSource messages;

    @Autowired
    ParticipantRegister register;

    @Test
    void theEditFormOffersTheStatusOnlyWithoutAJourney() throws Exception {
        String hint = HtmlUtils.htmlEscape(messages.getMessage("participant.status.fromJourney", null,
                Locale.forLanguageTag("sv")), "UTF-8");

        String onJourney = page(DemoUsers.COORDINATOR, "/deltagare/" + AMINA + "/andra");
        assertThat(onJourney).doesNotContain("name=\"status\"").contains("id=\"status-from-journey\"").contains(hint);

        String withoutJourney = page(DemoUsers.COORDINATOR, "/deltagare/" + YONAS + "/andra");
        assertThat(withoutJourney).contains("name=\"status\"").doesNotContain("id=\"status-from-journey\"");
    }

    @Test
    void aStatusPostedForAParticipantOnAJourneyIsRefusedInTheErrorSummaryAndNothingIsSaved() throws Exception {
        ParticipantView before = SignedIn.as(DemoUsers.COORDINATOR, () -> register.get(AMINA));
        assertThat(before.statusFromJourney()).isTrue();
        Map<String, String> fields = new HashMap<>();
        fields.put("firstName", "Ändrad");
        fields.put("lastName", before.lastName());
        fields.put("personnummer", before.personnummer() == null ? "" : before.personnummer());
        fields.put("reserveIdentity", before.reserveIdentity() == null ? "" : before.reserveIdentity());
        fields.put("gender", before.gender().name());
        fields.put("languages", String.join(", ", before.languages()));
        fields.put("swedishLevel", before.swedishLevel().name());
        fields.put("educationLevel", before.educationLevel().name());
        fields.put("referralSource", before.referralSource().name());
        fields.put("incomeSource", before.incomeSource().name());
        fields.put("coordinatorId", before.coordinatorId().toString());
        fields.put("status", before.status().name().equals("DROPPED_OUT") ? "ACTIVE" : "DROPPED_OUT");
        fields.put("version", Long.toString(before.version()));

        String page = mvc.perform(form(post("/deltagare/" + AMINA), DemoUsers.COORDINATOR, fields))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains(HtmlUtils.htmlEscape(messages.getMessage(
                "participant.status.followsJourney", null, Locale.forLanguageTag("sv")), "UTF-8"));
        ParticipantView after = SignedIn.as(DemoUsers.COORDINATOR, () -> register.get(AMINA));
        assertThat(after.firstName()).isEqualTo(before.firstName());
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.version()).isEqualTo(before.version());
    }

    private static UUID demoParticipant(String key) {
        return UUID.nameUUIDFromBytes(("demo:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
