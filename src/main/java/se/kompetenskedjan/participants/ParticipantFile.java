package se.kompetenskedjan.participants;

import java.util.List;

/** One participant on one page: the register entry, consents and supervisors, and what the viewer may do. */
public record ParticipantFile(ParticipantView participant, List<ConsentView> consents,
        List<SupervisionView> supervisions, boolean editable) {
}
