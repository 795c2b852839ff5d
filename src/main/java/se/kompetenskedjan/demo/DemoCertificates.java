package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.certificates.CertifiableChecklist;
import se.kompetenskedjan.certificates.Certificates;
import se.kompetenskedjan.certificates.IssueCertificateCommand;
import se.kompetenskedjan.shared.DemoData;

/**
 * Demo data, in the demo profile: once the checklists part has signed assessments of Zahra (17) and Yonas (14), the
 * demo coordinator issues a certificate for each checklist they were assessed on (Yonas's in English), through the
 * certificates facade. Once: not when either of them has a certificate. Does nothing when there is nothing to certify.
 */
@Component
@Profile("demo")
class DemoCertificates implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);

    /** Participant number and the certificate's language. */
    private record Holder(int participant, String language) {
    }

    private static final List<Holder> HOLDERS = List.of(new Holder(17, "sv"), new Holder(14, "en"));

    private final Certificates certificates;

    DemoCertificates(Certificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public String name() {
        return "certificates";
    }

    @Override
    public void load() {
        int issued = as("koordinator", () -> {
            boolean loaded = HOLDERS.stream()
                    .anyMatch(h -> certificates.list(DemoRegion.participant(h.participant()), 0, 1).totalItems() > 0);
            if (loaded) {
                return 0;
            }
            int count = 0;
            try {
                for (Holder holder : HOLDERS) {
                    UUID participant = DemoRegion.participant(holder.participant());
                    for (CertifiableChecklist checklist : certificates.certifiable(participant)) {
                        certificates.issue(participant, new IssueCertificateCommand(checklist.checklistId(), null,
                                holder.language()));
                        count++;
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Demo certificates not loaded: {}", e.getClass().getSimpleName());
            }
            return count;
        });
        if (issued > 0) {
            log.info("Demo certificates issued: {}", issued);
        }
    }
}
