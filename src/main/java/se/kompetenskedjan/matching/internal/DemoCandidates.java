package se.kompetenskedjan.matching.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.matching.CandidateProfileCommand;
import se.kompetenskedjan.matching.Matching;
import se.kompetenskedjan.matching.TravelMode;
import se.kompetenskedjan.placements.ScheduleSlot;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Demo data of this module, in the demo profile: candidate profiles of Älvstad's participants (approximate home
 * points in town, how they travel, occupations of interest, SFI mornings), so that the bank can be matched at once.
 */
@Component
@Profile("demo")
class DemoCandidates implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoCandidates.class);
    private static final String[][] INTERESTS = {{"5330", "9111"}, {"9412"}, {"5321", "5330"}, {"9111"}, {"5311"}};

    private final Matching matching;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCandidates(Matching matching, JdbcClient jdbc, Clock clock) {
        this.matching = matching;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static UUID participant(int n) {
        return UUID.nameUUIDFromBytes(String.format("demo:participant:%02d", n).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String name() {
        return "candidates";
    }

    @Override
    public void load() {
        boolean demoRegion = jdbc.sql("SELECT exists (SELECT 1 FROM participant WHERE id = :p)")
                .param("p", participant(1)).query(Boolean.class).single();
        boolean loaded = jdbc.sql("SELECT exists (SELECT 1 FROM candidate_profile WHERE participant_id = :p)")
                .param("p", participant(1)).query(Boolean.class).single();
        if (!demoRegion || loaded) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("koordinator", null, List.of()));
        try {
            LocalDate today = SwedishTime.today(clock);
            for (int n = 1; n <= 20; n++) {
                boolean sfiMornings = n % 3 != 0;
                List<ScheduleSlot> busy = sfiMornings ? List.of(
                        new ScheduleSlot(DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(11, 30)),
                        new ScheduleSlot(DayOfWeek.WEDNESDAY, LocalTime.of(8, 30), LocalTime.of(11, 30))) : List.of();
                TravelMode mode = n % 4 == 0 ? TravelMode.BICYCLE : TravelMode.PUBLIC_TRANSPORT;
                matching.saveCandidateProfile(participant(n), new CandidateProfileCommand(n != 7 && n != 11,
                        57.700 + (n % 5) * 0.010, 12.915 + (n % 4) * 0.012, mode, mode == TravelMode.BICYCLE ? 25 : 45,
                        List.of(INTERESTS[n % INTERESTS.length]), busy, today));
            }
            log.info("Demo candidate profiles loaded for 20 participants");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
