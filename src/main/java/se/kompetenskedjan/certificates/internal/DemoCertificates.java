package se.kompetenskedjan.certificates.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.certificates.Certificates;
import se.kompetenskedjan.certificates.IssueCertificateCommand;
import se.kompetenskedjan.shared.DemoData;

/**
 * Demo data of certificates, in the demo profile: once the demo checklists and signed assessments exist (loaded
 * earlier), the demo coordinator issues a few certificates for Älvstad participants (one in English), once per
 * database, through the facade. Does nothing when there are no signed assessments yet.
 */
@Component
@Profile("demo")
class DemoCertificates implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);

    private final Certificates certificates;
    private final JdbcClient jdbc;

    DemoCertificates(Certificates certificates, JdbcClient jdbc) {
        this.certificates = certificates;
        this.jdbc = jdbc;
    }

    record Candidate(UUID participantId, UUID checklistId) {
    }

    @Override
    public String name() {
        return "certificates";
    }

    @Override
    public void load() {
        boolean loaded = jdbc.sql("SELECT exists (SELECT 1 FROM certificate)").query(Boolean.class).single();
        if (loaded) {
            return;
        }
        List<Candidate> candidates = jdbc.sql("""
                SELECT a.participant_id, a.checklist_id FROM assessment a
                JOIN participant p ON p.id = a.participant_id
                WHERE a.status = 'SIGNED' AND a.assessor_role IN ('SUPERVISOR','COORDINATOR')
                  AND p.organisation_id = :org
                GROUP BY a.participant_id, a.checklist_id ORDER BY a.participant_id, a.checklist_id LIMIT 3""")
                .param("org", demoId("org:alvstad:arbetsmarknad"))
                .query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
        int issued = 0;
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("koordinator", null, List.of()));
        try {
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                certificates.issue(c.participantId(), new IssueCertificateCommand(c.checklistId(), null,
                        i == 1 ? "en" : "sv"));
                issued++;
            }
        } catch (RuntimeException e) {
            log.warn("Demo certificates not loaded: {}", e.getClass().getSimpleName());
        } finally {
            SecurityContextHolder.clearContext();
        }
        if (issued > 0) {
            log.info("Demo certificates issued: {}", issued);
        }
    }

    private static UUID demoId(String key) {
        return UUID.nameUUIDFromBytes(("demo:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
