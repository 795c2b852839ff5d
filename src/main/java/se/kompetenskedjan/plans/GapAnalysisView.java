package se.kompetenskedjan.plans;

import java.util.List;
import java.util.UUID;

public record GapAnalysisView(UUID participantId, UUID profileVersionId, String profileTitle, int profileVersion,
        int itemsTotal, int itemsMet, List<GapView> gaps) {
}
