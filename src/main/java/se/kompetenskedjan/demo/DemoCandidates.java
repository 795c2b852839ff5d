package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;
import static se.kompetenskedjan.demo.DemoRegion.participant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.matching.CandidateProfileCommand;
import se.kompetenskedjan.matching.Matching;
import se.kompetenskedjan.matching.TravelMode;
import se.kompetenskedjan.placements.ScheduleSlot;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Demo data, in the demo profile: candidate profiles of Älvstad's participants (approximate home points in town, how
 * they travel, occupations of interest, SFI mornings), so that the bank can be matched at once. Kept by the
 * coordinator through the matching facade; once: not when Amina (1) has a home point.
 */
@Component
@Profile("demo")
class DemoCandidates implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoCandidates.class);
    private static final String[][] INTERESTS = {{"5330", "9111"}, {"9412"}, {"5321", "5330"}, {"9111"}, {"5311"}};

    private final Matching matching;
    private final Clock clock;

    DemoCandidates(Matching matching, Clock clock) {
        this.matching = matching;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "candidates";
    }

    @Override
    public void load() {
        as("koordinator", () -> {
            if (matching.candidateProfile(participant(1)).homeLatitude() != null) {
                return null;
            }
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
            return null;
        });
    }
}
