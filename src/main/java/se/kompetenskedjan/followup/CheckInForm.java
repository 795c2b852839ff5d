package se.kompetenskedjan.followup;

import java.util.List;
import java.util.UUID;

/**
 * What to answer now: the battery version (questions in Swedish; pages translate them with the translations module,
 * document kind {@link CheckInBatteries#TRANSLATION_KIND}) and the period. answeredId: the check-in already given for
 * this period by this audience, if any (a second is refused).
 */
public record CheckInForm(UUID participantId, CheckInAudience audience, CheckInPeriod period, UUID batteryId,
        int batteryVersion, String batteryName, List<BatteryView.QuestionView> questions, UUID answeredId) {
}
