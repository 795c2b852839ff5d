package se.kompetenskedjan.participants.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PageTest;

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

    @Test
    void theEditFormOffersTheStatusOnlyWithoutAJourney() throws Exception {
        String hint = HtmlUtils.htmlEscape(messages.getMessage("participant.status.fromJourney", null,
                Locale.forLanguageTag("sv")), "UTF-8");

        String onJourney = page(DemoUsers.COORDINATOR, "/deltagare/" + AMINA + "/andra");
        assertThat(onJourney).doesNotContain("name=\"status\"").contains("id=\"status-from-journey\"").contains(hint);

        String withoutJourney = page(DemoUsers.COORDINATOR, "/deltagare/" + YONAS + "/andra");
        assertThat(withoutJourney).contains("name=\"status\"").doesNotContain("id=\"status-from-journey\"");
    }

    private static UUID demoParticipant(String key) {
        return UUID.nameUUIDFromBytes(("demo:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
