package se.kompetenskedjan.participants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.OrganisationId;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.participants.ParticipantCommand;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantView;
import se.kompetenskedjan.shared.ApiProblems;
import se.kompetenskedjan.shared.FormValidation;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The participant form page as a web slice: the controller, the templates, the message bundles, bean validation and
 * the shared page advice, with the participants and identity facades replaced by Mockito stand-ins. What is tested
 * is the page's own job: Swedish rendering, bad input shown again with an error summary (and not saved), a valid form
 * turned into the register's command. The slice runs under Spring Boot's default security (a signed-in user, CSRF on
 * forms); the application's own filter chains and access rules are tested with the whole application (PageTest,
 * AccessMatrixTests), as is the real register.
 */
// The audit ledger's interceptor needs the audit trail's database; whole-application tests cover it.
@WebMvcTest(controllers = ParticipantPageController.class, excludeFilters = @ComponentScan.Filter(
        type = FilterType.REGEX, pattern = "se\\.kompetenskedjan\\.privacy\\.internal\\.AuditFlush"))
@Import({FormValidation.class, ApiProblems.class, ParticipantFormSliceTests.FixedClock.class})
class ParticipantFormSliceTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-03-29T00:30:00Z"), SwedishTime.SWEDEN);
        }
    }

    static final CurrentUser COORDINATOR = new CurrentUser(new UserId(UUID.randomUUID()), "koordinator.slice",
            "Kim Koordinator", new OrganisationId(UUID.randomUUID()), "Testkommunen", false, Role.COORDINATOR, null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ParticipantRegister register;

    @MockitoBean
    IdentityDirectory identity;

    @MockitoBean
    CurrentUsers currentUsers;

    @BeforeEach
    void signedInAsACoordinator() {
        given(currentUsers.current()).willReturn(COORDINATOR);
        given(currentUsers.currentIfAny()).willReturn(Optional.of(COORDINATOR));
        given(identity.usersWithRole(COORDINATOR.organisationId(), Role.COORDINATOR)).willReturn(List.of());
    }

    /** The form as a coordinator fills it in, with some fields changed (key, value, key, value ...). */
    MockHttpServletRequestBuilder submit(String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", "Testa");
        fields.put("lastName", "Testsson");
        fields.put("reserveIdentity", "KK-SLICE-1");
        fields.put("gender", "WOMAN");
        fields.put("birthYear", "1988");
        fields.put("languages", "ar, sv");
        fields.put("swedishLevel", "SFI_C");
        fields.put("educationLevel", "PRIMARY");
        fields.put("referralSource", "MUNICIPAL_LABOUR_MARKET");
        fields.put("incomeSource", "SOCIAL_ASSISTANCE");
        fields.put("status", "MAPPING");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/deltagare").with(user(COORDINATOR.username())).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theNewParticipantFormIsInSwedish() throws Exception {
        String page = mvc.perform(get("/deltagare/ny").with(user(COORDINATOR.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("lang=\"sv\"").contains("Förnamn").contains("name=\"_csrf\"")
                .doesNotContain("govuk-error-summary");
    }

    @Test
    void badInputIsShownAgainWithASwedishErrorSummaryAndNothingIsSaved() throws Exception {
        String page = mvc.perform(submit("firstName", " ", "birthYear", "1800", "email", "inte-en-adress",
                        "postalCode", "12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("Det finns fel i formuläret")
                .contains("Skriv förnamn").contains("Födelseåret ska vara mellan 1900 och 2100")
                .contains("href=\"#firstName\"").contains("href=\"#birthYear\"").contains("href=\"#email\"")
                .contains("href=\"#postalCode\"");
        verify(register, never()).create(any());
    }

    @Test
    void aYearThatIsNotANumberIsABindingErrorNotAServerError() throws Exception {
        String page = mvc.perform(submit("birthYear", "nittonhundra"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("href=\"#birthYear\"")
                .contains("Skriv ett heltal med siffror");
        verify(register, never()).create(any());
    }

    @Test
    void aValidFormBecomesTheRegistersCommandAndLeadsToTheNewParticipant() throws Exception {
        UUID id = UUID.randomUUID();
        given(register.create(any())).willAnswer(invocation -> viewWithId(id));
        mvc.perform(submit("coordinatorId", COORDINATOR.id().value().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/deltagare/" + id));
        ArgumentCaptor<ParticipantCommand> command = ArgumentCaptor.forClass(ParticipantCommand.class);
        verify(register).create(command.capture());
        assertThat(command.getValue().firstName()).isEqualTo("Testa");
        assertThat(command.getValue().languages()).containsExactly("ar", "sv");
        assertThat(command.getValue().birthYear()).isEqualTo(1988);
        assertThat(command.getValue().coordinatorId()).isEqualTo(COORDINATOR.id().value());
    }

    private static ParticipantView viewWithId(UUID id) {
        return new ParticipantView(id, COORDINATOR.organisationId().value(), "Testa", "Testsson", null, "KK-SLICE-1",
                null, null, null, null, null, null, 1988, List.of("ar", "sv"), null, null, null, null, null, false,
                null, false, List.of(), null, COORDINATOR.id().value(), "Kim Koordinator", null, false, null, 0);
    }
}
