package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.ApiResponses.uuid;
import static se.kompetenskedjan.support.CommandShapes.asCommand;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.kompetenskedjan.identity.ExternalWorkplaceCommand;
import se.kompetenskedjan.identity.OrganisationCommand;
import se.kompetenskedjan.identity.UnitCommand;
import se.kompetenskedjan.identity.UserCommand;
import se.kompetenskedjan.matching.CandidateProfileCommand;
import se.kompetenskedjan.participants.ParticipantCommand;
import se.kompetenskedjan.placements.PlacementCommand;
import se.kompetenskedjan.placements.SupervisorCommand;
import se.kompetenskedjan.profiles.LadderCommand;
import se.kompetenskedjan.profiles.ProfileCommand;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.ExternalWorkplaceJson;
import se.kompetenskedjan.support.ParticipantJson;
import se.kompetenskedjan.support.PlacementJson;
import se.kompetenskedjan.support.TaxonomyExports;
import se.kompetenskedjan.support.TestDates;
import se.kompetenskedjan.certificates.internal.CertificateFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who may call what: every endpoint under /api/v1, called as every demo account and anonymously, against the table
 * below. Each cell is its own test case. Write rows send valid bodies, so an allowed call really succeeds (and creates
 * only rows with unique names, or writes back the values it read) and a denied one is refused by the access rules.
 *
 * <p>A new endpoint without a row here fails {@link #everyApiEndpointHasARowInTheMatrix()}.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    static final String ANONYMOUS = "(anonym)";

    /** Column order of the matrix. */
    static final List<String> CALLERS = List.of(ANONYMOUS, DemoUsers.PLATFORM_ADMIN, DemoUsers.ADMIN,
            DemoUsers.COORDINATOR, DemoUsers.OTHER_MUNICIPALITY_COORDINATOR, DemoUsers.EMPLOYER_MANAGER,
            DemoUsers.PRIVATE_EMPLOYER_MANAGER, DemoUsers.SUPERVISOR, DemoUsers.TEACHER, DemoUsers.ANALYST,
            DemoUsers.PARTICIPANT, DemoUsers.EMPLOYMENT_SERVICE_COORDINATOR);

    // Targets (resolved from the demo data in setUp):
    //  [deltagarens]  the participant linked to "deltagare": Älvstad, consent shared with Älvstad care (chef) and the
    //                 SFI school (larare), supervised by "handledare"
    //  [Bergsjö]      Erik Holm, owned by Bergsjö's labour-market administration, shared with nobody
    //  [samtycke]     Lena Karlsson, Älvstad, consent shared with Älvstad care only, no supervision
    //  [Bergsjö→privat] Layla Khalil, Bergsjö, consent shared with Bergsjö care and Omsorgshjälpen (chef.privat)
    //  [fixtur]       a participant this class registers (Älvstad, as "koordinator") with consent shared with
    //                 Älvstad care, the SFI school and Arbetsförmedlingen (the column "af") and a current
    //                 supervision by "handledare": like [deltagarens], so editing it is denied to those who can read
    //                 it but not edit
    //  [Älvstad]      Älvstad's labour-market administration (organisation of admin.alvstad and koordinator)
    //  [Bergsjö org]  Bergsjö's labour-market administration
    //  [Undersköterskor] the SSYK level-3 group 532 of the occupation catalogue
    //  [oförändrade körkort] the bundled driving-licence list uploaded again: an allowed import changes nothing
    //
    // The last column, "af" (af.handlaggare, a coordinator at Arbetsförmedlingen Älvstad), is a consent-sharing
    // non-party: [fixtur] (and the new participant of the waiver row) share their data with Arbetsförmedlingen by
    // consent, but Arbetsförmedlingen is not responsible for them, did not make the proposals of the proposal rows and
    // hosts no place. Reading through the consent is allowed; changing a proposal or placement, or waiving a
    // requirement, needs the role of a party (403). Proposing [fixtur] itself is allowed (the consent shares it with
    // the employer; so is confirming an allocation, which proposes): the proposer's organisation is then a party to
    // that proposal. Other modules' writes that add to the participant's record rather than change a placement are
    // allowed through the consent as they are for the other readers: mapping levels, a language or work-ability
    // assessment by the caller as assessor, and registering interest in a place.
    static final Object[][] MATRIX = {
        // endpoint                                                                anon admin a.alv koord k.ber chef c.priv handl larare analyt deltag af
        {"GET /api/v1/me",                                                          401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/start",                                                       401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/organisations",                                               401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/organisations/{id} [Älvstad]",                                401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/organisations",                                              401, 201,  403,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"PUT /api/v1/organisations/{id} [Älvstad]",                                401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"PUT /api/v1/organisations/{id} [Bergsjö org]",                            401, 200,  403,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/organisations/{id}/units [Älvstad]",                          401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/organisations/{id}/units [Älvstad]",                         401, 201,  201,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/units/{id} [Fastighetsservice Älvstad]",                      401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"PUT /api/v1/units/{id} [fixturenhet i Älvstad]",                          401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/organisations/{id}/users [Älvstad]",                          401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/organisations/{id}/users [Bergsjö org]",                      401, 200,  403,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/users [i Älvstad]",                                          401, 201,  201,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/users/{id} [koordinator]",                                    401, 200,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"PUT /api/v1/users/{id} [fixturanvändare i Älvstad]",                      401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"PUT /api/v1/users/{id}/oidc-subject [fixturanvändare i Älvstad]",         401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"PUT /api/v1/users/{id}/oidc-subject [koordinator.bergsjo]",               401, 200,  403,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"DELETE /api/v1/users/{id}/oidc-subject [fixturanvändare i Älvstad]",      401, 204,  204,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        // Everyone with a password changes their own (here to the same one; their other sessions end). Admins of the
        // user's organisation, and the platform's, set a new password and end a user's sessions.
        {"POST /api/v1/me/password [samma lösenord]",                               401, 204,  204,  204,  204,  204,  204,  204,  204,   204,   204,  204},
        {"POST /api/v1/users/{id}/password [fixturanvändare i Älvstad]",            401, 204,  204,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/users/{id}/sessions/end [fixturanvändare i Älvstad]",        401, 204,  204,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/users/{id}/sessions/end [koordinator.bergsjo]",              401, 204,  403,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/participants",                                                401, 200,  200,  200,  200,  200,  200,  200,  200,   403,   200,  200},
        {"POST /api/v1/participants",                                               401, 201,  201,  201,  201,  403,  403,  403,  403,   403,   403,  201},
        {"GET /api/v1/participants/{id} [deltagarens]",                             401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"GET /api/v1/participants/{id} [Bergsjö]",                                 401, 403,  403,  403,  200,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/participants/{id} [samtycke]",                                401, 403,  200,  200,  403,  200,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/participants/{id} [Bergsjö→privat]",                          401, 403,  403,  403,  200,  403,  200,  403,  403,   403,   403,  403},
        {"PUT /api/v1/participants/{id} [fixtur]",                                  401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"PUT /api/v1/participants/{id} [deltagarens]",                             401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/participants/{id}/consents [deltagarens]",                    401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"GET /api/v1/participants/{id}/consents [Bergsjö]",                        401, 403,  403,  403,  200,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/participants/{id}/consents [fixtur]",                        401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/participants/{id}/consents/{consentId}/withdrawal [fixtur]", 401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/participants/{id}/supervisions [deltagarens]",                401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"GET /api/v1/participants/{id}/supervisions [Bergsjö]",                    401, 403,  403,  403,  200,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/participants/{id}/supervisions [fixtur]",                    401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/participants/{id}/access-log [deltagarens]",                  401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"GET /api/v1/participants/{id}/access-log [Bergsjö]",                      401, 403,  403,  403,  200,  403,  403,  403,  403,   403,   403,  403},
        // Hand-overs (issue 13, item 5): a new participant sharing with Arbetsförmedlingen ("af") by consent each call;
        // the responsible organisation's editors propose and withdraw, the receiver's coordinators and admins answer
        // (to other organisations' a hand-over is not there: 404), other roles are refused (403).
        {"GET /api/v1/participants/{id}/handovers [deltagarens]",                   401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"GET /api/v1/handovers/incoming",                                          401, 200,  200,  200,  200,  403,  403,  403,  403,   403,   403,  200},
        {"GET /api/v1/handovers/outgoing",                                          401, 200,  200,  200,  200,  403,  403,  403,  403,   403,   403,  200},
        {"POST /api/v1/participants/{id}/handovers [ny deltagare→af]",              401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/handovers/{id}/acceptance [ny deltagare→af]",                401, 404,  404,  404,  404,  403,  403,  403,  403,   403,   403,  200},
        {"POST /api/v1/handovers/{id}/decline [ny deltagare→af]",                   401, 404,  404,  404,  404,  403,  403,  403,  403,   403,   403,  200},
        {"POST /api/v1/handovers/{id}/withdrawal [ny deltagare→af]",                401, 404,  200,  200,  404,  403,  403,  403,  403,   403,   403,  404},
        {"GET /api/v1/audit-entries",                                               401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        // plans: journeys, mapping, gaps, individual plans ([fixturkedja]: a ladder koordinator copied from a template)
        {"GET /api/v1/participants/{id}/journeys [deltagarens]",                   401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"POST /api/v1/participants/{id}/journeys [ny deltagare]",                 401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/participants/{id}/journeys/{journeyId}/events [ny deltagare]", 401, 403, 200, 200,  403,  403,  403,  403,  403,   403,   403,  403},
        // outcomes 90 and 180 days after exit (decision 100): read like the journeys, recorded by those who may
        // change the participant ([ny deltagare, avslutad]: a journey koordinator ended 200 days ago in the call)
        {"GET /api/v1/participants/{id}/follow-ups [deltagarens]",                 401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"POST /api/v1/participants/{id}/journeys/{journeyId}/follow-ups [ny deltagare, avslutad]",
                                                                                    401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/ladders/{ladderId}/steps/{stepId}/participants [fixturkedja]", 401, 200, 200, 200,  200,  200,  200,  200,  200,   403,   200,  200},
        {"GET /api/v1/participants/{id}/mapping [deltagarens]",                    401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"POST /api/v1/participants/{id}/mapping [fixtur]",                        401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   403,  200},
        {"GET /api/v1/participants/{id}/gaps [deltagarens]",                       401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"GET /api/v1/participants/{id}/plans [deltagarens]",                      401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"POST /api/v1/participants/{id}/plans [fixtur]",                          401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403,  403},
        {"PUT /api/v1/participants/{id}/plans/{planId} [fixtur]",                  401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/participants/{id}/plans/{planId}/revisions/{revision} [fixtur]", 401, 403, 200, 200, 403, 200,  403,  200,  200,   403,   403,  200},
        {"POST /api/v1/participants/{id}/plans/{planId}/revisions/{revision}/agreement [fixtur]", 401, 403, 200, 200, 403, 403, 403, 403, 403, 403, 403,  403},
        {"GET /api/v1/taxonomy/concepts",                                           401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/taxonomy/concepts/{id} [Undersköterskor]",                    401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/taxonomy/concepts/{id}/children [Undersköterskor]",           401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/taxonomy/imports [oförändrade körkort]",                     401, 200,  403,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/taxonomy/imports",                                            401, 200,  403,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        // Profiles and ladders are not personal data: everyone signed in reads what is published; the owning
        // organisation's admins, coordinators and employer managers write; platform templates: the host's admins.
        //  [Älvstad omsorg]  owned by Älvstad's elder-care administration (chef, handledare)
        //  [Älvstad AF]      owned by Älvstad's labour-market administration (admin.alvstad, koordinator, deltagare)
        // endpoint                                                                anon admin a.alv koord k.ber chef c.priv handl larare analyt deltag af
        {"GET /api/v1/profiles",                                                    401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/profiles",                                                   401, 201,  201,  201,  201,  201,  201,  403,  403,   403,   403,  201},
        {"POST /api/v1/profiles [mall]",                                            401, 201,  403,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/profiles/{profileId} [publicerad, Älvstad omsorg]",           401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/profiles/{profileId}/versions [Älvstad omsorg]",              401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/profiles/{profileId}/versions [Älvstad omsorg]",             401, 403,  403,  403,  403,  201,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/profiles/versions/{versionId} [publicerad]",                  401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/profiles/versions/{versionId} [utkast, Älvstad omsorg]",      401, 403,  403,  403,  403,  200,  403,  200,  403,   403,   403,  403},
        {"PUT /api/v1/profiles/versions/{versionId} [utkast, Älvstad omsorg]",      401, 403,  403,  403,  403,  200,  403,  403,  403,   403,   403,  403},
        {"PUT /api/v1/profiles/versions/{versionId} [utkast, Älvstad AF]",          401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"DELETE /api/v1/profiles/versions/{versionId} [utkast, Älvstad omsorg]",   401, 403,  403,  403,  403,  204,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/profiles/versions/{versionId}/publication [Älvstad omsorg]", 401, 403,  403,  403,  403,  200,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/profiles/versions/{versionId}/retirement [Älvstad omsorg]",  401, 403,  403,  403,  403,  200,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/ladders",                                                     401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/ladders",                                                    401, 201,  201,  201,  201,  201,  201,  403,  403,   403,   403,  201},
        {"POST /api/v1/ladders [mall]",                                             401, 201,  403,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/ladders/{id} [Älvstad omsorg]",                               401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"PUT /api/v1/ladders/{id} [Älvstad omsorg]",                               401, 403,  403,  403,  403,  200,  403,  403,  403,   403,   403,  403},
        {"PUT /api/v1/ladders/{id} [Älvstad AF]",                                   401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/ladder-templates",                                            401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/ladder-templates/{id}/copies",                               401, 201,  201,  201,  201,  201,  201,  403,  403,   403,   403,  201},
        // Translations of what participants read (issue 13, item 7): the document's own rule decides. A ladder's coverage
        // is read by everyone signed in and translated by its editors; a plan's follows the rules of the plan.
        {"GET /api/v1/translations/languages",                                      401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/translations/{kind}/{id} [Älvstad omsorg]",                   401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/translations/{kind}/{id}/{language} [Älvstad omsorg, ar]",    401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"PUT /api/v1/translations/{kind}/{id}/{language} [Älvstad omsorg, ar]",    401, 403,  403,  403,  403,  200,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/translations/{kind}/{id} [fixturplan]",                       401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   403,  200},
        {"PUT /api/v1/translations/{kind}/{id}/{language} [fixturplan, uk]",        401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        // Check-in batteries (issue 14, item 1) are not personal data: staff read the platform's and their own
        // organisation's; an organisation's admins and coordinators write its own, the platform's admins the platform's.
        //  [standard, deltagare]  the default weekly set for participants (a platform battery)
        {"GET /api/v1/checkin-batteries",                                           401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   403,  200},
        {"GET /api/v1/checkin-batteries/{id} [standard, deltagare]",                401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   403,  200},
        {"GET /api/v1/checkin-batteries/{id}/versions/{version} [standard, deltagare, 1]", 401, 200, 200, 200, 200, 200, 200, 200, 200,  200,   403,  200},
        {"POST /api/v1/checkin-batteries [i min organisation]",                     401, 201,  201,  201,  201,  403,  403,  403,  403,   403,   403,  201},
        {"PUT /api/v1/checkin-batteries/{id} [standard, deltagare]",                401, 200,  403,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        // The place bank and the supervisor inventory are not personal data. Places: the owning organisation's staff
        // see all of theirs (drafts too), others the places shared with them that are not drafts, participants only
        // open ones; not visible: 404. Its admins, employer managers and coordinators change them.
        //  [öppen]        an open place of Älvstad elder care (chef) shared with the region, with [fixturhandledare]
        //  [utkast]       a draft place of Älvstad elder care
        //  [ny öppen plats] a place chef creates and opens inside the call, so each allowed interest is a new one
        //  [Hemtjänst Norr] a unit of Älvstad elder care: a body naming it is "not your unit" (400) to those whose
        //                 role may create but whose organisation is another
        //  [fixturhandledare] a supervisor this class adds at Hemtjänst Norr
        // endpoint                                                                anon admin a.alv koord k.ber chef c.priv handl larare analyt deltag af
        {"GET /api/v1/placements",                                                  401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/placements [Hemtjänst Norr]",                                401, 400,  400,  400,  400,  201,  400,  403,  403,   403,   403,  400},
        {"GET /api/v1/placements/{id} [öppen]",                                     401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/placements/{id} [utkast]",                                    401, 404,  404,  404,  404,  200,  404,  200,  404,   404,   404,  404},
        {"PUT /api/v1/placements/{id} [öppen]",                                     401, 403,  403,  403,  403,  200,  403,  403,  403,   403,   403,  403},
        {"PUT /api/v1/placements/{id} [utkast]",                                    401, 404,  404,  404,  404,  200,  404,  403,  404,   404,   404,  404},
        {"POST /api/v1/placements/{id}/status [öppen]",                             401, 403,  403,  403,  403,  200,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/placements/{id}/interests [ny öppen plats, deltagarens]",    401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   201,  403},
        // A participant registers interest only for themself: naming another participant is refused.
        {"POST /api/v1/placements/{id}/interests [ny öppen plats, fixtur]",         401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403,  201},
        {"GET /api/v1/placements/{id}/interests [öppen]",                           401, 200,  200,  200,  200,  200,  200,  200,  200,   403,   403,  200},
        {"GET /api/v1/participants/{id}/placement-interests [deltagarens]",         401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"GET /api/v1/placements/{id}/quality-notes [öppen]",                       401, 403,  403,  200,  200,  403,  403,  403,  403,   403,   403,  200},
        {"POST /api/v1/placements/{id}/quality-notes [öppen]",                      401, 403,  403,  201,  201,  403,  403,  403,  403,   403,   403,  201},
        {"GET /api/v1/supervisors",                                                 401, 200,  200,  200,  200,  200,  200,  200,  200,   403,   403,  200},
        {"POST /api/v1/supervisors [Hemtjänst Norr]",                               401, 400,  400,  400,  400,  201,  400,  403,  403,   403,   403,  400},
        {"GET /api/v1/supervisors/{id} [fixturhandledare]",                         401, 404,  404,  404,  404,  200,  404,  200,  404,   403,   403,  404},
        {"PUT /api/v1/supervisors/{id} [fixturhandledare]",                         401, 404,  404,  404,  404,  200,  404,  403,  404,   403,   403,  404},
        {"GET /api/v1/supervision-report",                                          401, 200,  200,  200,  200,  200,  200,  200,  200,   403,   403,  200},
        {"PUT /api/v1/units/{id}/staffing [Hemtjänst Norr]",                        401, 403,  403,  403,  403,  204,  403,  403,  403,   403,   403,  403},
        // Proposals are personal data: every call needs read access to the participant first (as GET
        // /participants/{id}). Writes act on a fresh proposal to [arbetsplats] in the state the step needs, made
        // inside the call by koordinator and chef after closing the one the previous call left. Changing a proposal
        // needs the role of a party to it (Selections): seeing the participant through a consent is not enough.
        //  [fixtur]       [fixtur]'s proposal; reads: the one to [öppen] made in setUp, writes: a fresh one to [arbetsplats]
        //  [deltagarens]  the same for the participant linked to "deltagare"
        //  [arbetsplats]  a second open place of Älvstad elder care shared with the region, with [fixturhandledare]
        // endpoint                                                                anon admin a.alv koord k.ber chef c.priv handl larare analyt deltag af
        {"POST /api/v1/proposals [fixtur]",                                         401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403,  201},
        {"GET /api/v1/proposals/{id} [fixtur]",                                     401, 403,  200,  200,  403,  200,  403,  200,  403,   403,   403,  200},
        {"GET /api/v1/proposals/{id} [deltagarens]",                                401, 403,  200,  200,  403,  200,  403,  200,  403,   403,   200,  403},
        // What the caller may do with the proposal now, by the rule its changes are checked with: read like the proposal.
        {"GET /api/v1/proposals/{id}/actions [fixtur]",                             401, 403,  200,  200,  403,  200,  403,  200,  403,   403,   403,  200},
        {"GET /api/v1/proposals/{id}/actions [deltagarens]",                        401, 403,  200,  200,  403,  200,  403,  200,  403,   403,   200,  403},
        // k.ber stands in for the employer at Bergsjö's demo workplace without an account, so has an inbox too.
        {"GET /api/v1/proposals",                                                   401, 200,  200,  403,  200,  200,  200,  200,  403,   403,   403,  403},
        {"GET /api/v1/placements/{id}/proposals [öppen]",                           401, 200,  200,  200,  200,  200,  200,  200,  200,   403,   403,  200},
        {"GET /api/v1/participants/{id}/proposals [deltagarens]",                   401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"POST /api/v1/proposals/{id}/review [fixtur]",                             401, 403,  403,  403,  403,  200,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/proposals/{id}/start [fixtur]",                              401, 403,  200,  200,  403,  200,  403,  403,  403,   403,   403,  403},
        {"PUT /api/v1/proposals/{id}/agreement [fixtur]",                           401, 403,  200,  200,  403,  200,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/proposals/{id}/approvals [fixtur, deltagaren]",              401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/proposals/{id}/approvals [deltagarens, deltagaren]",         401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   200,  403},
        {"POST /api/v1/proposals/{id}/approvals [fixtur, arbetsgivaren]",           401, 403,  403,  403,  403,  200,  403,  200,  403,   403,   403,  403},
        {"POST /api/v1/proposals/{id}/approvals [fixtur, koordinatorn]",            401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/proposals/{id}/activate [fixtur]",                           401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/proposals/{id}/end [fixtur]",                                401, 403,  200,  200,  403,  200,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/proposals/{id}/withdraw [fixtur]",                           401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        // Matching: coordinators, admins and employer managers; on a participant also read access to them. Waiving a
        // requirement: coordinators and admins who may edit the participant.
        // endpoint                                                                anon admin a.alv koord k.ber chef c.priv handl larare analyt deltag af
        {"GET /api/v1/participants/{id}/placement-matches [fixtur]",                401, 403,  200,  200,  403,  200,  403,  403,  403,   403,   403,  200},
        {"GET /api/v1/participants/{id}/placement-matches/{placementId} [fixtur, öppen]", 401, 403, 200, 200, 403, 200, 403, 403,  403,   403,   403,  200},
        {"GET /api/v1/placements/{id}/candidate-matches [öppen]",                   401, 200,  200,  200,  200,  200,  200,  403,  403,   403,   403,  200},
        {"POST /api/v1/allocations [fixtur, öppen]",                                401, 200,  200,  200,  200,  200,  200,  403,  403,   403,   403,  200},
        {"POST /api/v1/allocations/confirmations [fixtur, arbetsplats]",            401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403,  201},
        {"GET /api/v1/participants/{id}/waivers [fixtur]",                          401, 403,  200,  200,  403,  200,  403,  403,  403,   403,   403,  200},
        {"POST /api/v1/participants/{id}/waivers [ny deltagare]",                   401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403,  403},
        // Validation, progression: a participant's matrix follows the participant read rule; the cohort matrix and its
        // exports are for staff (not analysts, not participants), with rows only for participants the caller may see.
        // endpoint                                                                anon admin a.alv koord k.ber chef c.priv handl larare analyt deltag af
        {"GET /api/v1/participants/{id}/progression [deltagarens]",                 401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"GET /api/v1/participants/{id}/progression [Bergsjö]",                     401, 403,  403,  403,  200,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/progression/matrix",                                          401, 200,  200,  200,  200,  200,  200,  200,  200,   403,   403,  200},
        {"GET /api/v1/progression/matrix.xlsx",                                     401, 200,  200,  200,  200,  200,  200,  200,  200,   403,   403,  200},
        {"GET /api/v1/progression/matrix.csv",                                      401, 200,  200,  200,  200,  200,  200,  200,  200,   403,   403,  200},
        {"GET /api/v1/participants/{id}/candidate-profile [deltagarens]",           401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"PUT /api/v1/participants/{id}/candidate-profile [fixtur]",                401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        // Language validation and work-ability assessments (validation module). The catalogue and the forms are not
        // personal data; assessments are (read access to the participant first). Only the assessor changes or signs.
        //  [fixtur, utkast]  a draft koordinator made in setUp; [nytt utkast] one koordinator makes inside the call
        //  [standard]        the platform's default work-ability form; [Älvstad AF] a form koordinator made in setUp
        // endpoint                                                                anon admin a.alv koord k.ber chef c.priv handl larare analyt deltag af
        {"GET /api/v1/language/can-do-statements",                                  401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/participants/{id}/language-assessments [deltagarens]",        401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"POST /api/v1/participants/{id}/language-assessments [fixtur]",            401, 403,  201,  201,  403,  403,  403,  201,  201,   403,   403,  201},
        {"GET /api/v1/language-assessments/{id} [fixtur, utkast]",                  401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   403,  200},
        {"PUT /api/v1/language-assessments/{id} [fixtur, utkast]",                  401, 403,  403,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/language-assessments/{id}/sign [fixtur, nytt utkast]",       401, 403,  403,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/participants/{id}/language-progress [deltagarens]",           401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"POST /api/v1/participants/{id}/language-progress/swedish-level [fixtur]", 401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/work-ability-forms",                                          401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   403,  200},
        {"POST /api/v1/work-ability-forms",                                         401, 201,  201,  201,  201,  403,  403,  403,  403,   403,   403,  201},
        {"GET /api/v1/work-ability-forms/{id} [standard]",                          401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   403,  200},
        {"PUT /api/v1/work-ability-forms/{id} [Älvstad AF]",                        401, 403,  200,  200,  404,  404,  404,  404,  404,   404,   403,  404},
        {"GET /api/v1/work-ability-form-versions/{versionId} [standard]",           401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   403,  200},
        {"GET /api/v1/participants/{id}/work-ability-assessments [deltagarens]",    401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"POST /api/v1/participants/{id}/work-ability-assessments [fixtur]",        401, 403,  201,  201,  403,  403,  403,  201,  403,   403,   403,  201},
        {"GET /api/v1/work-ability-assessments/{id} [fixtur, utkast]",              401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   403,  200},
        {"PUT /api/v1/work-ability-assessments/{id} [fixtur, utkast]",              401, 403,  403,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/work-ability-assessments/{id}/sign [fixtur, nytt utkast]",   401, 403,  403,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/work-ability-assessments/{id}/report [fixtur, signerad]",     401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   403,  200},
        {"GET /api/v1/work-ability-assessments/{id}/report.pdf [fixtur, signerad]", 401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   403,  200},
        // Certificates (validation) are personal data: reads need read access to the participant (as GET
        // /participants/{id}); coordinators and admins who may edit the participant issue, and so does the employer
        // manager of the placement's organisation; only the issuing organisation revokes. Verification, the status
        // and the issuers' profiles and keys are public.
        //  [deltagarens]  a checklist on [öppen] with a signed supervisor assessment of the participant linked to
        //                 "deltagare"; reads: a certificate koordinator issued in setUp; revoke: a fresh one
        //                 koordinator issues inside the call
        // endpoint                                                                anon admin a.alv koord k.ber chef c.priv handl larare analyt deltag af
        {"POST /api/v1/participants/{id}/certificates [deltagarens]",               401, 403,  201,  201,  403,  201,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/participants/{id}/certificates [deltagarens]",                401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"GET /api/v1/certificates/{id} [deltagarens]",                             401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"GET /api/v1/certificates/{id}.pdf [deltagarens]",                         401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"GET /api/v1/certificates/{id}/credential [deltagarens]",                  401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"POST /api/v1/certificates/{id}/revoke [deltagarens]",                     401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/certificates/{id}/status [deltagarens]",                      200, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/certificates/verify [deltagarens]",                          200, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/issuers/{orgId} [Älvstad]",                                   200, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/issuers/{orgId}/jwks.json [Älvstad]",                         200, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        // The organisation's own admins and the platform admins list and rotate its signing keys (a routine rotation:
        // Älvstad's certificates keep verifying).
        {"GET /api/v1/issuers/{orgId}/keys [Älvstad]",                              401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/issuers/{orgId}/keys/rotate [Älvstad, rutinbyte]",           401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        // Validation: checklist templates are not personal data (staff read them; the owning organisation's admins,
        // coordinators and employer managers write; platform templates: the host's admins). A placement's checklists
        // are read by staff who see the place and by participants placed there; tailored by the place's organisation,
        // its supervisors and coordinators whose participants are placed there. Assessments are personal data.
        //  [språkpraktik] the demo language internship of Älvstad elder care (handledare supervises; Yonas and
        //                 [deltagarens] are placed there); [fixturlista] a checklist chef makes there in setUp
        //  [Älvstad omsorg] a template chef makes in setUp
        //  [utkast] a fresh draft by handledare of [deltagarens] on [fixturlista], made inside the call
        // endpoint                                                                anon admin a.alv koord k.ber chef c.priv handl larare analyt deltag af
        {"GET /api/v1/checklist-templates",                                         401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   403,  200},
        {"POST /api/v1/checklist-templates [egen organisation]",                    401, 201,  201,  201,  201,  201,  201,  403,  403,   403,   403,  201},
        {"POST /api/v1/checklist-templates [plattform]",                            401, 201,  403,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/checklist-templates/{id} [plattform]",                        401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   403,  200},
        {"PUT /api/v1/checklist-templates/{id} [Älvstad omsorg]",                   401, 403,  403,  403,  403,  200,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/placements/{id}/checklists [språkpraktik]",                   401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/placements/{id}/checklists [språkpraktik]",                  401, 403,  403,  201,  403,  201,  403,  201,  403,   403,   403,  403},
        {"GET /api/v1/checklists/{id} [fixturlista]",                               401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"PUT /api/v1/checklists/{id}/title [fixturlista]",                         401, 403,  403,  200,  403,  200,  403,  200,  403,   403,   403,  403},
        {"POST /api/v1/checklists/{id}/items [fixturlista]",                        401, 403,  403,  201,  403,  201,  403,  201,  403,   403,   403,  403},
        {"PUT /api/v1/checklists/{id}/items/{itemId} [fixturlista]",                401, 403,  403,  200,  403,  200,  403,  200,  403,   403,   403,  403},
        {"POST /api/v1/checklists/{id}/items/{itemId}/position [fixturlista]",      401, 403,  403,  200,  403,  200,  403,  200,  403,   403,   403,  403},
        {"POST /api/v1/checklists/{id}/items/{itemId}/removal [fixturlista, ny punkt]", 401, 403, 403, 200, 403, 200,  403,  200,  403,   403,   403,  403},
        {"GET /api/v1/checklists/{id}/changes [fixturlista]",                       401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/participants/{id}/checklists [deltagarens]",                  401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"GET /api/v1/participants/{id}/assessments [deltagarens]",                 401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        // Supervisors of the place who supervise the participant, coordinators who may edit them, and the
        // participant themself (a self-assessment) assess.
        {"POST /api/v1/assessments [deltagarens, fixturlista]",                     401, 403,  403,  201,  403,  403,  403,  201,  403,   403,   201,  403},
        {"GET /api/v1/assessments/{id} [deltagarens, signerad]",                    401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"PUT /api/v1/assessments/{id} [utkast]",                                   401, 403,  403,  403,  403,  403,  403,  200,  403,   403,   403,  403},
        {"POST /api/v1/assessments/{id}/signature [utkast]",                        401, 403,  403,  403,  403,  403,  403,  200,  403,   403,   403,  403},
        {"POST /api/v1/assessments/{id}/evidence [utkast]",                         401, 403,  403,  403,  403,  403,  403,  201,  403,   403,   403,  403},
        {"POST /api/v1/assessments/{id}/evidence/files [utkast]",                   401, 403,  403,  403,  403,  403,  403,  201,  403,   403,   403,  403},
        // Another assessor's draft is not shown to the participant (404).
        {"GET /api/v1/assessments/{id}/evidence/{evidenceId}/file [utkast med fil]", 401, 403, 200,  200,  403,  200,  403,  200,  200,   403,   404,  403},
        // Workplaces without an account: coordinators and admins of a municipality register them; the managing
        // municipality (k.ber for the demo's Bergsjö Lanthandel) reads and changes one, the platform's admin reads
        // all; the admins of the managing municipality and of the platform hand one over to the employer.
        {"GET /api/v1/external-workplaces",                                         401, 200,  200,  200,  200,  403,  403,  403,  403,   403,   403,  200},
        {"POST /api/v1/external-workplaces [ny, lämnas över direkt]",               401, 403,  201,  201,  201,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/external-workplaces/{id} [Bergsjö Lanthandel]",               401, 200,  403,  403,  200,  403,  403,  403,  403,   403,   403,  403},
        {"PUT /api/v1/external-workplaces/{id} [Bergsjö Lanthandel]",               401, 403,  403,  403,  200,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/external-workplaces/{id}/take-over [ny i Bergsjö]",          401, 200,  403,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        // Participant accounts: those who may change the participant (its organisation's coordinators and admins)
        // see the account and invite; readers through consent or supervision do not.
        {"GET /api/v1/participants/{id}/account [fixtur]",                          401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/participants/{id}/invitations [fixtur]",                     401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/participants/{id}/invitations/resend [fixtur]",              401, 403,  201,  201,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/participants/{id}/invitations/revocation [fixtur]",          401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        // The caseload: a coordinator's own (an admin names the coordinator, so without one: 400), the counts per
        // coordinator for admins, saved filters of one's own.
        {"GET /api/v1/caseload",                                                    401, 400,  400,  200,  200,  403,  403,  403,  403,   403,   403,  200},
        {"GET /api/v1/caseload/coordinators",                                       401, 200,  200,  403,  403,  403,  403,  403,  403,   403,   403,  403},
        // Indicators (decision 93): protected figures of the own organisation for admins, coordinators, employer
        // managers and analysts; the region for the platform host's analysts and admins. Nothing for the rest.
        {"GET /api/v1/indicators [egen organisation]",                              401, 200,  200,  200,  200,  200,  200,  403,  403,   200,   403,  200},
        {"GET /api/v1/indicators [regionen]",                                       401, 200,  403,  403,  403,  403,  403,  403,  403,   200,   403,  403},
        // Downloads of the report (decision 101): the report's rule; the flow of a ladder: the region's for those
        // who see the region, the own organisation's when its journeys use the ladder (an unknown one: 404).
        {"GET /api/v1/indicators/report.xlsx",                                      401, 200,  200,  200,  200,  200,  200,  403,  403,   200,   403,  200},
        {"GET /api/v1/indicators/report.pdf",                                       401, 200,  200,  200,  200,  200,  200,  403,  403,   200,   403,  200},
        {"GET /api/v1/indicators/report.zip",                                       401, 200,  200,  200,  200,  200,  200,  403,  403,   200,   403,  200},
        {"GET /api/v1/indicators/flow [regionen, en kedja med resor]",              401, 200,  403,  403,  403,  403,  403,  403,  403,   200,   403,  403},
        {"GET /api/v1/indicators/flow [egen organisation, okänd kedja]",            401, 404,  404,  404,  404,  404,  404,  403,  403,   404,   403,  404},
        {"GET /api/v1/caseload/filters",                                            401, 200,  200,  200,  200,  403,  403,  403,  403,   403,   403,  200},
        {"POST /api/v1/caseload/filters [nytt namn]",                               401, 201,  201,  201,  201,  403,  403,  403,  403,   403,   403,  201},
        {"DELETE /api/v1/caseload/filters/{id} [finns inte]",                       401, 404,  404,  404,  404,  403,  403,  403,  403,   403,   403,  404},
        // Tasks (issue 14): everyone signed in has a list of their own; staff open tasks in their organisation (each
        // caller here for themself), participants do not. A task is read and done by its owner, its creator and the
        // coordinators and admins of its organisation (others: 404); one about a participant also needs the right to
        // read the participant. A participant's tasks follow the participant read rule.
        //  [koordinatorns, om fixtur]  koordinator's own task about [fixtur]; [ny, koordinatorns] a new one per call
        // endpoint                                                                anon admin a.alv koord k.ber chef c.priv handl larare analyt deltag af
        {"GET /api/v1/tasks",                                                       401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/tasks [åt sig själv]",                                       401, 201,  201,  201,  201,  201,  201,  201,  201,   201,   403,  201},
        {"GET /api/v1/tasks/{id} [koordinatorns, om fixtur]",                       401, 404,  200,  200,  404,  404,  404,  404,  404,   404,   404,  404},
        {"POST /api/v1/tasks/{id}/completion [ny, koordinatorns]",                  401, 404,  200,  200,  404,  404,  404,  404,  404,   404,   404,  404},
        {"GET /api/v1/participants/{id}/tasks [deltagarens]",                       401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        // Education (issue 14, item 6). Courses, occasions and sessions are a catalogue everyone signed in reads; the
        // provider's admins and teachers plan them (larare is the SFI school's only account). Enrolling and ending
        // need the right to change the participant; the group, attendance, results and the CSV files are for the
        // occasion's teachers; a participant's enrolments for those who read the participant.
        //  [SFI-kurs]          a course larare creates in setUp; [fixturtillfälle] its occasion, taught by larare,
        //                      every day from a week ago, with [fixtur] enrolled ([fixturanmälan]) from a week ago
        //  [ny lektion]        a session of a new one-day occasion, so each allowed cancellation has its own
        //  [ny deltagare]      a new participant of Älvstad sharing with the SFI school; [ny anmälan] one enrolled
        // endpoint                                                                anon admin a.alv koord k.ber chef c.priv handl larare analyt deltag af
        {"GET /api/v1/education/courses",                                           401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/education/courses [i min organisation]",                     401, 201,  201,  403,  403,  403,  403,  403,  201,   403,   403,  403},
        {"GET /api/v1/education/courses/{id} [SFI-kurs]",                           401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/education/courses/{id}/occasions [SFI-kurs]",                 401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/education/courses/{id}/occasions [SFI-kurs]",                401, 403,  403,  403,  403,  403,  403,  403,  201,   403,   403,  403},
        {"GET /api/v1/education/occasions/{id} [fixturtillfälle]",                  401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"GET /api/v1/education/occasions/{id}/sessions [fixturtillfälle]",         401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/education/sessions/{id}/cancellation [ny lektion]",          401, 403,  403,  403,  403,  403,  403,  403,  200,   403,   403,  403},
        {"GET /api/v1/education/my-groups",                                         401, 403,  403,  403,  403,  403,  403,  403,  200,   403,   403,  403},
        {"GET /api/v1/education/my-groups/today",                                   401, 403,  403,  403,  403,  403,  403,  403,  200,   403,   403,  403},
        {"POST /api/v1/education/occasions/{id}/enrolments [fixturtillfälle, ny deltagare]", 401, 403, 201, 201, 403, 403, 403, 403, 403,  403,   403,  403},
        {"GET /api/v1/education/occasions/{id}/enrolments [fixturtillfälle]",       401, 403,  403,  403,  403,  403,  403,  403,  200,   403,   403,  403},
        {"GET /api/v1/participants/{id}/enrolments [deltagarens]",                  401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"POST /api/v1/education/enrolments/{id}/end [ny anmälan]",                 401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/education/sessions/{id}/attendance [fixturtillfälle, i dag]", 401, 403,  403,  403,  403,  403,  403,  403,  200,   403,   403,  403},
        {"PUT /api/v1/education/sessions/{id}/attendance [fixturtillfälle, i dag]", 401, 403,  403,  403,  403,  403,  403,  403,  200,   403,   403,  403},
        {"PUT /api/v1/education/enrolments/{id}/result [fixturanmälan]",            401, 403,  403,  403,  403,  403,  403,  403,  200,   403,   403,  403},
        {"GET /api/v1/education/occasions/{id}/attendance.csv [fixturtillfälle]",   401, 403,  403,  403,  403,  403,  403,  403,  200,   403,   403,  403},
        {"GET /api/v1/education/occasions/{id}/results.csv [fixturtillfälle]",      401, 403,  403,  403,  403,  403,  403,  403,  200,   403,   403,  403},
        {"POST /api/v1/education/occasions/{id}/attendance-import [fixturtillfälle]", 401, 403, 403, 403,  403,  403,  403,  403,  200,   403,   403,  403},
        {"POST /api/v1/education/occasions/{id}/results-import [fixturtillfälle]",  401, 403,  403,  403,  403,  403,  403,  403,  200,   403,   403,  403},
        // Schedules (issue 14, item 7; decision 89): a week and a work pattern are read like the participant; the
        // pattern is set by the placement's proposing side and host employer (as its start is agreed). A participant
        // reads their own week, a supervisor their participants' work days. Calendar links: participants,
        // supervisors and teachers create one (shown once); anyone may revoke theirs (nothing happens without one).
        //  [fixtur, antagen]            a fresh accepted proposal of [fixtur] to [arbetsplats]
        //  [fixtur, antagen med schema] the same with a pattern set by koordinator inside the call
        {"GET /api/v1/participants/{id}/week [deltagarens]",                        401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   200,  403},
        {"GET /api/v1/me/week",                                                     401, 403,  403,  403,  403,  403,  403,  403,  403,   403,   200,  403},
        {"GET /api/v1/supervised-week",                                             401, 403,  403,  403,  403,  403,  403,  200,  403,   403,   403,  403},
        {"GET /api/v1/proposals/{id}/work-pattern [fixtur, antagen med schema]",   401, 403,  200,  200,  403,  200,  403,  200,  200,   403,   403,  200},
        {"PUT /api/v1/proposals/{id}/work-pattern [fixtur, antagen]",              401, 403,  200,  200,  403,  200,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/proposals/{id}/work-pattern/preview [fixtur, antagen]",     401, 403,  200,  200,  403,  200,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/calendar-feed",                                              401, 403,  403,  403,  403,  403,  403,  201,  201,   403,   201,  403},
        {"GET /api/v1/calendar-feed [efter att ha skapat]",                         401, 404,  404,  404,  404,  404,  404,  200,  200,   404,   200,  404},
        {"DELETE /api/v1/calendar-feed",                                            401, 204,  204,  204,  204,  204,  204,  204,  204,   204,   204,  204},
        // Meetings (issue 14, item 8): coordinators and admins plan any kind, employer managers workplace and
        // three-party meetings. A meeting is read by its attendees and the organiser organisation's coordinators and
        // admins (to anyone else it is not there), changed by its creator and those coordinators and admins; a
        // three-party meeting also needs the right to read its participant.
        //  [arbetsgrupp med chef]   a working group "koordinator" planned with "chef" (Älvstad elder care) attending
        //  [trepartssamtal, fixtur] a three-party meeting about [fixtur] with koordinator, handledare and chef
        //  [ny arbetsgrupp med chef] such a working group, planned today by "koordinator" inside the call
        //  [nytt hållet möte med chef] such a working group, planned and held inside the call; the decision is chef's
        {"GET /api/v1/meetings",                                                    401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        {"POST /api/v1/meetings [arbetsgrupp]",                                     401, 201,  201,  201,  201,  403,  403,  403,  403,   403,   403,  201},
        {"GET /api/v1/meetings/{id} [arbetsgrupp med chef]",                        401, 404,  200,  200,  404,  200,  404,  404,  404,   404,   404,  404},
        {"GET /api/v1/meetings/{id} [trepartssamtal, fixtur]",                      401, 404,  200,  200,  404,  200,  404,  200,  404,   404,   404,  404},
        {"PUT /api/v1/meetings/{id} [ny arbetsgrupp med chef]",                     401, 404,  200,  200,  404,  403,  404,  404,  404,   404,   404,  404},
        {"POST /api/v1/meetings/{id}/cancellation [ny arbetsgrupp med chef]",       401, 404,  200,  200,  404,  403,  404,  404,  404,   404,   404,  404},
        {"POST /api/v1/meetings/{id}/held [ny arbetsgrupp med chef]",               401, 404,  200,  200,  404,  403,  404,  404,  404,   404,   404,  404},
        {"POST /api/v1/meetings/{id}/decisions [nytt hållet möte med chef]",        401, 404,  201,  201,  404,  403,  404,  404,  404,   404,   404,  404},
        {"GET /api/v1/meetings/decisions",                                          401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   200,  200},
        // Projects (issue 15; decision 99): seen by the organisation's staff who see figures (admins, coordinators,
        // employer managers, analysts) and the region's analysts (analytiker, platform host); supervisors, teachers
        // and participants are refused (403); another organisation's staff do not find it (404). Created by
        // coordinators and admins in their own organisation, changed by those of the project's organisation.
        //  [Älvstad-projekt]             a project koordinator created in setUp on [fixturkedja]
        //  [nytt Älvstad-projekt]        such a project, created by koordinator inside the call
        //  [nytt Älvstad-projekt, fixtur] such a project with [fixtur] taken in by koordinator inside the call
        {"GET /api/v1/projects",                                                    401, 200,  200,  200,  200,  200,  200,  403,  403,   200,   403,  200},
        {"POST /api/v1/projects",                                                   401, 201,  201,  201,  201,  403,  403,  403,  403,   403,   403,  201},
        {"GET /api/v1/projects/{id} [Älvstad-projekt]",                             401, 404,  200,  200,  404,  404,  404,  403,  403,   200,   403,  404},
        {"PUT /api/v1/projects/{id} [Älvstad-projekt]",                             401, 404,  200,  200,  404,  404,  404,  403,  403,   403,   403,  404},
        {"GET /api/v1/projects/{id}/participants [Älvstad-projekt]",                401, 404,  200,  200,  404,  404,  404,  403,  403,   200,   403,  404},
        {"POST /api/v1/projects/{id}/participants [nytt Älvstad-projekt]",          401, 404,  201,  201,  404,  404,  404,  403,  403,   403,   403,  404},
        {"POST /api/v1/projects/{id}/participants/{participantId}/removal [nytt Älvstad-projekt, fixtur]",
                                                                                    401, 404,  200,  200,  404,  404,  404,  403,  403,   403,   403,  404},
        // Follow-up (issue 14): staff read a ladder's follow-up rules, its organisation's admins and coordinators set
        // them. The participant answers their own check-in, a supervisor about a participant they supervise; a
        // check-in is read by those who may change the participant and by the one who answered it, not through
        // consent; only those who may change the participant review it and act on its flags.
        {"GET /api/v1/ladders/{id}/follow-up-rules [Älvstad AF]",                  401, 200,  200,  200,  200,  200,  200,  200,  200,   200,   403,  200},
        {"PUT /api/v1/ladders/{id}/follow-up-rules [Älvstad AF]",                  401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/participants/{id}/check-in-form [deltagarens, deltagare]",   401, 403,  403,  403,  403,  403,  403,  403,  403,   403,   200,  403},
        {"GET /api/v1/participants/{id}/check-in-form [fixtur, handledare]",       401, 403,  403,  403,  403,  403,  403,  200,  403,   403,   403,  403},
        {"POST /api/v1/participants/{id}/check-ins [fixtur, handledarens svar]",   401, 403,  403,  403,  403,  403,  403,  201,  403,   403,   403,  403},
        {"GET /api/v1/participants/{id}/check-ins [fixtur]",                       401, 403,  200,  200,  403,  403,  403,  200,  403,   403,   403,  403},
        {"GET /api/v1/check-ins/{id} [fixtur, handledarens svar]",                 401, 403,  200,  200,  403,  403,  403,  200,  403,   403,   403,  403},
        {"POST /api/v1/check-ins/{id}/review [ny avstämning]",                     401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/check-ins/{id}/flags/{flagId}/action [ny avstämning]",      401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"POST /api/v1/check-ins/{id}/flags/{flagId}/closing [ny avstämning]",     401, 403,  200,  200,  403,  403,  403,  403,  403,   403,   403,  403},
        {"GET /api/v1/check-ins/supervised",                                        401, 403,  403,  403,  403,  403,  403,  200,  403,   403,   403,  403},
    };

    /** Endpoints anyone may call without signing in: verifying certificates and the issuers' keys. */
    static final Set<String> PUBLIC_ENDPOINTS = Set.of("GET /api/v1/certificates/{id}/status",
            "POST /api/v1/certificates/verify", "GET /api/v1/issuers/{orgId}", "GET /api/v1/issuers/{orgId}/jwks.json");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private final Map<String, Function<ApiClient, Response>> calls = new LinkedHashMap<>();

    private UUID alvstadLabourMarket;
    private UUID alvstadCare;
    private UUID bergsjoLabourMarket;
    private UUID sfiSchool;
    private UUID employmentService;
    private UUID koordinatorId;
    private UUID handledareId;
    private UUID bergsjoCoordinatorId;
    private UUID linkedParticipant;
    private UUID bergsjoParticipant;
    private UUID consentOnlyParticipant;
    private UUID sharedWithPrivateParticipant;
    private UUID fixtureParticipant;
    private UUID demoUnit;
    private UUID fixtureUnit;
    private UUID fixtureUser;
    private UUID nursingAssistants;
    private String fixtureLadder;
    private String fixtureStep;
    private String fixtureProfileVersion;
    private String fixtureItem;
    private String fixturePlan;
    private UUID templateProfileVersion;
    private UUID elderCareTemplate;
    private JsonNode careProfile;
    private JsonNode careDraft;
    private JsonNode labourMarketDraft;
    private UUID careLadder;
    private UUID labourMarketLadder;
    private UUID fixtureSupervisor;
    private UUID openPlace;
    private UUID draftPlace;
    private UUID workPlace;
    private UUID fixtureProposal;
    private UUID linkedProposal;
    private UUID certificateChecklist;
    private UUID fixtureCertificate;
    private String fixtureCredential;

    @Autowired
    JdbcClient jdbc;
    private UUID languageInternship;
    private JsonNode homeCareTemplate;
    private JsonNode warehouseTemplate;
    private UUID careTemplate;
    private UUID fixtureChecklist;
    private UUID signedAssessment;

    /**
     * The row "POST /api/v1/me/password" changes every demo user's password to the same one, which ends their other
     * sessions; later tests in this JVM that put a signed-in user straight into a session (MockMvc's user()) would
     * then find it ended. Those sessions never signed in through a login, so this only undoes the row's side effect.
     */
    @AfterAll
    void demoUsersSessionsStayValidForLaterTests() {
        jdbc.sql("UPDATE user_account SET sessions_valid_from = NULL").update();
    }

    @BeforeAll
    void setUp() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        ApiClient bergsjo = as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR);
        ApiClient adminAlvstad = as(DemoUsers.ADMIN);

        JsonNode me = ok(koordinator.get("/api/v1/me"));
        alvstadLabourMarket = uuid(me.path("organisationId"));
        koordinatorId = uuid(me.path("id"));
        alvstadCare = uuid(ok(as(DemoUsers.EMPLOYER_MANAGER).get("/api/v1/me")).path("organisationId"));
        JsonNode bergsjoMe = ok(bergsjo.get("/api/v1/me"));
        bergsjoLabourMarket = uuid(bergsjoMe.path("organisationId"));
        bergsjoCoordinatorId = uuid(bergsjoMe.path("id"));
        sfiSchool = uuid(ok(as(DemoUsers.TEACHER).get("/api/v1/me")).path("organisationId"));
        employmentService = uuid(ok(as(DemoUsers.EMPLOYMENT_SERVICE_COORDINATOR).get("/api/v1/me"))
                .path("organisationId"));
        handledareId = uuid(ok(as(DemoUsers.SUPERVISOR).get("/api/v1/me")).path("id"));
        linkedParticipant = uuid(ok(as(DemoUsers.PARTICIPANT).get("/api/v1/me")).path("participantId"));

        bergsjoParticipant = findParticipant(bergsjo, "Erik", "Holm", bergsjoLabourMarket);
        sharedWithPrivateParticipant = findParticipant(bergsjo, "Layla", "Khalil", bergsjoLabourMarket);
        consentOnlyParticipant = findParticipant(koordinator, "Lena", "Karlsson", alvstadLabourMarket);

        for (JsonNode unit : ok(koordinator.get("/api/v1/organisations/" + alvstadLabourMarket + "/units?size=100")).path("items")) {
            if ("Fastighetsservice Älvstad".equals(unit.path("name").asString())) {
                demoUnit = uuid(unit.path("id"));
            }
        }
        assertThat(demoUnit).as("demo unit Fastighetsservice Älvstad").isNotNull();

        fixtureParticipant = uuid(created(koordinator.post("/api/v1/participants",
                ParticipantJson.aParticipant().with("firstName", "Matris").build())).path("id"));
        created(koordinator.post("/api/v1/participants/" + fixtureParticipant + "/consents", consentBody()));
        created(koordinator.post("/api/v1/participants/" + fixtureParticipant + "/supervisions", Map.of(
                "supervisorId", handledareId, "startsOn", today().minusDays(3).toString())));
        // Recorded by the placements module; the participants module's access rule follows its event after commit.
        Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM supervision WHERE participant_id = :p").param("p", fixtureParticipant)
                .query(Long.class).single()).isEqualTo(1));
        fixtureUnit = uuid(created(adminAlvstad.post("/api/v1/organisations/" + alvstadLabourMarket + "/units",
                Map.of("name", "Matrisenhet " + System.nanoTime(), "kind", "OFFICE", "address", "Exempelgatan 1")))
                .path("id"));
        fixtureUser = uuid(created(adminAlvstad.post("/api/v1/users", userBody())).path("id"));
        nursingAssistants = uuid(ok(koordinator.get("/api/v1/taxonomy/concepts?type=SSYK_LEVEL_3&query=532"))
                .path("items").get(0).path("id"));

        JsonNode templates = ok(koordinator.get("/api/v1/ladder-templates"));
        JsonNode ladder = created(koordinator.post("/api/v1/ladder-templates/" + templates.get(0).path("id").asString()
                + "/copies", Map.of("name", "Matriskedja " + System.nanoTime())));
        fixtureLadder = ladder.path("id").asString();
        JsonNode step = ladder.path("steps").valueStream().filter(s -> !s.path("profileVersionId").isNull())
                .findFirst().orElseThrow();
        fixtureStep = step.path("id").asString();
        fixtureProfileVersion = step.path("profileVersionId").asString();
        fixtureItem = ok(koordinator.get("/api/v1/profiles/versions/" + fixtureProfileVersion)).path("items").get(0)
                .path("itemKey").asString();
        fixturePlan = created(koordinator.post("/api/v1/participants/" + fixtureParticipant + "/plans", planBody(null)))
                .path("id").asString();

        ApiClient chef = as(DemoUsers.EMPLOYER_MANAGER);
        for (JsonNode template : ok(chef.get("/api/v1/ladder-templates"))) {
            if (template.path("name").asString().startsWith("Kompetenskedja i äldreomsorgen")) {
                elderCareTemplate = uuid(template.path("id"));
            }
        }
        assertThat(elderCareTemplate).as("the elder-care chain template").isNotNull();
        templateProfileVersion = uuid(ok(chef.get("/api/v1/ladders/" + elderCareTemplate)).path("steps").get(0)
                .path("profileVersionId"));
        careProfile = publish(chef, created(chef.post("/api/v1/profiles", profileBody("Matrisprofil"))));
        careDraft = created(chef.post("/api/v1/profiles", profileBody("Matrisutkast")));
        labourMarketDraft = created(koordinator.post("/api/v1/profiles", profileBody("Matrisutkast AF")));
        careLadder = uuid(created(chef.post("/api/v1/ladders", ladderBody())).path("id"));
        labourMarketLadder = uuid(created(koordinator.post("/api/v1/ladders", ladderBody())).path("id"));

        fixtureSupervisor = uuid(created(chef.post("/api/v1/supervisors",
                PlacementJson.aSupervisor(PlacementJson.HEMTJANST_NORR, 5))).path("id"));
        openPlace = newOpenPlace(Map.of("supervisorIds", List.of(fixtureSupervisor.toString())));
        workPlace = newOpenPlace(Map.of("seats", 5, "supervisorIds", List.of(fixtureSupervisor.toString())));
        draftPlace = uuid(created(chef.post("/api/v1/placements", PlacementJson.aPlacement().build())).path("id"));
        fixtureProposal = uuid(created(koordinator.post("/api/v1/proposals", proposeBody(fixtureParticipant, openPlace)))
                .path("id"));
        linkedProposal = uuid(created(koordinator.post("/api/v1/proposals", proposeBody(linkedParticipant, openPlace)))
                .path("id"));
        ok(koordinator.put("/api/v1/participants/" + fixtureParticipant + "/candidate-profile", Map.of("seeking", true,
                "homeLatitude", 57.71, "homeLongitude", 12.93, "travelMode", "PUBLIC_TRANSPORT", "maxTravelMinutes", 40,
                "interests", List.of("5330"))));

        setUpValidationLanguageWorkAbility();
        CertificateFixtures.Checklist checklist = CertificateFixtures.checklist(jdbc, openPlace, "Matrischecklista",
                "Bäddar sängen");
        CertificateFixtures.assess(jdbc, checklist, linkedParticipant, "SUPERVISOR", handledareId, "Leila Mansour",
                today().minusDays(1), true, 2);
        certificateChecklist = checklist.id();
        fixtureCertificate = uuid(created(koordinator.post("/api/v1/participants/" + linkedParticipant + "/certificates",
                certificateBody())).path("id"));
        fixtureCredential = koordinator.send("GET", "/api/v1/certificates/" + fixtureCertificate + "/credential", null,
                "application/vc+jwt").body().strip();
        ApiClient handledare = as(DemoUsers.SUPERVISOR);
        languageInternship = uuid(ok(chef.get("/api/v1/placements?own=true&size=100&query="
                + URLEncoder.encode("Språkpraktik i hemtjänsten", StandardCharsets.UTF_8))).path("items").get(0).path("id"));
        homeCareTemplate = platformTemplate(chef, "HOME_CARE");
        warehouseTemplate = platformTemplate(chef, "WAREHOUSE");
        careTemplate = uuid(created(chef.post("/api/v1/checklist-templates", templateBody(warehouseTemplate, false)))
                .path("id"));
        fixtureChecklist = uuid(created(chef.post("/api/v1/placements/" + languageInternship + "/checklists",
                Map.of("templateId", homeCareTemplate.path("id").asString(), "title", "Matrislista " + System.nanoTime())))
                .path("id"));
        JsonNode signed = created(handledare.post("/api/v1/assessments", assessmentBody()));
        signedAssessment = uuid(ok(handledare.post("/api/v1/assessments/" + signed.path("id").asString() + "/signature",
                Map.of("lockVersion", signed.path("lockVersion").asLong()))).path("id"));

        defineCalls();
        defineValidationLanguageWorkAbilityCalls();
        defineEducationCalls();
        defineFollowUpCalls();
        defineProjectCalls();
    }

    private Map<String, Object> certificateBody() {
        return Map.of("checklistId", certificateChecklist.toString(), "language", "sv");
    }

    private JsonNode platformTemplate(ApiClient client, String industry) {
        for (JsonNode t : ok(client.get("/api/v1/checklist-templates?size=100&industry=" + industry)).path("items")) {
            if (t.path("organisationId").isNull()) {
                return ok(client.get("/api/v1/checklist-templates/" + t.path("id").asString()));
            }
        }
        throw new AssertionError("no platform checklist template for " + industry);
    }

    /** A template as read, as the command that saves it (kept items by id), or a copy of it (platform: on create). */
    private static Map<String, Object> templateBody(JsonNode template, Boolean platform) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("industry", template.path("industry").asString());
        body.put("title", platform == null ? template.path("title").asString() : "Matrismall " + System.nanoTime());
        body.put("profileVersionId", template.path("profileVersionId").asString());
        body.put("items", template.path("items").valueStream().map(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            if (platform == null) {
                item.put("id", i.path("id").asString());
            }
            item.put("itemKey", i.path("itemKey").asString());
            item.put("text", i.path("text").asString());
            item.put("easyText", i.path("easyText").asString());
            return item;
        }).toList());
        body.put("platform", platform);
        body.put("lockVersion", template.path("lockVersion").asLong());
        return body;
    }

    /** [deltagarens] assessed on [fixturlista] today: its first item that is not yes/no at level 2. */
    private Map<String, Object> assessmentBody() {
        JsonNode item = ok(as(DemoUsers.EMPLOYER_MANAGER).get("/api/v1/checklists/" + fixtureChecklist)).path("items")
                .valueStream().filter(i -> !i.path("yesNo").asBoolean() && !i.path("removed").asBoolean())
                .findFirst().orElseThrow();
        return Map.of("checklistId", fixtureChecklist.toString(), "participantId", linkedParticipant.toString(),
                "assessedOn", today().toString(), "ratings", List.of(Map.of("itemId", item.path("id").asString(),
                        "level", 2)));
    }

    /** A fresh draft by handledare (see assessmentBody). */
    private JsonNode freshDraft() {
        return created(as(DemoUsers.SUPERVISOR).post("/api/v1/assessments", assessmentBody()));
    }

    /** A PDF uploaded as multipart/form-data, as a browser would send it. */
    private static Response uploadPdf(ApiClient client, String path) {
        String boundary = "kk-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bevis.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n% matris\n\r\n--" + boundary + "--\r\n";
        return client.send("POST", path, body, "multipart/form-data; boundary=" + boundary);
    }

    private UUID newParticipant(ApiClient koordinator) {
        return uuid(created(koordinator.post("/api/v1/participants",
                ParticipantJson.aParticipant().with("firstName", "Matris").build())).path("id"));
    }

    /** A place of Älvstad elder care (chef), shared with the region and open; fields override the builder's. */
    private UUID newOpenPlace(Map<String, Object> fields) {
        ApiClient chef = as(DemoUsers.EMPLOYER_MANAGER);
        PlacementJson place = PlacementJson.aPlacement().with("title", "Matrisplats " + System.nanoTime());
        fields.forEach(place::with);
        JsonNode draft = created(chef.post("/api/v1/placements", place.build()));
        return uuid(ok(chef.post("/api/v1/placements/" + draft.path("id").asString() + "/status",
                Map.of("status", "OPEN", "lockVersion", draft.path("lockVersion").asLong()))).path("id"));
    }

    private static Map<String, Object> proposeBody(UUID participant, UUID placement) {
        return Map.of("placementId", placement.toString(), "participantId", participant.toString(), "score", 70,
                "motivation", "Behörighetsmatrisen");
    }

    /** How far {@link #freshProposal} takes a proposal before the call under test. */
    enum Stage { PROPOSED, ACCEPTED, AGREED, AGREEMENT_WRITTEN, APPROVED, ACTIVE }

    /**
     * A new proposal of the participant to [arbetsplats] (koordinator proposes, chef accepts, koordinator agrees the
     * start with [fixturhandledare] and writes the agreement, all three parties approve, koordinator activates), up
     * to the given stage; the open proposal a previous call left is closed first.
     */
    private JsonNode freshProposal(UUID participant, Stage stage) {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        ApiClient chef = as(DemoUsers.EMPLOYER_MANAGER);
        closeOpenProposals(participant);
        JsonNode proposal = created(koordinator.post("/api/v1/proposals", proposeBody(participant, workPlace)));
        String path = "/api/v1/proposals/" + proposal.path("id").asString();
        if (stage.compareTo(Stage.ACCEPTED) >= 0) {
            proposal = ok(chef.post(path + "/review", Map.of("decision", "ACCEPT",
                    "lockVersion", proposal.path("lockVersion").asLong())));
        }
        if (stage.compareTo(Stage.AGREED) >= 0) {
            proposal = ok(koordinator.post(path + "/start", startBody(proposal)));
        }
        if (stage.compareTo(Stage.AGREEMENT_WRITTEN) >= 0) {
            proposal = ok(koordinator.put(path + "/agreement", agreementBody(proposal)));
        }
        if (stage.compareTo(Stage.APPROVED) >= 0) {
            ok(koordinator.post(path + "/approvals", Map.of("party", "PARTICIPANT")));
            ok(chef.post(path + "/approvals", Map.of("party", "EMPLOYER")));
            proposal = ok(koordinator.post(path + "/approvals", Map.of("party", "COORDINATOR")));
        }
        if (stage.compareTo(Stage.ACTIVE) >= 0) {
            proposal = ok(koordinator.post(path + "/activate", Map.of("lockVersion", proposal.path("lockVersion").asLong())));
        }
        return proposal;
    }

    /** Ends (if active) or withdraws the participant's open proposals to [arbetsplats], freeing seat and slot. */
    private void closeOpenProposals(UUID participant) {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        for (JsonNode proposal : ok(koordinator.get("/api/v1/participants/" + participant + "/proposals"))) {
            String status = proposal.path("status").asString();
            if (!workPlace.equals(uuid(proposal.path("placementId")))
                    || Set.of("DECLINED", "WITHDRAWN", "COMPLETED", "ENDED_EARLY").contains(status)) {
                continue;
            }
            String path = "/api/v1/proposals/" + proposal.path("id").asString();
            long lockVersion = proposal.path("lockVersion").asLong();
            ok("ACTIVE".equals(status)
                    ? koordinator.post(path + "/end", Map.of("completed", true, "endedOn", today().toString(),
                            "lockVersion", lockVersion))
                    : koordinator.post(path + "/withdraw", Map.of("lockVersion", lockVersion)));
        }
    }

    private Map<String, Object> startBody(JsonNode proposal) {
        return Map.of("startsOn", today().toString(), "endsOn", today().plusWeeks(8).toString(),
                "supervisorId", fixtureSupervisor.toString(), "lockVersion", proposal.path("lockVersion").asLong());
    }

    private static Map<String, Object> agreementBody(JsonNode proposal) {
        return Map.of("goals", "Klara morgonrutiner", "tasks", "Bädda och städa", "hours", "Mån och ons 8–12",
                "followUp", "Trepartssamtal var fjärde vecka", "lockVersion", proposal.path("lockVersion").asLong());
    }

    /** A place as read, as the command that saves it unchanged: supervisors and partners by id. */
    private static ObjectNode placementCommand(JsonNode place) {
        ObjectNode command = (ObjectNode) place.deepCopy();
        ArrayNode supervisorIds = command.putArray("supervisorIds");
        place.path("supervisors").forEach(supervisor -> supervisorIds.add(supervisor.path("id").asString()));
        ArrayNode partnerIds = command.putArray("partnerOrganisationIds");
        place.path("partnerOrganisations").forEach(partner -> partnerIds.add(partner.path("id").asString()));
        return asCommand(command, PlacementCommand.class);
    }

    /** Hemtjänst Norr's staff count as chef reads it in the supervision report. */
    private int hemtjanstNorrStaff(ApiClient chef) {
        for (JsonNode row : ok(chef.get("/api/v1/supervision-report?size=100")).path("items")) {
            if (PlacementJson.HEMTJANST_NORR.equals(uuid(row.path("unitId")))) {
                assertThat(row.path("staffCount").isNumber()).as("Hemtjänst Norr's staff count (demo data)").isTrue();
                return row.path("staffCount").asInt();
            }
        }
        throw new AssertionError("Hemtjänst Norr not in chef's supervision report");
    }

    private Map<String, Object> planBody(Long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("targetProfileVersionId", fixtureProfileVersion);
        body.put("goals", List.of(Map.of("text", "Matrismål", "itemKeys", List.of(fixtureItem))));
        body.put("activities", List.of(Map.of("type", "PLACEMENT", "description", "Praktik", "responsible", "PARTICIPANT",
                "status", "PROPOSED")));
        body.put("consequences", "Vi pratar om det.");
        body.put("version", version);
        return body;
    }

    private long currentPlanVersion(ApiClient koordinator) {
        return ok(koordinator.get("/api/v1/participants/" + fixtureParticipant + "/plans")).valueStream()
                .filter(p -> p.path("id").asString().equals(fixturePlan)).findFirst().orElseThrow()
                .path("version").asLong();
    }

    private void defineCalls() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        ApiClient platformAdmin = as(DemoUsers.PLATFORM_ADMIN);

        calls.put("GET /api/v1/me", c -> c.get("/api/v1/me"));
        calls.put("GET /api/v1/start", c -> c.get("/api/v1/start"));
        calls.put("GET /api/v1/organisations", c -> c.get("/api/v1/organisations"));
        calls.put("GET /api/v1/organisations/{id} [Älvstad]", c -> c.get("/api/v1/organisations/" + alvstadLabourMarket));
        calls.put("POST /api/v1/organisations", c -> c.post("/api/v1/organisations", Map.of(
                "name", "Matrisorganisation " + System.nanoTime(), "type", "CIVIL_SOCIETY", "municipality", "Älvstad")));
        // Writes back exactly what was read (with its version): allowed calls change nothing.
        calls.put("PUT /api/v1/organisations/{id} [Älvstad]", c -> c.put("/api/v1/organisations/" + alvstadLabourMarket,
                asCommand(ok(platformAdmin.get("/api/v1/organisations/" + alvstadLabourMarket)), OrganisationCommand.class)));
        calls.put("PUT /api/v1/organisations/{id} [Bergsjö org]", c -> c.put("/api/v1/organisations/" + bergsjoLabourMarket,
                asCommand(ok(platformAdmin.get("/api/v1/organisations/" + bergsjoLabourMarket)), OrganisationCommand.class)));
        calls.put("GET /api/v1/organisations/{id}/units [Älvstad]",
                c -> c.get("/api/v1/organisations/" + alvstadLabourMarket + "/units"));
        calls.put("POST /api/v1/organisations/{id}/units [Älvstad]",
                c -> c.post("/api/v1/organisations/" + alvstadLabourMarket + "/units",
                        Map.of("name", "Matrisenhet " + System.nanoTime(), "kind", "OFFICE")));
        calls.put("GET /api/v1/units/{id} [Fastighetsservice Älvstad]", c -> c.get("/api/v1/units/" + demoUnit));
        calls.put("PUT /api/v1/units/{id} [fixturenhet i Älvstad]", c -> c.put("/api/v1/units/" + fixtureUnit,
                asCommand(ok(platformAdmin.get("/api/v1/units/" + fixtureUnit)), UnitCommand.class)));
        calls.put("GET /api/v1/organisations/{id}/users [Älvstad]",
                c -> c.get("/api/v1/organisations/" + alvstadLabourMarket + "/users"));
        calls.put("GET /api/v1/organisations/{id}/users [Bergsjö org]",
                c -> c.get("/api/v1/organisations/" + bergsjoLabourMarket + "/users"));
        calls.put("POST /api/v1/users [i Älvstad]", c -> c.post("/api/v1/users", userBody()));
        calls.put("GET /api/v1/users/{id} [koordinator]", c -> c.get("/api/v1/users/" + koordinatorId));
        calls.put("PUT /api/v1/users/{id} [fixturanvändare i Älvstad]", c -> c.put("/api/v1/users/" + fixtureUser,
                asCommand(ok(platformAdmin.get("/api/v1/users/" + fixtureUser)), UserCommand.class)));
        calls.put("PUT /api/v1/users/{id}/oidc-subject [fixturanvändare i Älvstad]", c -> c.put("/api/v1/users/"
                + fixtureUser + "/oidc-subject", Map.of("subject", "matris-fixtur")));
        calls.put("PUT /api/v1/users/{id}/oidc-subject [koordinator.bergsjo]", c -> c.put("/api/v1/users/"
                + uuid(ok(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get("/api/v1/me")).path("id")) + "/oidc-subject",
                Map.of("subject", "matris-bergsjo")));
        calls.put("DELETE /api/v1/users/{id}/oidc-subject [fixturanvändare i Älvstad]",
                c -> c.delete("/api/v1/users/" + fixtureUser + "/oidc-subject"));
        calls.put("POST /api/v1/me/password [samma lösenord]", c -> c.post("/api/v1/me/password",
                Map.of("currentPassword", ApiClient.DEMO_PASSWORD, "newPassword", ApiClient.DEMO_PASSWORD)));
        calls.put("POST /api/v1/users/{id}/password [fixturanvändare i Älvstad]", c -> c.post(
                "/api/v1/users/" + fixtureUser + "/password", Map.of("newPassword", "ett nytt lösenord för tabellen")));
        calls.put("POST /api/v1/users/{id}/sessions/end [fixturanvändare i Älvstad]",
                c -> c.post("/api/v1/users/" + fixtureUser + "/sessions/end", null));
        calls.put("POST /api/v1/users/{id}/sessions/end [koordinator.bergsjo]",
                c -> c.post("/api/v1/users/" + bergsjoCoordinatorId + "/sessions/end", null));

        calls.put("GET /api/v1/participants", c -> c.get("/api/v1/participants"));
        calls.put("POST /api/v1/participants", c -> c.post("/api/v1/participants",
                ParticipantJson.aParticipant().with("firstName", "Matris").build()));
        calls.put("GET /api/v1/participants/{id} [deltagarens]", c -> c.get("/api/v1/participants/" + linkedParticipant));
        calls.put("GET /api/v1/participants/{id} [Bergsjö]", c -> c.get("/api/v1/participants/" + bergsjoParticipant));
        calls.put("GET /api/v1/participants/{id} [samtycke]", c -> c.get("/api/v1/participants/" + consentOnlyParticipant));
        calls.put("GET /api/v1/participants/{id} [Bergsjö→privat]",
                c -> c.get("/api/v1/participants/" + sharedWithPrivateParticipant));
        calls.put("PUT /api/v1/participants/{id} [fixtur]", c -> {
            ObjectNode current = asCommand(ok(koordinator.get("/api/v1/participants/" + fixtureParticipant)),
                    ParticipantCommand.class);
            current.put("interests", "Ändrad i behörighetsmatrisen " + System.nanoTime());
            return c.put("/api/v1/participants/" + fixtureParticipant, current);
        });
        // The demo participant's own values, written back with the version just read: allowed calls change nothing.
        calls.put("PUT /api/v1/participants/{id} [deltagarens]", c -> c.put("/api/v1/participants/" + linkedParticipant,
                asCommand(ok(koordinator.get("/api/v1/participants/" + linkedParticipant)), ParticipantCommand.class)));
        calls.put("GET /api/v1/participants/{id}/consents [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/consents"));
        calls.put("GET /api/v1/participants/{id}/consents [Bergsjö]",
                c -> c.get("/api/v1/participants/" + bergsjoParticipant + "/consents"));
        calls.put("POST /api/v1/participants/{id}/consents [fixtur]",
                c -> c.post("/api/v1/participants/" + fixtureParticipant + "/consents", consentBody()));
        calls.put("POST /api/v1/participants/{id}/consents/{consentId}/withdrawal [fixtur]", c -> {
            UUID consent = uuid(created(koordinator.post("/api/v1/participants/" + fixtureParticipant + "/consents",
                    consentBody())).path("id"));
            return c.post("/api/v1/participants/" + fixtureParticipant + "/consents/" + consent + "/withdrawal", null);
        });
        calls.put("GET /api/v1/participants/{id}/supervisions [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/supervisions"));
        calls.put("GET /api/v1/participants/{id}/supervisions [Bergsjö]",
                c -> c.get("/api/v1/participants/" + bergsjoParticipant + "/supervisions"));
        // An ended supervision: adds history without giving anybody access.
        calls.put("POST /api/v1/participants/{id}/supervisions [fixtur]",
                c -> c.post("/api/v1/participants/" + fixtureParticipant + "/supervisions", Map.of(
                        "supervisorId", handledareId, "unitId", demoUnit,
                        "startsOn", today().minusDays(60).toString(), "endsOn", today().minusDays(30).toString())));
        calls.put("GET /api/v1/participants/{id}/access-log [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/access-log"));
        calls.put("GET /api/v1/participants/{id}/handovers [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/handovers"));
        calls.put("GET /api/v1/handovers/incoming", c -> c.get("/api/v1/handovers/incoming"));
        calls.put("GET /api/v1/handovers/outgoing", c -> c.get("/api/v1/handovers/outgoing"));
        calls.put("POST /api/v1/participants/{id}/handovers [ny deltagare→af]",
                c -> c.post("/api/v1/participants/" + sharedWithEmploymentService() + "/handovers",
                        Map.of("toOrganisationId", employmentService.toString())));
        calls.put("POST /api/v1/handovers/{id}/acceptance [ny deltagare→af]",
                c -> c.post("/api/v1/handovers/" + handoverToEmploymentService() + "/acceptance", Map.of()));
        calls.put("POST /api/v1/handovers/{id}/decline [ny deltagare→af]",
                c -> c.post("/api/v1/handovers/" + handoverToEmploymentService() + "/decline",
                        Map.of("reason", "Behörighetsmatrisen tackar nej")));
        calls.put("POST /api/v1/handovers/{id}/withdrawal [ny deltagare→af]",
                c -> c.post("/api/v1/handovers/" + handoverToEmploymentService() + "/withdrawal", null));
        calls.put("GET /api/v1/participants/{id}/access-log [Bergsjö]",
                c -> c.get("/api/v1/participants/" + bergsjoParticipant + "/access-log"));
        calls.put("GET /api/v1/audit-entries", c -> c.get("/api/v1/audit-entries?size=5"));

        calls.put("GET /api/v1/participants/{id}/journeys [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/journeys"));
        calls.put("POST /api/v1/participants/{id}/journeys [ny deltagare]", c -> c.post("/api/v1/participants/"
                + newParticipant(koordinator) + "/journeys", Map.of("ladderId", fixtureLadder, "on", today().toString())));
        calls.put("POST /api/v1/participants/{id}/journeys/{journeyId}/events [ny deltagare]", c -> {
            UUID participant = newParticipant(koordinator);
            JsonNode journey = created(koordinator.post("/api/v1/participants/" + participant + "/journeys",
                    Map.of("ladderId", fixtureLadder, "on", today().toString())));
            return c.post("/api/v1/participants/" + participant + "/journeys/" + journey.path("id").asString() + "/events",
                    Map.of("type", "PAUSED", "on", today().toString(), "version", journey.path("version").asLong()));
        });
        calls.put("GET /api/v1/ladders/{ladderId}/steps/{stepId}/participants [fixturkedja]",
                c -> c.get("/api/v1/ladders/" + fixtureLadder + "/steps/" + fixtureStep + "/participants"));
        calls.put("GET /api/v1/participants/{id}/progression [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/progression"));
        calls.put("GET /api/v1/participants/{id}/progression [Bergsjö]",
                c -> c.get("/api/v1/participants/" + bergsjoParticipant + "/progression"));
        calls.put("GET /api/v1/progression/matrix", c -> c.get("/api/v1/progression/matrix"));
        calls.put("GET /api/v1/progression/matrix.xlsx", c -> c.get("/api/v1/progression/matrix.xlsx"));
        calls.put("GET /api/v1/progression/matrix.csv", c -> c.get("/api/v1/progression/matrix.csv"));
        calls.put("GET /api/v1/participants/{id}/mapping [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/mapping"));
        calls.put("POST /api/v1/participants/{id}/mapping [fixtur]", c -> c.post("/api/v1/participants/"
                + fixtureParticipant + "/mapping", Map.of("profileVersionId", fixtureProfileVersion, "levels", List.of(
                Map.of("itemKey", fixtureItem, "level", 1, "source", "STAFF_ASSESSMENT", "assessedOn", today().toString())))));
        calls.put("GET /api/v1/participants/{id}/gaps [deltagarens]", c -> c.get("/api/v1/participants/"
                + linkedParticipant + "/gaps?profileVersionId=" + fixtureProfileVersion));
        calls.put("GET /api/v1/participants/{id}/plans [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/plans"));
        calls.put("POST /api/v1/participants/{id}/plans [fixtur]",
                c -> c.post("/api/v1/participants/" + fixtureParticipant + "/plans", planBody(null)));
        calls.put("PUT /api/v1/participants/{id}/plans/{planId} [fixtur]", c -> c.put("/api/v1/participants/"
                + fixtureParticipant + "/plans/" + fixturePlan, planBody(currentPlanVersion(koordinator))));
        calls.put("GET /api/v1/participants/{id}/plans/{planId}/revisions/{revision} [fixtur]",
                c -> c.get("/api/v1/participants/" + fixtureParticipant + "/plans/" + fixturePlan + "/revisions/1"));
        calls.put("POST /api/v1/participants/{id}/plans/{planId}/revisions/{revision}/agreement [fixtur]", c -> {
            JsonNode revised = ok(koordinator.put("/api/v1/participants/" + fixtureParticipant + "/plans/" + fixturePlan,
                    planBody(currentPlanVersion(koordinator))));
            return c.post("/api/v1/participants/" + fixtureParticipant + "/plans/" + fixturePlan + "/revisions/"
                    + revised.path("revision").asInt() + "/agreement", null);
        });

        calls.put("GET /api/v1/taxonomy/concepts", c -> c.get("/api/v1/taxonomy/concepts?query=undersk&size=5"));
        calls.put("GET /api/v1/taxonomy/concepts/{id} [Undersköterskor]",
                c -> c.get("/api/v1/taxonomy/concepts/" + nursingAssistants));
        calls.put("GET /api/v1/taxonomy/concepts/{id}/children [Undersköterskor]",
                c -> c.get("/api/v1/taxonomy/concepts/" + nursingAssistants + "/children"));
        calls.put("POST /api/v1/taxonomy/imports [oförändrade körkort]",
                c -> c.postFiles("/api/v1/taxonomy/imports", Map.of("concepts", TaxonomyExports.drivingLicences())));
        calls.put("GET /api/v1/taxonomy/imports", c -> c.get("/api/v1/taxonomy/imports?size=5"));
        ApiClient chef = as(DemoUsers.EMPLOYER_MANAGER);
        String careProfileId = careProfile.path("profileId").asString();
        calls.put("GET /api/v1/profiles", c -> c.get("/api/v1/profiles"));
        calls.put("POST /api/v1/profiles", c -> c.post("/api/v1/profiles", profileBody("Matrisprofil")));
        calls.put("POST /api/v1/profiles [mall]", c -> {
            Map<String, Object> body = profileBody("Matrismall");
            body.put("template", true);
            return c.post("/api/v1/profiles", body);
        });
        calls.put("GET /api/v1/profiles/{profileId} [publicerad, Älvstad omsorg]",
                c -> c.get("/api/v1/profiles/" + careProfileId));
        calls.put("GET /api/v1/profiles/{profileId}/versions [Älvstad omsorg]",
                c -> c.get("/api/v1/profiles/" + careProfileId + "/versions"));
        // The one allowed call starts a new draft: throw away a draft left by an earlier run first.
        calls.put("POST /api/v1/profiles/{profileId}/versions [Älvstad omsorg]", c -> {
            for (JsonNode version : ok(chef.get("/api/v1/profiles/" + careProfileId + "/versions"))) {
                if ("DRAFT".equals(version.path("status").asString())) {
                    chef.delete("/api/v1/profiles/versions/" + version.path("versionId").asString());
                }
            }
            return c.post("/api/v1/profiles/" + careProfileId + "/versions", null);
        });
        calls.put("GET /api/v1/profiles/versions/{versionId} [publicerad]",
                c -> c.get("/api/v1/profiles/versions/" + templateProfileVersion));
        calls.put("GET /api/v1/profiles/versions/{versionId} [utkast, Älvstad omsorg]",
                c -> c.get("/api/v1/profiles/versions/" + careDraft.path("versionId").asString()));
        // Writes back exactly what was read (with its lockVersion): allowed calls change nothing.
        calls.put("PUT /api/v1/profiles/versions/{versionId} [utkast, Älvstad omsorg]", c -> {
            String path = "/api/v1/profiles/versions/" + careDraft.path("versionId").asString();
            return c.put(path, asCommand(ok(chef.get(path)), ProfileCommand.class));
        });
        calls.put("PUT /api/v1/profiles/versions/{versionId} [utkast, Älvstad AF]", c -> {
            String path = "/api/v1/profiles/versions/" + labourMarketDraft.path("versionId").asString();
            return c.put(path, asCommand(ok(koordinator.get(path)), ProfileCommand.class));
        });
        calls.put("DELETE /api/v1/profiles/versions/{versionId} [utkast, Älvstad omsorg]", c -> c.delete(
                "/api/v1/profiles/versions/" + created(chef.post("/api/v1/profiles", profileBody("Kastas")))
                        .path("versionId").asString()));
        calls.put("POST /api/v1/profiles/versions/{versionId}/publication [Älvstad omsorg]", c -> {
            JsonNode draft = created(chef.post("/api/v1/profiles", profileBody("Publiceras")));
            return c.post("/api/v1/profiles/versions/" + draft.path("versionId").asString() + "/publication",
                    Map.of("lockVersion", draft.path("lockVersion").asLong()));
        });
        calls.put("POST /api/v1/profiles/versions/{versionId}/retirement [Älvstad omsorg]", c -> {
            JsonNode published = publish(chef, created(chef.post("/api/v1/profiles", profileBody("Pensioneras"))));
            return c.post("/api/v1/profiles/versions/" + published.path("versionId").asString() + "/retirement",
                    Map.of("lockVersion", published.path("lockVersion").asLong()));
        });
        calls.put("GET /api/v1/ladders", c -> c.get("/api/v1/ladders"));
        calls.put("POST /api/v1/ladders", c -> c.post("/api/v1/ladders", ladderBody()));
        calls.put("POST /api/v1/ladders [mall]", c -> {
            Map<String, Object> body = ladderBody();
            body.put("template", true);
            return c.post("/api/v1/ladders", body);
        });
        calls.put("GET /api/v1/ladders/{id} [Älvstad omsorg]", c -> c.get("/api/v1/ladders/" + careLadder));
        calls.put("PUT /api/v1/ladders/{id} [Älvstad omsorg]", c -> c.put("/api/v1/ladders/" + careLadder,
                asCommand(ok(chef.get("/api/v1/ladders/" + careLadder)), LadderCommand.class)));
        calls.put("PUT /api/v1/ladders/{id} [Älvstad AF]", c -> c.put("/api/v1/ladders/" + labourMarketLadder,
                asCommand(ok(koordinator.get("/api/v1/ladders/" + labourMarketLadder)), LadderCommand.class)));
        calls.put("GET /api/v1/ladder-templates", c -> c.get("/api/v1/ladder-templates"));
        calls.put("POST /api/v1/ladder-templates/{id}/copies",
                c -> c.post("/api/v1/ladder-templates/" + elderCareTemplate + "/copies", Map.of("name", "Matriskopia")));
        String ladderTranslations = "/api/v1/translations/ladder/" + careLadder;
        String ladderName = ok(chef.get(ladderTranslations + "/ar")).path("sections").get(0).path("entries").get(0)
                .path("source").asString();
        calls.put("GET /api/v1/translations/languages", c -> c.get("/api/v1/translations/languages"));
        calls.put("GET /api/v1/translations/{kind}/{id} [Älvstad omsorg]", c -> c.get(ladderTranslations));
        calls.put("GET /api/v1/translations/{kind}/{id}/{language} [Älvstad omsorg, ar]",
                c -> c.get(ladderTranslations + "/ar"));
        calls.put("PUT /api/v1/translations/{kind}/{id}/{language} [Älvstad omsorg, ar]", c -> c.put(
                ladderTranslations + "/ar", Map.of("texts", List.of(Map.of("source", ladderName,
                        "translation", "سلم رعاية المسنين")))));
        String defaultSet = "/api/v1/checkin-batteries/6f1d3c1e-0b6a-4c55-9d0e-5a1b2c3d4e01";
        calls.put("GET /api/v1/checkin-batteries", c -> c.get("/api/v1/checkin-batteries"));
        calls.put("GET /api/v1/checkin-batteries/{id} [standard, deltagare]", c -> c.get(defaultSet));
        calls.put("GET /api/v1/checkin-batteries/{id}/versions/{version} [standard, deltagare, 1]",
                c -> c.get(defaultSet + "/versions/1"));
        calls.put("POST /api/v1/checkin-batteries [i min organisation]", c -> c.post("/api/v1/checkin-batteries",
                Map.of("name", "Matrisavstämning", "audience", "SUPERVISOR", "questions", List.of(
                        Map.of("kind", "YES_NO", "text", "Har veckan gått bra?", "required", true)))));
        calls.put("PUT /api/v1/checkin-batteries/{id} [standard, deltagare]", c -> {
            JsonNode current = ok(platformAdmin.get(defaultSet));
            List<Map<String, Object>> questions = current.path("questions").valueStream().map(q -> {
                Map<String, Object> question = new LinkedHashMap<>();
                question.put("key", q.path("key").asString());
                question.put("kind", q.path("kind").asString());
                question.put("text", q.path("text").asString());
                question.put("choices", q.path("choices").valueStream().map(JsonNode::asString).toList());
                question.put("required", q.path("required").asBoolean());
                return question;
            }).toList();
            return c.put(defaultSet, Map.of("name", current.path("name").asString(), "audience", "PARTICIPANT",
                    "questions", questions, "lockVersion", current.path("lockVersion").asLong()));
        });
        String planTranslations = "/api/v1/translations/plan/" + fixturePlan;
        calls.put("GET /api/v1/translations/{kind}/{id} [fixturplan]", c -> c.get(planTranslations));
        calls.put("PUT /api/v1/translations/{kind}/{id}/{language} [fixturplan, uk]", c -> c.put(
                planTranslations + "/uk", Map.of("texts", List.of(Map.of("source", "Matrismål",
                        "translation", "Мета матриці")))));

        String open = "/api/v1/placements/" + openPlace;
        String draft = "/api/v1/placements/" + draftPlace;
        calls.put("GET /api/v1/placements", c -> c.get("/api/v1/placements"));
        calls.put("POST /api/v1/placements [Hemtjänst Norr]",
                c -> c.post("/api/v1/placements", PlacementJson.aPlacement().build()));
        calls.put("GET /api/v1/placements/{id} [öppen]", c -> c.get(open));
        calls.put("GET /api/v1/placements/{id} [utkast]", c -> c.get(draft));
        // Write back exactly what was read (with its lockVersion): allowed calls change nothing.
        calls.put("PUT /api/v1/placements/{id} [öppen]", c -> c.put(open, placementCommand(ok(chef.get(open)))));
        calls.put("PUT /api/v1/placements/{id} [utkast]", c -> c.put(draft, placementCommand(ok(chef.get(draft)))));
        calls.put("POST /api/v1/placements/{id}/status [öppen]", c -> {
            JsonNode place = ok(chef.get(open));
            return c.post(open + "/status", Map.of("status", place.path("status").asString(),
                    "lockVersion", place.path("lockVersion").asLong()));
        });
        calls.put("POST /api/v1/placements/{id}/interests [ny öppen plats, deltagarens]",
                c -> c.post("/api/v1/placements/" + newOpenPlace(Map.of()) + "/interests",
                        Map.of("participantId", linkedParticipant.toString(), "note", "Behörighetsmatrisen")));
        calls.put("POST /api/v1/placements/{id}/interests [ny öppen plats, fixtur]",
                c -> c.post("/api/v1/placements/" + newOpenPlace(Map.of()) + "/interests",
                        Map.of("participantId", fixtureParticipant.toString(), "note", "Behörighetsmatrisen")));
        calls.put("GET /api/v1/placements/{id}/interests [öppen]", c -> c.get(open + "/interests"));
        calls.put("GET /api/v1/participants/{id}/placement-interests [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/placement-interests"));
        calls.put("GET /api/v1/placements/{id}/quality-notes [öppen]", c -> c.get(open + "/quality-notes"));
        calls.put("POST /api/v1/placements/{id}/quality-notes [öppen]", c -> c.post(open + "/quality-notes",
                Map.of("rating", "GOOD", "note", "Behörighetsmatrisen")));
        String supervisor = "/api/v1/supervisors/" + fixtureSupervisor;
        calls.put("GET /api/v1/supervisors", c -> c.get("/api/v1/supervisors"));
        calls.put("POST /api/v1/supervisors [Hemtjänst Norr]",
                c -> c.post("/api/v1/supervisors", PlacementJson.aSupervisor(PlacementJson.HEMTJANST_NORR, 1)));
        calls.put("GET /api/v1/supervisors/{id} [fixturhandledare]", c -> c.get(supervisor));
        calls.put("PUT /api/v1/supervisors/{id} [fixturhandledare]", c -> c.put(supervisor, asCommand(ok(chef.get(supervisor)), SupervisorCommand.class)));
        calls.put("GET /api/v1/supervision-report", c -> c.get("/api/v1/supervision-report"));
        calls.put("PUT /api/v1/units/{id}/staffing [Hemtjänst Norr]", c -> c.put(
                "/api/v1/units/" + PlacementJson.HEMTJANST_NORR + "/staffing", Map.of("staffCount", hemtjanstNorrStaff(chef))));

        calls.put("POST /api/v1/proposals [fixtur]", c -> {
            closeOpenProposals(fixtureParticipant);
            return c.post("/api/v1/proposals", proposeBody(fixtureParticipant, workPlace));
        });
        calls.put("GET /api/v1/proposals/{id} [fixtur]", c -> c.get("/api/v1/proposals/" + fixtureProposal));
        calls.put("GET /api/v1/proposals/{id} [deltagarens]", c -> c.get("/api/v1/proposals/" + linkedProposal));
        calls.put("GET /api/v1/proposals/{id}/actions [fixtur]",
                c -> c.get("/api/v1/proposals/" + fixtureProposal + "/actions"));
        calls.put("GET /api/v1/proposals/{id}/actions [deltagarens]",
                c -> c.get("/api/v1/proposals/" + linkedProposal + "/actions"));
        calls.put("GET /api/v1/proposals", c -> c.get("/api/v1/proposals"));
        calls.put("GET /api/v1/placements/{id}/proposals [öppen]", c -> c.get(open + "/proposals"));
        calls.put("GET /api/v1/participants/{id}/proposals [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/proposals"));
        // Asking for an interview changes least: no seat is taken.
        calls.put("POST /api/v1/proposals/{id}/review [fixtur]", c -> {
            JsonNode proposal = freshProposal(fixtureParticipant, Stage.PROPOSED);
            return c.post("/api/v1/proposals/" + proposal.path("id").asString() + "/review", Map.of(
                    "decision", "REQUEST_INTERVIEW", "lockVersion", proposal.path("lockVersion").asLong()));
        });
        calls.put("POST /api/v1/proposals/{id}/start [fixtur]", c -> {
            JsonNode proposal = freshProposal(fixtureParticipant, Stage.ACCEPTED);
            return c.post("/api/v1/proposals/" + proposal.path("id").asString() + "/start", startBody(proposal));
        });
        calls.put("PUT /api/v1/proposals/{id}/agreement [fixtur]", c -> {
            JsonNode proposal = freshProposal(fixtureParticipant, Stage.AGREED);
            return c.put("/api/v1/proposals/" + proposal.path("id").asString() + "/agreement", agreementBody(proposal));
        });
        calls.put("POST /api/v1/proposals/{id}/approvals [fixtur, deltagaren]", c -> c.post("/api/v1/proposals/"
                + freshProposal(fixtureParticipant, Stage.AGREEMENT_WRITTEN).path("id").asString() + "/approvals",
                Map.of("party", "PARTICIPANT")));
        calls.put("POST /api/v1/proposals/{id}/approvals [deltagarens, deltagaren]", c -> c.post("/api/v1/proposals/"
                + freshProposal(linkedParticipant, Stage.AGREEMENT_WRITTEN).path("id").asString() + "/approvals",
                Map.of("party", "PARTICIPANT")));
        calls.put("POST /api/v1/proposals/{id}/approvals [fixtur, arbetsgivaren]", c -> c.post("/api/v1/proposals/"
                + freshProposal(fixtureParticipant, Stage.AGREEMENT_WRITTEN).path("id").asString() + "/approvals",
                Map.of("party", "EMPLOYER")));
        calls.put("POST /api/v1/proposals/{id}/approvals [fixtur, koordinatorn]", c -> c.post("/api/v1/proposals/"
                + freshProposal(fixtureParticipant, Stage.AGREEMENT_WRITTEN).path("id").asString() + "/approvals",
                Map.of("party", "COORDINATOR")));
        calls.put("POST /api/v1/proposals/{id}/activate [fixtur]", c -> {
            JsonNode proposal = freshProposal(fixtureParticipant, Stage.APPROVED);
            return c.post("/api/v1/proposals/" + proposal.path("id").asString() + "/activate",
                    Map.of("lockVersion", proposal.path("lockVersion").asLong()));
        });
        calls.put("POST /api/v1/proposals/{id}/end [fixtur]", c -> {
            JsonNode proposal = freshProposal(fixtureParticipant, Stage.ACTIVE);
            return c.post("/api/v1/proposals/" + proposal.path("id").asString() + "/end", Map.of("completed", true,
                    "endedOn", today().toString(), "lockVersion", proposal.path("lockVersion").asLong()));
        });
        calls.put("POST /api/v1/proposals/{id}/withdraw [fixtur]", c -> {
            JsonNode proposal = freshProposal(fixtureParticipant, Stage.PROPOSED);
            return c.post("/api/v1/proposals/" + proposal.path("id").asString() + "/withdraw",
                    Map.of("lockVersion", proposal.path("lockVersion").asLong()));
        });

        String fixtureMatches = "/api/v1/participants/" + fixtureParticipant + "/placement-matches";
        calls.put("GET /api/v1/participants/{id}/placement-matches [fixtur]", c -> c.get(fixtureMatches));
        calls.put("GET /api/v1/participants/{id}/placement-matches/{placementId} [fixtur, öppen]",
                c -> c.get(fixtureMatches + "/" + openPlace));
        calls.put("GET /api/v1/placements/{id}/candidate-matches [öppen]", c -> c.get(open + "/candidate-matches"));
        // Allocating saves nothing.
        calls.put("POST /api/v1/allocations [fixtur, öppen]", c -> c.post("/api/v1/allocations", Map.of(
                "participantIds", List.of(fixtureParticipant.toString()), "placementIds", List.of(openPlace.toString()))));
        calls.put("POST /api/v1/allocations/confirmations [fixtur, arbetsplats]", c -> {
            closeOpenProposals(fixtureParticipant);
            return c.post("/api/v1/allocations/confirmations", Map.of("assignments", List.of(Map.of(
                    "participantId", fixtureParticipant.toString(), "placementId", workPlace.toString()))));
        });
        calls.put("GET /api/v1/participants/{id}/waivers [fixtur]",
                c -> c.get("/api/v1/participants/" + fixtureParticipant + "/waivers"));
        // A new participant (a pair is waived once), sharing with the same organisations as [fixtur].
        calls.put("POST /api/v1/participants/{id}/waivers [ny deltagare]", c -> {
            UUID participant = newParticipant(koordinator);
            created(koordinator.post("/api/v1/participants/" + participant + "/consents", consentBody()));
            return c.post("/api/v1/participants/" + participant + "/waivers", Map.of("placementId", openPlace.toString(),
                    "requirement", "SWEDISH_LEVEL", "reason", "Språkpraktik med stöd av SFI-läraren"));
        });
        calls.put("GET /api/v1/participants/{id}/candidate-profile [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/candidate-profile"));
        // Writes back exactly what was read: allowed calls change nothing.
        calls.put("PUT /api/v1/participants/{id}/candidate-profile [fixtur]", c -> {
            String path = "/api/v1/participants/" + fixtureParticipant + "/candidate-profile";
            return c.put(path, asCommand(ok(koordinator.get(path)), CandidateProfileCommand.class));
        });
        calls.put("POST /api/v1/participants/{id}/certificates [deltagarens]",
                c -> c.post("/api/v1/participants/" + linkedParticipant + "/certificates", certificateBody()));
        calls.put("GET /api/v1/participants/{id}/certificates [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/certificates"));
        calls.put("GET /api/v1/certificates/{id} [deltagarens]", c -> c.get("/api/v1/certificates/" + fixtureCertificate));
        calls.put("GET /api/v1/certificates/{id}.pdf [deltagarens]",
                c -> c.send("GET", "/api/v1/certificates/" + fixtureCertificate + ".pdf", null, "application/pdf"));
        calls.put("GET /api/v1/certificates/{id}/credential [deltagarens]",
                c -> c.send("GET", "/api/v1/certificates/" + fixtureCertificate + "/credential", null, "application/vc+jwt"));
        calls.put("POST /api/v1/certificates/{id}/revoke [deltagarens]", c -> {
            String fresh = created(koordinator.post("/api/v1/participants/" + linkedParticipant + "/certificates",
                    certificateBody())).path("id").asString();
            return c.post("/api/v1/certificates/" + fresh + "/revoke", Map.of("reason", "Behörighetsmatrisen"));
        });
        calls.put("GET /api/v1/certificates/{id}/status [deltagarens]",
                c -> c.get("/api/v1/certificates/" + fixtureCertificate + "/status"));
        calls.put("POST /api/v1/certificates/verify [deltagarens]",
                c -> c.post("/api/v1/certificates/verify", Map.of("credential", fixtureCredential)));
        calls.put("GET /api/v1/issuers/{orgId} [Älvstad]", c -> c.get("/api/v1/issuers/" + alvstadLabourMarket));
        calls.put("GET /api/v1/issuers/{orgId}/jwks.json [Älvstad]",
                c -> c.get("/api/v1/issuers/" + alvstadLabourMarket + "/jwks.json"));
        calls.put("GET /api/v1/issuers/{orgId}/keys [Älvstad]",
                c -> c.get("/api/v1/issuers/" + alvstadLabourMarket + "/keys"));
        calls.put("POST /api/v1/issuers/{orgId}/keys/rotate [Älvstad, rutinbyte]",
                c -> c.post("/api/v1/issuers/" + alvstadLabourMarket + "/keys/rotate",
                        Map.of("reason", "ROUTINE", "note", "Behörighetsmatrisen")));
    }

    // --- language validation and work-ability assessments ---

    private String fixtureLanguageDraft;
    private String workAbilityForm;
    private String defaultWorkAbilityForm;
    private String defaultWorkAbilityVersion;
    private String fixtureWorkAbilityDraft;
    private String fixtureWorkAbilitySigned;

    private void setUpValidationLanguageWorkAbility() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        fixtureLanguageDraft = created(koordinator.post("/api/v1/participants/" + fixtureParticipant
                + "/language-assessments", languageBody())).path("id").asString();
        JsonNode standard = ok(koordinator.get("/api/v1/work-ability-forms")).path("items").get(0);
        assertThat(standard.path("organisationId").isNull()).as("the default form comes first").isTrue();
        defaultWorkAbilityForm = standard.path("id").asString();
        defaultWorkAbilityVersion = standard.path("versionId").asString();
        workAbilityForm = created(koordinator.post("/api/v1/work-ability-forms", workAbilityFormBody(null)))
                .path("id").asString();
        fixtureWorkAbilityDraft = created(koordinator.post("/api/v1/participants/" + fixtureParticipant
                + "/work-ability-assessments", workAbilityBody(null))).path("id").asString();
        String signed = created(koordinator.post("/api/v1/participants/" + fixtureParticipant
                + "/work-ability-assessments", workAbilityBody(null))).path("id").asString();
        ok(koordinator.post("/api/v1/work-ability-assessments/" + signed + "/sign", Map.of()));
        fixtureWorkAbilitySigned = signed;
    }

    private Map<String, Object> languageBody() {
        String statement = ok(as(DemoUsers.COORDINATOR).get("/api/v1/language/can-do-statements?skill=SPEAKING&level=A1"))
                .get(0).path("id").asString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessedOn", today().toString());
        body.put("answers", List.of(Map.of("statementId", statement, "achievement", "YES")));
        return body;
    }

    private static Map<String, Object> workAbilityFormBody(Long lockVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Matrisformulär " + System.nanoTime());
        body.put("questions", List.of(Map.of("area", "PACE", "text", "Håller tempot", "scaleMax", 4,
                "lowLabel", "Lågt", "highLabel", "Högt")));
        if (lockVersion != null) {
            body.put("lockVersion", lockVersion);
        }
        return body;
    }

    private Map<String, Object> workAbilityBody(Long lockVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("formVersionId", defaultWorkAbilityVersion);
        body.put("requester", "ARBETSFORMEDLINGEN");
        body.put("requesterReference", "Matris-1");
        body.put("periodFrom", today().minusWeeks(2).toString());
        body.put("periodTo", today().toString());
        body.put("answers", List.of());
        if (lockVersion != null) {
            body.put("lockVersion", lockVersion);
        }
        return body;
    }

    private void defineValidationLanguageWorkAbilityCalls() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        String linked = "/api/v1/participants/" + linkedParticipant;
        String fixture = "/api/v1/participants/" + fixtureParticipant;
        String draft = "/api/v1/language-assessments/" + fixtureLanguageDraft;
        calls.put("GET /api/v1/language/can-do-statements", c -> c.get("/api/v1/language/can-do-statements"));
        calls.put("GET /api/v1/participants/{id}/language-assessments [deltagarens]",
                c -> c.get(linked + "/language-assessments"));
        calls.put("POST /api/v1/participants/{id}/language-assessments [fixtur]",
                c -> c.post(fixture + "/language-assessments", languageBody()));
        calls.put("GET /api/v1/language-assessments/{id} [fixtur, utkast]", c -> c.get(draft));
        calls.put("PUT /api/v1/language-assessments/{id} [fixtur, utkast]", c -> {
            Map<String, Object> body = languageBody();
            body.put("lockVersion", ok(koordinator.get(draft)).path("lockVersion").asLong());
            return c.put(draft, body);
        });
        calls.put("POST /api/v1/language-assessments/{id}/sign [fixtur, nytt utkast]", c -> c.post(
                "/api/v1/language-assessments/" + created(koordinator.post(fixture + "/language-assessments",
                        languageBody())).path("id").asString() + "/sign", Map.of()));
        calls.put("GET /api/v1/participants/{id}/language-progress [deltagarens]",
                c -> c.get(linked + "/language-progress"));
        calls.put("POST /api/v1/participants/{id}/language-progress/swedish-level [fixtur]", c -> {
            // a signed assessment reaching A1 in all four skills first, so that there is a validated level
            List<Map<String, Object>> answers = new ArrayList<>();
            for (String skill : List.of("LISTENING", "SPEAKING", "READING", "WRITING")) {
                ok(koordinator.get("/api/v1/language/can-do-statements?level=A1&skill=" + skill)).forEach(statement ->
                        answers.add(Map.of("statementId", statement.path("id").asString(), "achievement", "YES")));
            }
            Map<String, Object> body = languageBody();
            body.put("answers", answers);
            ok(koordinator.post("/api/v1/language-assessments/" + created(koordinator.post(fixture
                    + "/language-assessments", body)).path("id").asString() + "/sign", Map.of()));
            long version = ok(koordinator.get(fixture)).path("version").asLong();
            return c.post(fixture + "/language-progress/swedish-level", Map.of("participantVersion", version));
        });
        calls.put("GET /api/v1/work-ability-forms", c -> c.get("/api/v1/work-ability-forms"));
        calls.put("POST /api/v1/work-ability-forms", c -> c.post("/api/v1/work-ability-forms", workAbilityFormBody(null)));
        calls.put("GET /api/v1/work-ability-forms/{id} [standard]",
                c -> c.get("/api/v1/work-ability-forms/" + defaultWorkAbilityForm));
        calls.put("PUT /api/v1/work-ability-forms/{id} [Älvstad AF]", c -> {
            String path = "/api/v1/work-ability-forms/" + workAbilityForm;
            return c.put(path, workAbilityFormBody(ok(koordinator.get(path)).path("lockVersion").asLong()));
        });
        calls.put("GET /api/v1/work-ability-form-versions/{versionId} [standard]",
                c -> c.get("/api/v1/work-ability-form-versions/" + defaultWorkAbilityVersion));
        calls.put("GET /api/v1/participants/{id}/work-ability-assessments [deltagarens]",
                c -> c.get(linked + "/work-ability-assessments"));
        calls.put("POST /api/v1/participants/{id}/work-ability-assessments [fixtur]",
                c -> c.post(fixture + "/work-ability-assessments", workAbilityBody(null)));
        String workDraft = "/api/v1/work-ability-assessments/" + fixtureWorkAbilityDraft;
        calls.put("GET /api/v1/work-ability-assessments/{id} [fixtur, utkast]", c -> c.get(workDraft));
        calls.put("PUT /api/v1/work-ability-assessments/{id} [fixtur, utkast]", c -> c.put(workDraft,
                workAbilityBody(ok(koordinator.get(workDraft)).path("lockVersion").asLong())));
        calls.put("POST /api/v1/work-ability-assessments/{id}/sign [fixtur, nytt utkast]", c -> c.post(
                "/api/v1/work-ability-assessments/" + created(koordinator.post(fixture + "/work-ability-assessments",
                        workAbilityBody(null))).path("id").asString() + "/sign", Map.of()));
        String signed = "/api/v1/work-ability-assessments/" + fixtureWorkAbilitySigned;
        calls.put("GET /api/v1/work-ability-assessments/{id}/report [fixtur, signerad]", c -> c.get(signed + "/report"));
        calls.put("GET /api/v1/work-ability-assessments/{id}/report.pdf [fixtur, signerad]",
                c -> c.get(signed + "/report.pdf"));

        ApiClient handledare = as(DemoUsers.SUPERVISOR);
        ApiClient chef = as(DemoUsers.EMPLOYER_MANAGER);
        String checklistPath = "/api/v1/checklists/" + fixtureChecklist;
        calls.put("GET /api/v1/checklist-templates", c -> c.get("/api/v1/checklist-templates?size=5"));
        calls.put("POST /api/v1/checklist-templates [egen organisation]",
                c -> c.post("/api/v1/checklist-templates", templateBody(warehouseTemplate, false)));
        calls.put("POST /api/v1/checklist-templates [plattform]",
                c -> c.post("/api/v1/checklist-templates", templateBody(warehouseTemplate, true)));
        calls.put("GET /api/v1/checklist-templates/{id} [plattform]",
                c -> c.get("/api/v1/checklist-templates/" + homeCareTemplate.path("id").asString()));
        // Writes back exactly what was read (with its lockVersion): allowed calls change nothing.
        calls.put("PUT /api/v1/checklist-templates/{id} [Älvstad omsorg]", c -> c.put("/api/v1/checklist-templates/"
                + careTemplate, templateBody(ok(chef.get("/api/v1/checklist-templates/" + careTemplate)), null)));
        calls.put("GET /api/v1/placements/{id}/checklists [språkpraktik]",
                c -> c.get("/api/v1/placements/" + languageInternship + "/checklists"));
        calls.put("POST /api/v1/placements/{id}/checklists [språkpraktik]", c -> c.post("/api/v1/placements/"
                + languageInternship + "/checklists", Map.of("templateId", homeCareTemplate.path("id").asString(),
                "title", "Matrislista " + System.nanoTime())));
        calls.put("GET /api/v1/checklists/{id} [fixturlista]", c -> c.get(checklistPath));
        calls.put("PUT /api/v1/checklists/{id}/title [fixturlista]", c -> {
            JsonNode list = ok(chef.get(checklistPath));
            return c.put(checklistPath + "/title", Map.of("title", list.path("title").asString(),
                    "lockVersion", list.path("lockVersion").asLong()));
        });
        calls.put("POST /api/v1/checklists/{id}/items [fixturlista]", c -> c.post(checklistPath + "/items", Map.of(
                "text", "Matrispunkt", "easyText", "Matrispunkt.", "lockVersion",
                ok(chef.get(checklistPath)).path("lockVersion").asLong())));
        calls.put("PUT /api/v1/checklists/{id}/items/{itemId} [fixturlista]", c -> {
            JsonNode list = ok(chef.get(checklistPath));
            JsonNode item = list.path("items").get(0);
            return c.put(checklistPath + "/items/" + item.path("id").asString(), Map.of("text", item.path("text").asString(),
                    "easyText", item.path("easyText").asString(), "lockVersion", list.path("lockVersion").asLong()));
        });
        calls.put("POST /api/v1/checklists/{id}/items/{itemId}/position [fixturlista]", c -> {
            JsonNode list = ok(chef.get(checklistPath));
            return c.post(checklistPath + "/items/" + list.path("items").get(0).path("id").asString() + "/position",
                    Map.of("position", 1, "lockVersion", list.path("lockVersion").asLong()));
        });
        calls.put("POST /api/v1/checklists/{id}/items/{itemId}/removal [fixturlista, ny punkt]", c -> {
            JsonNode list = created(chef.post(checklistPath + "/items", Map.of("text", "Tas bort", "easyText", "Tas bort.",
                    "lockVersion", ok(chef.get(checklistPath)).path("lockVersion").asLong())));
            JsonNode added = list.path("items").valueStream().filter(i -> !i.path("removed").asBoolean())
                    .reduce((a, b) -> b).orElseThrow();
            return c.post(checklistPath + "/items/" + added.path("id").asString() + "/removal",
                    Map.of("lockVersion", list.path("lockVersion").asLong()));
        });
        calls.put("GET /api/v1/checklists/{id}/changes [fixturlista]", c -> c.get(checklistPath + "/changes"));
        calls.put("GET /api/v1/participants/{id}/checklists [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/checklists"));
        calls.put("GET /api/v1/participants/{id}/assessments [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/assessments"));
        calls.put("POST /api/v1/assessments [deltagarens, fixturlista]", c -> c.post("/api/v1/assessments", assessmentBody()));
        calls.put("GET /api/v1/assessments/{id} [deltagarens, signerad]", c -> c.get("/api/v1/assessments/" + signedAssessment));
        calls.put("PUT /api/v1/assessments/{id} [utkast]", c -> {
            JsonNode fresh = freshDraft();
            Map<String, Object> body = new LinkedHashMap<>(assessmentBody());
            body.keySet().retainAll(Set.of("assessedOn", "ratings"));
            body.put("lockVersion", fresh.path("lockVersion").asLong());
            return c.put("/api/v1/assessments/" + fresh.path("id").asString(), body);
        });
        calls.put("POST /api/v1/assessments/{id}/signature [utkast]", c -> {
            JsonNode fresh = freshDraft();
            return c.post("/api/v1/assessments/" + fresh.path("id").asString() + "/signature",
                    Map.of("lockVersion", fresh.path("lockVersion").asLong()));
        });
        calls.put("POST /api/v1/assessments/{id}/evidence [utkast]", c -> c.post("/api/v1/assessments/"
                + freshDraft().path("id").asString() + "/evidence", Map.of("note", "Behörighetsmatrisen")));
        calls.put("POST /api/v1/assessments/{id}/evidence/files [utkast]",
                c -> uploadPdf(c, "/api/v1/assessments/" + freshDraft().path("id").asString() + "/evidence/files"));
        calls.put("GET /api/v1/assessments/{id}/evidence/{evidenceId}/file [utkast med fil]", c -> {
            String draftPath = "/api/v1/assessments/" + freshDraft().path("id").asString();
            Response uploaded = uploadPdf(handledare, draftPath + "/evidence/files");
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            return c.send("GET", draftPath + "/evidence/" + uploaded.json().path("id").asString() + "/file", null, "*/*");
        });

        // Workplaces without an account. A workplace registered by an allowed call is handed over to an employer
        // account at once, so that no demo municipality is left standing in for a new one (which would change
        // other rows: a coordinator standing in for an employer has an inbox of proposals).
        ApiClient bergsjoCoordinator = as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR);
        ApiClient platformAdmin = as(DemoUsers.PLATFORM_ADMIN);
        Function<String, Map<String, Object>> employerAccount = name -> Map.of("username", name + "." + System.nanoTime(),
                "displayName", "Matris Arbetsgivare", "password", "hallon-och-gurka-2026");
        java.util.function.Supplier<String> bergsjoShop = () -> "/api/v1/external-workplaces/" + ok(bergsjoCoordinator
                .get("/api/v1/external-workplaces")).valueStream().filter(w -> "Bergsjö Lanthandel AB".equals(
                        w.path("name").asString())).findFirst().orElseThrow().path("organisationId").asString();
        calls.put("GET /api/v1/external-workplaces", c -> c.get("/api/v1/external-workplaces"));
        calls.put("POST /api/v1/external-workplaces [ny, lämnas över direkt]", c -> {
            Response response = c.post("/api/v1/external-workplaces", ExternalWorkplaceJson.aWorkplace().build());
            if (response.status() == 201) {
                ok(platformAdmin.post("/api/v1/external-workplaces/" + response.json().path("organisationId").asString()
                        + "/take-over", employerAccount.apply("matris.ny")));
            }
            return response;
        });
        calls.put("GET /api/v1/external-workplaces/{id} [Bergsjö Lanthandel]", c -> c.get(bergsjoShop.get()));
        // Writes back exactly what was read (with its version): allowed calls change nothing.
        calls.put("PUT /api/v1/external-workplaces/{id} [Bergsjö Lanthandel]", c -> {
            String path = bergsjoShop.get();
            return c.put(path, asCommand(ok(bergsjoCoordinator.get(path)), ExternalWorkplaceCommand.class));
        });
        calls.put("POST /api/v1/external-workplaces/{id}/take-over [ny i Bergsjö]", c -> {
            JsonNode fresh = created(bergsjoCoordinator.post("/api/v1/external-workplaces",
                    ExternalWorkplaceJson.aWorkplace().build()));
            String path = "/api/v1/external-workplaces/" + fresh.path("organisationId").asString();
            Response response = c.post(path + "/take-over", employerAccount.apply("matris.tar.over"));
            if (response.status() != 200) {
                ok(platformAdmin.post(path + "/take-over", employerAccount.apply("matris.tar.over")));
            }
            return response;
        });

        // Invitations of [fixtur]: before each call the coordinator sets the state the call needs (none pending, or one).
        String invitations = "/api/v1/participants/" + fixtureParticipant + "/invitations";
        calls.put("GET /api/v1/participants/{id}/account [fixtur]",
                c -> c.get("/api/v1/participants/" + fixtureParticipant + "/account"));
        calls.put("POST /api/v1/participants/{id}/invitations [fixtur]", c -> {
            koordinator.post(invitations + "/revocation", null);
            return c.post(invitations, null);
        });
        calls.put("POST /api/v1/participants/{id}/invitations/resend [fixtur]", c -> {
            koordinator.post(invitations, null);
            return c.post(invitations + "/resend", null);
        });
        calls.put("POST /api/v1/participants/{id}/invitations/revocation [fixtur]", c -> {
            koordinator.post(invitations, null);
            return c.post(invitations + "/revocation", null);
        });
        calls.put("GET /api/v1/caseload", c -> c.get("/api/v1/caseload"));
        calls.put("GET /api/v1/indicators [egen organisation]", c -> c.get("/api/v1/indicators?scope=ORGANISATION"));
        calls.put("GET /api/v1/indicators [regionen]", c -> c.get("/api/v1/indicators?scope=REGION"));
        calls.put("GET /api/v1/indicators/report.xlsx", c -> c.get("/api/v1/indicators/report.xlsx"));
        calls.put("GET /api/v1/indicators/report.pdf", c -> c.get("/api/v1/indicators/report.pdf"));
        calls.put("GET /api/v1/indicators/report.zip", c -> c.get("/api/v1/indicators/report.zip"));
        calls.put("GET /api/v1/indicators/flow [regionen, en kedja med resor]", c -> c.get(
                "/api/v1/indicators/flow?scope=REGION&ladder=" + jdbc.sql(
                        "SELECT ladder_id FROM indicators_journey ORDER BY enrolled_on, journey_id LIMIT 1")
                        .query(UUID.class).single()));
        calls.put("GET /api/v1/indicators/flow [egen organisation, okänd kedja]", c -> c.get(
                "/api/v1/indicators/flow?ladder=" + UUID.randomUUID()));
        calls.put("GET /api/v1/caseload/coordinators", c -> c.get("/api/v1/caseload/coordinators"));
        calls.put("GET /api/v1/caseload/filters", c -> c.get("/api/v1/caseload/filters"));
        calls.put("POST /api/v1/caseload/filters [nytt namn]", c -> c.post("/api/v1/caseload/filters",
                Map.of("name", "Matrisurval " + UUID.randomUUID(), "kinds", List.of("OPEN_OBSTACLE"))));
        calls.put("DELETE /api/v1/caseload/filters/{id} [finns inte]",
                c -> c.delete("/api/v1/caseload/filters/" + UUID.randomUUID()));

        // Tasks: a task koordinator opened for themself about [fixtur]; each completion call a new task of theirs.
        Function<UUID, Map<String, Object>> taskBody = owner -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", "Matrisuppgift " + System.nanoTime());
            body.put("ownerId", owner.toString());
            body.put("dueDate", today().plusDays(3).toString());
            return body;
        };
        Map<String, Object> aboutFixture = new LinkedHashMap<>(taskBody.apply(koordinatorId));
        aboutFixture.put("participantId", fixtureParticipant.toString());
        String fixtureTask = "/api/v1/tasks/" + created(koordinator.post("/api/v1/tasks", aboutFixture)).path("id")
                .asString();
        calls.put("GET /api/v1/tasks", c -> c.get("/api/v1/tasks?includeClosed=true"));
        calls.put("POST /api/v1/tasks [åt sig själv]", c -> {
            Response me = c.get("/api/v1/me");
            return c.post("/api/v1/tasks", taskBody.apply(me.status() == 200 ? uuid(me.json().path("id"))
                    : koordinatorId));
        });
        calls.put("GET /api/v1/tasks/{id} [koordinatorns, om fixtur]", c -> c.get(fixtureTask));
        calls.put("POST /api/v1/tasks/{id}/completion [ny, koordinatorns]", c -> c.post("/api/v1/tasks/"
                + created(koordinator.post("/api/v1/tasks", taskBody.apply(koordinatorId))).path("id").asString()
                + "/completion", Map.of("note", "Klart i matrisen")));
        calls.put("GET /api/v1/participants/{id}/tasks [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/tasks"));

        // Meetings
        UUID chefId = uuid(ok(as(DemoUsers.EMPLOYER_MANAGER).get("/api/v1/me")).path("id"));
        java.util.function.BiFunction<String, List<UUID>, Map<String, Object>> meetingBody = (kind, attendees) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", kind);
            body.put("title", "Matrismöte " + System.nanoTime());
            body.put("date", today().toString());
            body.put("startTime", "09:00");
            body.put("endTime", "10:00");
            body.put("place", "Stadshuset");
            body.put("attendeeIds", attendees.stream().map(UUID::toString).toList());
            body.put("agenda", List.of("Platser"));
            return body;
        };
        java.util.function.Supplier<JsonNode> workingGroup = () -> created(koordinator.post("/api/v1/meetings",
                meetingBody.apply("WORKING_GROUP", List.of(koordinatorId, chefId))));
        String plannedWorkingGroup = "/api/v1/meetings/" + workingGroup.get().path("id").asString();
        Map<String, Object> threeParty = meetingBody.apply("THREE_PARTY_FOLLOW_UP",
                List.of(koordinatorId, handledareId, chefId));
        threeParty.put("participantId", fixtureParticipant.toString());
        String threePartyMeeting = "/api/v1/meetings/" + created(koordinator.post("/api/v1/meetings", threeParty))
                .path("id").asString();
        calls.put("GET /api/v1/meetings", c -> c.get("/api/v1/meetings"));
        calls.put("POST /api/v1/meetings [arbetsgrupp]",
                c -> c.post("/api/v1/meetings", meetingBody.apply("WORKING_GROUP", List.of(koordinatorId))));
        calls.put("GET /api/v1/meetings/{id} [arbetsgrupp med chef]", c -> c.get(plannedWorkingGroup));
        calls.put("GET /api/v1/meetings/{id} [trepartssamtal, fixtur]", c -> c.get(threePartyMeeting));
        calls.put("PUT /api/v1/meetings/{id} [ny arbetsgrupp med chef]", c -> {
            JsonNode fresh = workingGroup.get();
            Map<String, Object> body = meetingBody.apply("WORKING_GROUP", List.of(koordinatorId, chefId));
            body.put("lockVersion", fresh.path("lockVersion").asLong());
            return c.put("/api/v1/meetings/" + fresh.path("id").asString(), body);
        });
        calls.put("POST /api/v1/meetings/{id}/cancellation [ny arbetsgrupp med chef]", c -> {
            JsonNode fresh = workingGroup.get();
            return c.post("/api/v1/meetings/" + fresh.path("id").asString() + "/cancellation",
                    Map.of("reason", "Matrisen", "lockVersion", fresh.path("lockVersion").asLong()));
        });
        calls.put("POST /api/v1/meetings/{id}/held [ny arbetsgrupp med chef]", c -> {
            JsonNode fresh = workingGroup.get();
            return c.post("/api/v1/meetings/" + fresh.path("id").asString() + "/held",
                    Map.of("notes", "Matrisanteckningar", "lockVersion", fresh.path("lockVersion").asLong()));
        });
        calls.put("POST /api/v1/meetings/{id}/decisions [nytt hållet möte med chef]", c -> {
            JsonNode fresh = workingGroup.get();
            String path = "/api/v1/meetings/" + fresh.path("id").asString();
            ok(koordinator.post(path + "/held", Map.of("lockVersion", fresh.path("lockVersion").asLong())));
            return c.post(path + "/decisions", Map.of("text", "Matrisbeslut", "ownerId", chefId.toString(),
                    "dueDate", today().plusWeeks(1).toString()));
        });
        calls.put("GET /api/v1/meetings/decisions", c -> c.get("/api/v1/meetings/decisions?query=matrisbeslut"));
    }

    // --- projects and outcomes after exit ---

    private void defineProjectCalls() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        java.util.function.Supplier<Map<String, Object>> projectBody = () -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "Matrisprojekt " + System.nanoTime());
            body.put("funder", "ESF+");
            body.put("funderReference", "2023-00123");
            body.put("from", today().minusMonths(1).toString());
            body.put("ladderIds", List.of(fixtureLadder.toString()));
            return body;
        };
        String project = "/api/v1/projects/" + created(koordinator.post("/api/v1/projects", projectBody.get()))
                .path("id").asString();
        calls.put("GET /api/v1/projects", c -> c.get("/api/v1/projects"));
        calls.put("POST /api/v1/projects", c -> c.post("/api/v1/projects", projectBody.get()));
        calls.put("GET /api/v1/projects/{id} [Älvstad-projekt]", c -> c.get(project));
        calls.put("PUT /api/v1/projects/{id} [Älvstad-projekt]", c -> {
            JsonNode read = ok(koordinator.get(project));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", read.path("name").asString());
            body.put("funder", read.path("funder").asString());
            body.put("funderReference", read.path("funderReference").asString());
            body.put("from", read.path("from").asString());
            body.put("ladderIds", List.of(fixtureLadder.toString()));
            body.put("version", read.path("version").asLong());
            return c.put(project, body);
        });
        calls.put("GET /api/v1/projects/{id}/participants [Älvstad-projekt]", c -> c.get(project + "/participants"));
        calls.put("POST /api/v1/projects/{id}/participants [nytt Älvstad-projekt]", c -> c.post("/api/v1/projects/"
                + created(koordinator.post("/api/v1/projects", projectBody.get())).path("id").asString()
                + "/participants", Map.of("participantId", fixtureParticipant.toString(), "on", today().toString())));
        calls.put("POST /api/v1/projects/{id}/participants/{participantId}/removal [nytt Älvstad-projekt, fixtur]",
                c -> {
                    String fresh = "/api/v1/projects/" + created(koordinator.post("/api/v1/projects",
                            projectBody.get())).path("id").asString();
                    created(koordinator.post(fresh + "/participants", Map.of("participantId",
                            fixtureParticipant.toString(), "on", today().minusDays(3).toString())));
                    return c.post(fresh + "/participants/" + fixtureParticipant + "/removal",
                            Map.of("on", today().toString()));
                });

        calls.put("GET /api/v1/participants/{id}/follow-ups [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/follow-ups"));
        calls.put("POST /api/v1/participants/{id}/journeys/{journeyId}/follow-ups [ny deltagare, avslutad]", c -> {
            UUID participant = newParticipant(koordinator);
            JsonNode journey = created(koordinator.post("/api/v1/participants/" + participant + "/journeys",
                    Map.of("ladderId", fixtureLadder, "on", today().minusDays(300).toString())));
            String base = "/api/v1/participants/" + participant + "/journeys/" + journey.path("id").asString();
            ok(koordinator.post(base + "/events", Map.of("type", "COMPLETED", "on", today().minusDays(200).toString(),
                    "version", journey.path("version").asLong())));
            return c.post(base + "/follow-ups", Map.of("point", "DAYS_90", "outcome", "REGULAR_EMPLOYMENT",
                    "on", today().toString()));
        });
    }

    // --- follow-up ---

    /** Per row, a check-in with open flags that no allowed call has used yet. */
    private final Map<String, JsonNode> spareCheckIns = new LinkedHashMap<>();

    private void defineFollowUpCalls() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        ApiClient handledare = as(DemoUsers.SUPERVISOR);
        String rules = "/api/v1/ladders/" + labourMarketLadder + "/follow-up-rules";
        calls.put("GET /api/v1/ladders/{id}/follow-up-rules [Älvstad AF]", c -> c.get(rules));
        // Writes back the rules read: an allowed call changes nothing.
        calls.put("PUT /api/v1/ladders/{id}/follow-up-rules [Älvstad AF]", c -> {
            JsonNode current = ok(koordinator.get(rules));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("steps", current.path("steps").valueStream().filter(s -> !s.path("byDefault").asBoolean())
                    .map(s -> Map.of("stepId", s.path("stepId").asString(), "frequency", s.path("frequency").asString()))
                    .toList());
            body.put("afterRegularJob", current.path("afterRegularJob").isNull() ? null : Map.of(
                    "frequency", current.path("afterRegularJob").path("frequency").asString(),
                    "weeks", current.path("afterRegularJob").path("weeks").asInt()));
            return c.put(rules, body);
        });
        calls.put("GET /api/v1/participants/{id}/check-in-form [deltagarens, deltagare]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/check-in-form?audience=PARTICIPANT"));
        calls.put("GET /api/v1/participants/{id}/check-in-form [fixtur, handledare]",
                c -> c.get("/api/v1/participants/" + fixtureParticipant + "/check-in-form?audience=SUPERVISOR"));
        // This week's; the one read below is the previous week's.
        calls.put("POST /api/v1/participants/{id}/check-ins [fixtur, handledarens svar]",
                c -> c.post("/api/v1/participants/" + fixtureParticipant + "/check-ins",
                        supervisorCheckIn(handledare, fixtureParticipant, null)));
        String lastWeeks = created(handledare.post("/api/v1/participants/" + fixtureParticipant + "/check-ins",
                supervisorCheckIn(handledare, fixtureParticipant, today().minusDays(7)))).path("id").asString();
        calls.put("GET /api/v1/participants/{id}/check-ins [fixtur]",
                c -> c.get("/api/v1/participants/" + fixtureParticipant + "/check-ins"));
        calls.put("GET /api/v1/check-ins/{id} [fixtur, handledarens svar]", c -> c.get("/api/v1/check-ins/" + lastWeeks));
        calls.put("POST /api/v1/check-ins/{id}/review [ny avstämning]", c -> onSpareCheckIn(
                "review", c, checkIn -> c.post("/api/v1/check-ins/" + checkIn.path("id").asString() + "/review",
                        Map.of("note", "Behörighetsmatrisen"))));
        calls.put("POST /api/v1/check-ins/{id}/flags/{flagId}/action [ny avstämning]", c -> onSpareCheckIn(
                "action", c, checkIn -> c.post("/api/v1/check-ins/" + checkIn.path("id").asString() + "/flags/"
                        + checkIn.path("flags").get(0).path("id").asString() + "/action",
                        Map.of("title", "Behörighetsmatrisen", "ownerId", koordinatorId.toString(),
                                "dueDate", today().plusWeeks(1).toString()))));
        calls.put("POST /api/v1/check-ins/{id}/flags/{flagId}/closing [ny avstämning]", c -> onSpareCheckIn(
                "closing", c, checkIn -> c.post("/api/v1/check-ins/" + checkIn.path("id").asString() + "/flags/"
                        + checkIn.path("flags").get(0).path("id").asString() + "/closing",
                        Map.of("note", "Behörighetsmatrisen"))));
        calls.put("GET /api/v1/check-ins/supervised", c -> c.get("/api/v1/check-ins/supervised"));
    }

    private Response onSpareCheckIn(String row, ApiClient caller, Function<JsonNode, Response> call) {
        JsonNode checkIn = spareCheckIns.computeIfAbsent(row, r -> newSupervisedCheckIn());
        Response response = call.apply(checkIn);
        if (response.status() < 300) {
            spareCheckIns.remove(row);
        }
        return response;
    }

    /** A new participant of Älvstad supervised by "handledare", who answers this week's check-in with an obstacle. */
    private JsonNode newSupervisedCheckIn() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        ApiClient handledare = as(DemoUsers.SUPERVISOR);
        UUID participant = newParticipant(koordinator);
        created(koordinator.post("/api/v1/participants/" + participant + "/supervisions", Map.of(
                "supervisorId", handledareId, "startsOn", today().minusDays(1).toString())));
        Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(handledare.get("/api/v1/participants/" + participant).status()).isEqualTo(200));
        return created(handledare.post("/api/v1/participants/" + participant + "/check-ins",
                supervisorCheckIn(handledare, participant, null)));
    }

    /** Valid answers to whichever battery the participant's organisation uses now, and an obstacle (a flag). */
    private Map<String, Object> supervisorCheckIn(ApiClient handledare, UUID participant, LocalDate periodDate) {
        JsonNode form = ok(handledare.get("/api/v1/participants/" + participant + "/check-in-form?audience=SUPERVISOR"));
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode q : form.path("questions")) {
            String value = switch (q.path("kind").asString()) {
                case "SCALE" -> "3";
                case "YES_NO" -> "YES";
                case "TRAFFIC_LIGHT" -> "GREEN";
                case "CHOICE" -> q.path("choices").get(0).asString();
                default -> "Det går bra.";
            };
            answers.add(Map.of("questionKey", q.path("key").asString(), "value", value));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("audience", "SUPERVISOR");
        body.put("answers", answers);
        body.put("obstacles", List.of("CHILDCARE"));
        body.put("periodDate", periodDate == null ? null : periodDate.toString());
        return body;
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Object[] row : MATRIX) {
            for (int column = 0; column < CALLERS.size(); column++) {
                cells.add(Arguments.of(row[0], CALLERS.get(column), row[column + 1]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} som {1} → {2}")
    @MethodSource("cells")
    void accessIsAsInTheMatrix(String endpoint, String caller, int expected) {
        Function<ApiClient, Response> call = calls.get(endpoint);
        assertThat(call).as("no call defined for " + endpoint).isNotNull();
        ApiClient client = ANONYMOUS.equals(caller) ? ApiClient.anonymous(port) : as(caller);

        Response response = call.apply(client);

        assertThat(response.status()).as("%s as %s answered %s", endpoint, caller, response.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).as("content type of a refusal").startsWith("application/problem+json");
            assertThat(response.json().path("status").asInt()).isEqualTo(expected);
        }
    }

    @Test
    void matrixIsWellFormed() {
        Set<String> keys = new TreeSet<>();
        for (Object[] row : MATRIX) {
            assertThat(row).as("row %s: endpoint plus one status per caller", row[0]).hasSize(CALLERS.size() + 1);
            assertThat(keys.add((String) row[0])).as("duplicate row " + row[0]).isTrue();
            if (!PUBLIC_ENDPOINTS.contains(((String) row[0]).split(" \\[")[0])) {
                assertThat(row[1]).as("anonymous on " + row[0]).isEqualTo(401);
            }
        }
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void everyApiEndpointHasARowInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1")) {
                    continue;
                }
                assertThat(methods).as("%s must name its HTTP method(s)", pattern).isNotEmpty();
                methods.forEach(method -> mapped.add(method.name() + " " + pattern));
            }
        }
        Set<String> inMatrix = new TreeSet<>();
        for (Object[] row : MATRIX) {
            String[] parts = ((String) row[0]).split(" ");
            inMatrix.add(parts[0] + " " + parts[1]);
        }
        assertThat(mapped).as("API endpoints").isNotEmpty();
        assertThat(inMatrix).as("endpoints in the access matrix (every API endpoint needs a row, and no row may "
                + "name an endpoint that does not exist)").containsExactlyInAnyOrderElementsOf(mapped);
    }

    // --- education ---

    private void defineEducationCalls() {
        ApiClient larare = as(DemoUsers.TEACHER);
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        String course = "/api/v1/education/courses/" + created(larare.post("/api/v1/education/courses",
                Map.of("name", "Matris SFI " + System.nanoTime(), "kind", "SFI_B"))).path("id").asString();
        Function<Integer, Map<String, Object>> occasion = days -> Map.of("startsOn", today().minusDays(7).toString(),
                "endsOn", today().plusDays(days).toString(), "seats", 500, "weekdays", List.of("MONDAY", "TUESDAY",
                        "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                "startTime", "09:00", "endTime", "11:30", "place", "SFI Centrum, sal 2");
        String fixtureOccasion = "/api/v1/education/occasions/" + created(larare.post(course + "/occasions",
                occasion.apply(30))).path("id").asString();
        String fixtureEnrolment = created(koordinator.post(fixtureOccasion + "/enrolments", Map.of(
                "participantId", fixtureParticipant.toString(), "fromDate", today().minusDays(7).toString())))
                .path("id").asString();
        String todaysSession = "/api/v1/education/sessions/" + ok(larare.get(fixtureOccasion + "/sessions")).get(7)
                .path("id").asString();
        java.util.function.Supplier<String> newEnrolment = () -> {
            UUID participant = newParticipant(koordinator);
            created(koordinator.post("/api/v1/participants/" + participant + "/consents", consentBody()));
            return created(koordinator.post(fixtureOccasion + "/enrolments", Map.of("participantId",
                    participant.toString()))).path("id").asString();
        };
        calls.put("GET /api/v1/education/courses", c -> c.get("/api/v1/education/courses"));
        calls.put("POST /api/v1/education/courses [i min organisation]", c -> c.post("/api/v1/education/courses",
                Map.of("name", "Matriskurs " + System.nanoTime(), "kind", "SUPERVISOR_TRAINING")));
        calls.put("GET /api/v1/education/courses/{id} [SFI-kurs]", c -> c.get(course));
        calls.put("GET /api/v1/education/courses/{id}/occasions [SFI-kurs]", c -> c.get(course + "/occasions"));
        calls.put("POST /api/v1/education/courses/{id}/occasions [SFI-kurs]",
                c -> c.post(course + "/occasions", occasion.apply(0)));
        calls.put("GET /api/v1/education/occasions/{id} [fixturtillfälle]", c -> c.get(fixtureOccasion));
        calls.put("GET /api/v1/education/occasions/{id}/sessions [fixturtillfälle]",
                c -> c.get(fixtureOccasion + "/sessions"));
        calls.put("POST /api/v1/education/sessions/{id}/cancellation [ny lektion]", c -> {
            String oneDay = created(larare.post(course + "/occasions", occasion.apply(-7))).path("id").asString();
            String session = ok(larare.get("/api/v1/education/occasions/" + oneDay + "/sessions")).get(0).path("id")
                    .asString();
            return c.post("/api/v1/education/sessions/" + session + "/cancellation", Map.of("reason", "Studiedag"));
        });
        calls.put("GET /api/v1/education/my-groups", c -> c.get("/api/v1/education/my-groups"));
        calls.put("GET /api/v1/education/my-groups/today", c -> c.get("/api/v1/education/my-groups/today"));
        calls.put("POST /api/v1/education/occasions/{id}/enrolments [fixturtillfälle, ny deltagare]", c -> {
            UUID participant = newParticipant(koordinator);
            created(koordinator.post("/api/v1/participants/" + participant + "/consents", consentBody()));
            return c.post(fixtureOccasion + "/enrolments", Map.of("participantId", participant.toString()));
        });
        calls.put("GET /api/v1/education/occasions/{id}/enrolments [fixturtillfälle]",
                c -> c.get(fixtureOccasion + "/enrolments"));
        calls.put("GET /api/v1/participants/{id}/enrolments [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/enrolments"));
        calls.put("POST /api/v1/education/enrolments/{id}/end [ny anmälan]", c -> c.post(
                "/api/v1/education/enrolments/" + newEnrolment.get() + "/end", Map.of("reason", "WITHDRAWN")));
        calls.put("GET /api/v1/education/sessions/{id}/attendance [fixturtillfälle, i dag]",
                c -> c.get(todaysSession + "/attendance"));
        calls.put("PUT /api/v1/education/sessions/{id}/attendance [fixturtillfälle, i dag]",
                c -> c.put(todaysSession + "/attendance", Map.of("entries", List.of(Map.of(
                        "enrolmentId", fixtureEnrolment, "status", "PRESENT")))));
        calls.put("PUT /api/v1/education/enrolments/{id}/result [fixturanmälan]",
                c -> c.put("/api/v1/education/enrolments/" + fixtureEnrolment + "/result", Map.of(
                        "outcome", "PASSED", "grade", "B")));
        calls.put("GET /api/v1/education/occasions/{id}/attendance.csv [fixturtillfälle]",
                c -> c.send("GET", fixtureOccasion + "/attendance.csv", null, "text/csv"));
        calls.put("GET /api/v1/education/occasions/{id}/results.csv [fixturtillfälle]",
                c -> c.send("GET", fixtureOccasion + "/results.csv", null, "text/csv"));
        calls.put("POST /api/v1/education/occasions/{id}/attendance-import [fixturtillfälle]",
                c -> c.postFiles(fixtureOccasion + "/attendance-import", Map.of("file",
                        "id;namn;datum;närvaro\n" + fixtureEnrolment + ";Matris;" + today() + ";sen\n")));
        calls.put("POST /api/v1/education/occasions/{id}/results-import [fixturtillfälle]",
                c -> c.postFiles(fixtureOccasion + "/results-import", Map.of("file",
                        "id;namn;resultat;betyg;datum\n" + fixtureEnrolment + ";Matris;godkänd;B;\n")));

        Map<String, Object> workPattern = Map.of("weekdays", List.of("MONDAY", "WEDNESDAY"),
                "alternation", "EVERY_OTHER_WEEK", "dayPart", "MORNING");
        calls.put("GET /api/v1/participants/{id}/week [deltagarens]",
                c -> c.get("/api/v1/participants/" + linkedParticipant + "/week"));
        calls.put("GET /api/v1/me/week", c -> c.get("/api/v1/me/week?week=2026-W53"));
        calls.put("GET /api/v1/supervised-week", c -> c.get("/api/v1/supervised-week"));
        calls.put("GET /api/v1/proposals/{id}/work-pattern [fixtur, antagen med schema]", c -> {
            String path = "/api/v1/proposals/" + freshProposal(fixtureParticipant, Stage.ACCEPTED).path("id").asString()
                    + "/work-pattern";
            ok(koordinator.put(path, workPattern));
            return c.get(path);
        });
        calls.put("PUT /api/v1/proposals/{id}/work-pattern [fixtur, antagen]", c -> c.put("/api/v1/proposals/"
                + freshProposal(fixtureParticipant, Stage.ACCEPTED).path("id").asString() + "/work-pattern",
                workPattern));
        calls.put("POST /api/v1/proposals/{id}/work-pattern/preview [fixtur, antagen]", c -> c.post("/api/v1/proposals/"
                + freshProposal(fixtureParticipant, Stage.ACCEPTED).path("id").asString() + "/work-pattern/preview",
                workPattern));
        calls.put("POST /api/v1/calendar-feed", c -> c.post("/api/v1/calendar-feed", null));
        calls.put("GET /api/v1/calendar-feed [efter att ha skapat]", c -> {
            c.post("/api/v1/calendar-feed", null);
            return c.get("/api/v1/calendar-feed");
        });
        calls.put("DELETE /api/v1/calendar-feed", c -> c.delete("/api/v1/calendar-feed"));
    }

    // --- helpers ---

    private ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    /** A new participant of Älvstad whose consent shares them with Arbetsförmedlingen, among others. */
    private UUID sharedWithEmploymentService() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        UUID participant = newParticipant(koordinator);
        created(koordinator.post("/api/v1/participants/" + participant + "/consents", consentBody()));
        return participant;
    }

    /** A hand-over of such a participant to Arbetsförmedlingen, proposed by "koordinator" and not yet answered. */
    private UUID handoverToEmploymentService() {
        return uuid(created(as(DemoUsers.COORDINATOR).post("/api/v1/participants/" + sharedWithEmploymentService()
                + "/handovers",
                Map.of("toOrganisationId", employmentService.toString()))).path("id"));
    }

    private Map<String, Object> consentBody() {
        return Map.of("purpose", "Behörighetsmatrisens test",
                "organisationIds", List.of(alvstadCare, sfiSchool, employmentService),
                "givenOn", today().minusDays(1).toString(), "validUntil", today().plusYears(1).toString());
    }

    /** A small valid requirement profile: one item, one task that needs it. */
    private static Map<String, Object> profileBody(String title) {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title + " " + System.nanoTime());
        body.put("items", List.of(Map.of("itemKey", key, "type", "SKILL", "text", "Sköter disken",
                "easyText", "Jag kan diska.", "targetLevel", 2, "mandatory", true)));
        body.put("tasks", List.of(Map.of("text", "Diska", "easyText", "Diska.", "itemKeys", List.of(key))));
        return body;
    }

    /** A small valid ladder: one step whose exit requirement is a template's published profile. */
    private Map<String, Object> ladderBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Matrisstegmodell " + System.nanoTime());
        body.put("steps", List.of(Map.of("name", "Introduktion", "type", "INTRODUCTION",
                "profileVersionId", templateProfileVersion.toString(), "typicalWeeks", 4, "maxWeeks", 8,
                "decider", "COORDINATOR")));
        return body;
    }

    private static JsonNode publish(ApiClient client, JsonNode draft) {
        return ok(client.post("/api/v1/profiles/versions/" + draft.path("versionId").asString() + "/publication",
                Map.of("lockVersion", draft.path("lockVersion").asLong())));
    }

    private Map<String, Object> userBody() {
        return Map.of("organisationId", alvstadLabourMarket, "username", "matris." + System.nanoTime(),
                "displayName", "Matris Testsson", "role", "TEACHER", "enabled", false);
    }

    private UUID findParticipant(ApiClient client, String firstName, String lastName, UUID organisation) {
        String query = URLEncoder.encode(firstName + " " + lastName, StandardCharsets.UTF_8);
        for (JsonNode item : ok(client.get("/api/v1/participants?size=100&query=" + query)).path("items")) {
            if (firstName.equals(item.path("firstName").asString()) && lastName.equals(item.path("lastName").asString())
                    && organisation.equals(uuid(item.path("organisationId")))) {
                return uuid(item.path("id"));
            }
        }
        throw new AssertionError("demo participant " + firstName + " " + lastName + " not found");
    }

    private static LocalDate today() {
        return TestDates.today();
    }
}
