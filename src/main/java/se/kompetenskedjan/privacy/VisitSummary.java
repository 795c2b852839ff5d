package se.kompetenskedjan.privacy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How many audit entries one actor has about one participant, and when the latest was made (null if none). */
public record VisitSummary(long count, Instant latest) {

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    public String latestText() {
        return latest == null ? "" : SWEDISH_TIME.format(latest);
    }
}
