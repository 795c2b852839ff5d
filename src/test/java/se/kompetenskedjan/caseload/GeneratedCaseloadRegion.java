package se.kompetenskedjan.caseload;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A generated region for the caseload benchmark (issue 14, item 12), written with set-based SQL on top of the demo
 * data: {@code participants} participants in five municipal organisations (Älvstad's labour-market administration and
 * four generated ones), each with one of {@value #COORDINATORS} coordinators; coordinator 0, "benchkoordinator0" in
 * Älvstad, has exactly one participant in {@value #COORDINATORS}, all of them in the chain (200 of 100,000). Around
 * them, about ten check-ins and ten other events each: a journey on the demo ladder with its events (and the follow-up
 * module's copy of them), weekly check-ins with gaps, flags on some, supervisions, tasks, consents, placements, plans
 * with revisions and validated Swedish levels, skewed so that every {@link se.kompetenskedjan.shared.CaseSignalSource}
 * has real work. Test data: it names every module's tables, like the matching benchmark's GeneratedRegion.
 *
 * <p>Rows are inserted in the order they would arrive (participants by number, check-ins by week, events by date),
 * so one participant's rows lie scattered over the table as in a database that has run for months, not side by side.
 * Hashes of the participant's number ({@code hashint4}) decide who gets what, so the coordinator's participants
 * (every {@value #COORDINATORS}th number) get the same mix as everyone else.
 */
final class GeneratedCaseloadRegion {

    static final int COORDINATORS = 500;
    static final String COORDINATOR_USERNAME = "benchkoordinator0";

    private GeneratedCaseloadRegion() {
    }

    static UUID demoId(String key) {
        return UUID.nameUUIDFromBytes(("demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The coordinator with 200 participants, once the region is there. */
    static UUID coordinator(JdbcClient jdbc) {
        return jdbc.sql("SELECT id FROM user_account WHERE username = :u").param("u", COORDINATOR_USERNAME)
                .query(UUID.class).single();
    }

    /** Whether this database holds the region already (the benchmark's forks each start their own). */
    static boolean present(JdbcClient jdbc) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM user_account WHERE username = :u)")
                .param("u", COORDINATOR_USERNAME).query(Boolean.class).single();
    }

    /** Inserts the region and returns the number of rows written per table. */
    static Map<String, Long> insert(JdbcClient jdbc, int participants, LocalDate today) {
        UUID labourMarket = demoId("org:alvstad:arbetsmarknad");
        UUID care = demoId("org:alvstad:omsorg");
        UUID ladder = jdbc.sql("SELECT id FROM ladder WHERE NOT template AND organisation_id = :care ORDER BY name LIMIT 1")
                .param("care", care).query(UUID.class).single();
        UUID profileVersion = jdbc.sql("""
                SELECT v.id FROM requirement_profile_version v JOIN requirement_profile p ON p.id = v.profile_id
                WHERE p.organisation_id = :org AND v.status = 'PUBLISHED' ORDER BY v.published_at LIMIT 1""")
                .param("org", care).query(UUID.class).single();
        Map<String, Long> rows = new LinkedHashMap<>();

        jdbc.sql("""
                CREATE TEMP TABLE bench_step AS
                SELECT row_number() OVER (ORDER BY position) AS n, id, max_weeks FROM ladder_step
                 WHERE ladder_id = :ladder AND NOT side_track""").param("ladder", ladder).update();
        jdbc.sql("""
                INSERT INTO organisation (id, name, type, municipality)
                SELECT md5('bench-org-' || k)::uuid, 'Benchkommun ' || k, 'MUNICIPALITY', 'Benchkommun ' || k
                  FROM generate_series(1, 4) k""").update();
        jdbc.sql("""
                CREATE TEMP TABLE bench_coordinator AS
                SELECT c, md5('bench-c-' || c)::uuid AS id,
                       CASE WHEN c % 5 = 0 THEN :labour ELSE md5('bench-org-' || (c % 5))::uuid END AS org
                  FROM generate_series(0, :n - 1) c""").param("labour", labourMarket).param("n", COORDINATORS).update();
        rows.put("user_account", (long) jdbc.sql("""
                INSERT INTO user_account (id, organisation_id, username, display_name, role)
                SELECT id, org, 'benchkoordinator' || c, 'Benchkoordinator ' || c, 'COORDINATOR' FROM bench_coordinator""")
                .update());

        // Participant i: coordinator i % 500; h, a hash of i, decides the rest. Coordinator 0's are all in the chain.
        jdbc.sql("""
                CREATE TEMP TABLE bench_p AS
                SELECT i, md5('case-p-' || i)::uuid AS id, c.id AS coordinator, c.org,
                       (hashint4(i) & 2147483647) AS h, (hashint4(i + 7919) & 2147483647) AS h2,
                       (:today::date - (7 * (2 + (hashint4(i) & 2147483647) % 18) + (hashint4(i) & 2147483647) % 7))::date AS enrolled_on
                  FROM generate_series(1, :n) i JOIN bench_coordinator c ON c.c = i % :coordinators""")
                .param("today", today).param("n", participants).param("coordinators", COORDINATORS).update();
        jdbc.sql("CREATE UNIQUE INDEX ON bench_p (i)").update();
        jdbc.sql("ANALYZE bench_p").update();
        rows.put("participant", (long) jdbc.sql("""
                INSERT INTO participant (id, organisation_id, coordinator_id, first_name, last_name, reserve_identity,
                    gender, birth_year, languages, swedish_level, education_level, referral_source, income_source,
                    city, status)
                SELECT id, org, coordinator, 'Bench', 'Deltagare ' || i, 'KK-CASE-' || i,
                    (ARRAY['WOMAN','MAN','UNSPECIFIED'])[1 + h % 3], 1970 + h % 35, '{ar}',
                    (ARRAY['NONE','SFI_A','SFI_B','SFI_C','SFI_D','SAS_BASIC'])[1 + h2 % 6], 'PRIMARY',
                    'MUNICIPAL_LABOUR_MARKET', 'SOCIAL_ASSISTANCE', 'Ort ' || (h % 30),
                    CASE WHEN i % :coordinators <> 0 AND h2 % 20 = 0 THEN 'COMPLETED'
                         ELSE (ARRAY['ACTIVE','ACTIVE','ACTIVE','MAPPING','SUBSIDISED_EMPLOYMENT'])[1 + h2 % 5] END
                  FROM bench_p ORDER BY i""").param("coordinators", COORDINATORS).update());

        // A journey on the demo ladder each: enrolled 2-19 weeks ago on the first step, a third moved on to the
        // second step, a third to the third; one in 25 paused since a week.
        rows.put("journey", (long) jdbc.sql("""
                INSERT INTO journey (id, participant_id, ladder_id, created_at)
                SELECT md5('case-j-' || i)::uuid, id, :ladder, enrolled_on FROM bench_p ORDER BY enrolled_on, i""")
                .param("ladder", ladder).update());
        rows.put("journey_event", (long) jdbc.sql("""
                INSERT INTO journey_event (id, journey_id, type, occurred_on, to_step_id, reason, recorded_by)
                SELECT * FROM (
                SELECT md5('case-je-' || p.i || '-' || e)::uuid, md5('case-j-' || p.i)::uuid,
                       CASE WHEN e = 0 THEN 'ENROLLED' ELSE 'ADVANCED' END,
                       p.enrolled_on + e * ((:today::date - p.enrolled_on) / (p.h % 3 + 2)), s.id, NULL, p.coordinator
                  FROM bench_p p CROSS JOIN LATERAL generate_series(0, p.h % 3) e
                  JOIN bench_step s ON s.n = e + 1
                UNION ALL
                SELECT md5('case-je-' || p.i || '-pause')::uuid, md5('case-j-' || p.i)::uuid, 'PAUSED', :today::date - 7,
                       NULL, 'Sjukskriven', p.coordinator
                  FROM bench_p p WHERE p.h2 % 25 = 1) e ORDER BY 4""").param("today", today).update());
        rows.put("followup_journey_event", (long) jdbc.sql("""
                INSERT INTO followup_journey_event (journey_id, participant_id, ladder_id, type, occurred_on, step_id, outcome)
                SELECT e.journey_id, j.participant_id, j.ladder_id,
                       CASE e.type WHEN 'ADVANCED' THEN 'STEP_ENTERED' ELSE e.type END, e.occurred_on, e.to_step_id, NULL
                  FROM journey_event e JOIN journey j ON j.id = e.journey_id
                 WHERE j.participant_id IN (SELECT id FROM bench_p)
                 ORDER BY e.occurred_on, e.sequence""").update());

        // Weekly check-ins by the participant for the weeks since enrolment, about one in seven missed; one in
        // twelve with a flag (red light, lowest scale or an obstacle), open when the check-in is of the last three weeks.
        UUID battery = jdbc.sql("""
                SELECT b.id FROM checkin_battery b WHERE b.audience = 'PARTICIPANT' ORDER BY b.organisation_id NULLS FIRST
                 LIMIT 1""").query(UUID.class).single();
        int batteryVersion = jdbc.sql("SELECT latest_version FROM checkin_battery WHERE id = :b").param("b", battery)
                .query(Integer.class).single();
        UUID supervisorBattery = jdbc.sql("""
                SELECT b.id FROM checkin_battery b WHERE b.audience = 'SUPERVISOR' ORDER BY b.organisation_id NULLS FIRST
                 LIMIT 1""").query(UUID.class).single();
        int supervisorBatteryVersion = jdbc.sql("SELECT latest_version FROM checkin_battery WHERE id = :b")
                .param("b", supervisorBattery).query(Integer.class).single();
        jdbc.sql("""
                CREATE TEMP TABLE bench_week AS
                SELECT p.i, p.id, p.org, w::date AS week, (hashint4(p.i * 64 + (w::date - p.enrolled_on) / 7) & 2147483647) AS hw
                  FROM bench_p p
                  CROSS JOIN LATERAL generate_series(date_trunc('week', p.enrolled_on + 6), :today::date - 7, interval '7 days') w""")
                .param("today", today).update();
        rows.put("followup_checkin", (long) jdbc.sql("""
                INSERT INTO followup_checkin (id, participant_id, organisation_id, audience, frequency, period_start,
                    period_end, battery_id, battery_version, answers, obstacles, language, answered_by, answered_at)
                SELECT md5('case-ci-' || i || '-' || week)::uuid, id, org, 'PARTICIPANT', 'WEEKLY', week, week + 6,
                       :battery, :version, '[{"questionKey":"trivsel","value":"GREEN"},{"questionKey":"stod","value":"4"}]'::jsonb,
                       CASE WHEN hw % 30 = 3 THEN '{ABSENCE}'::text[] ELSE '{}'::text[] END, 'ar',
                       md5('case-acct-' || i)::uuid, (week + 4 + time '14:00') AT TIME ZONE 'Europe/Stockholm'
                  FROM bench_week WHERE hw % 7 <> 0 ORDER BY week, i""").param("battery", battery).param("version", batteryVersion)
                .update());
        // Supervisors answer every other week for the participants with a supervision (one in three).
        rows.put("followup_supervision", (long) jdbc.sql("""
                INSERT INTO followup_supervision (id, participant_id, supervisor_id, starts_on, ends_on)
                SELECT md5('case-sup-' || i)::uuid, id, md5('case-supervisor-' || (i % 3000))::uuid, enrolled_on, NULL
                  FROM bench_p WHERE h % 3 = 0 ORDER BY enrolled_on, i""").update());
        rows.put("followup_checkin (supervisor)", (long) jdbc.sql("""
                INSERT INTO followup_checkin (id, participant_id, organisation_id, audience, frequency, period_start,
                    period_end, battery_id, battery_version, answers, obstacles, language, answered_by, answered_at)
                SELECT md5('case-cis-' || w.i || '-' || w.week)::uuid, w.id, w.org, 'SUPERVISOR', 'WEEKLY', w.week,
                       w.week + 6, :battery, :version, '[{"questionKey":"uppgifter","value":"YELLOW"}]'::jsonb, '{}', 'sv',
                       md5('case-supervisor-' || (w.i % 3000))::uuid, (w.week + 5 + time '10:00') AT TIME ZONE 'Europe/Stockholm'
                  FROM bench_week w JOIN bench_p p ON p.i = w.i
                 WHERE p.h % 3 = 0 AND w.hw % 2 = 0 ORDER BY w.week, w.i""").param("battery", supervisorBattery)
                .param("version", supervisorBatteryVersion).update());
        rows.put("followup_checkin_flag", (long) jdbc.sql("""
                INSERT INTO followup_checkin_flag (id, checkin_id, participant_id, reason, obstacle, status, note,
                    handled_by, handled_at)
                SELECT md5('case-fl-' || w.i || '-' || w.week)::uuid, md5('case-ci-' || w.i || '-' || w.week)::uuid, w.id,
                       CASE WHEN w.hw % 30 = 3 THEN 'OBSTACLE' WHEN w.hw % 3 = 0 THEN 'RED_LIGHT' ELSE 'LOWEST_SCALE' END,
                       CASE WHEN w.hw % 30 = 3 THEN 'ABSENCE' END,
                       CASE WHEN w.week >= :today::date - 21 THEN 'OPEN' ELSE 'CLOSED' END,
                       CASE WHEN w.week < :today::date - 21 THEN 'Pratat igenom' END,
                       CASE WHEN w.week < :today::date - 21 THEN p.coordinator END,
                       CASE WHEN w.week < :today::date - 21 THEN (w.week + 9 + time '09:00') AT TIME ZONE 'Europe/Stockholm' END
                  FROM bench_week w JOIN bench_p p ON p.i = w.i
                 WHERE w.hw % 7 <> 0 AND (w.hw % 20 = 1 OR w.hw % 30 = 3) ORDER BY w.week, w.i""").param("today", today).update());

        // Two tasks each, due from a month ago to a month ahead, half of them done.
        rows.put("task", (long) jdbc.sql("""
                INSERT INTO task (id, organisation_id, title, owner_id, participant_id, due_date, status, created_by,
                    created_at, completed_by, completed_at)
                SELECT md5('case-t-' || p.i || '-' || t)::uuid, p.org, 'Benchuppgift ' || t, p.coordinator, p.id,
                       :today::date - 30 + (hashint4(p.i * 4 + t) & 2147483647) % 60,
                       CASE WHEN (hashint4(p.i * 4 + t) & 2147483647) % 2 = 0 THEN 'OPEN' ELSE 'DONE' END, p.coordinator,
                       p.enrolled_on, CASE WHEN (hashint4(p.i * 4 + t) & 2147483647) % 2 = 1 THEN p.coordinator END,
                       CASE WHEN (hashint4(p.i * 4 + t) & 2147483647) % 2 = 1 THEN p.enrolled_on + 7 END
                  FROM bench_p p CROSS JOIN generate_series(1, 2) t ORDER BY p.enrolled_on, p.i""").param("today", today).update());

        // A consent each, shared with Älvstad's elder care, running out from a month ago to a year ahead; a third
        // have renewed one earlier.
        rows.put("consent", (long) jdbc.sql("""
                INSERT INTO consent (id, participant_id, purpose, given_on, valid_until, recorded_by)
                SELECT md5('case-co-' || i || '-' || k)::uuid, id, 'Praktik och uppföljning',
                       :today::date - 300 - k * 365, :today::date - 30 + h2 % 400 - k * 365, coordinator
                  FROM bench_p CROSS JOIN generate_series(0, 1) k WHERE k = 0 OR h % 3 = 1 ORDER BY k DESC, i""").param("today", today)
                .update());
        rows.put("consent_organisation", (long) jdbc.sql("""
                INSERT INTO consent_organisation (consent_id, organisation_id)
                SELECT md5('case-co-' || i || '-' || k)::uuid, :care
                  FROM bench_p CROSS JOIN generate_series(0, 1) k WHERE k = 0 OR h % 3 = 1""").param("care", care)
                .update());

        // Placements for two in five: most active and ending from five days ago to two months ahead, some accepted
        // as the next place, some completed.
        List<UUID> placements = jdbc.sql("SELECT id FROM placement ORDER BY id LIMIT 40").query(UUID.class).list();
        rows.put("placement_proposal", (long) jdbc.sql("""
                INSERT INTO placement_proposal (id, placement_id, participant_id, status, starts_on, ends_on, proposed_by,
                    proposed_at, proposing_organisation_id)
                SELECT md5('case-pp-' || p.i || '-' || k)::uuid, (:placements::uuid[])[1 + (p.i + k) % cardinality(:placements::uuid[])], p.id,
                       CASE WHEN k = 1 THEN 'ACCEPTED' WHEN p.h2 % 10 < 3 THEN 'COMPLETED' ELSE 'ACTIVE' END,
                       p.enrolled_on + 7, CASE WHEN k = 1 THEN NULL ELSE :today::date - 5 + p.h2 % 65 END,
                       p.coordinator, p.enrolled_on, p.org
                  FROM bench_p p CROSS JOIN generate_series(0, 1) k
                 WHERE p.h % 5 < 2 AND (k = 0 OR p.h2 % 10 = 9) ORDER BY p.enrolled_on, p.i""")
                .param("placements", placements.toArray(UUID[]::new)).param("today", today).update());

        // A plan each with one to three revisions, the current one up for review from three weeks ago to three
        // months ahead.
        rows.put("plan", (long) jdbc.sql("""
                INSERT INTO plan (id, participant_id, target_profile_version_id, current_revision, created_at)
                SELECT md5('case-plan-' || i)::uuid, id, :version, 1 + h % 3, enrolled_on FROM bench_p ORDER BY enrolled_on, i""")
                .param("version", profileVersion).update());
        rows.put("plan_revision", (long) jdbc.sql("""
                INSERT INTO plan_revision (plan_id, revision, content, review_on, agreed_at, agreed_by, agreed_by_participant,
                    created_by, created_at)
                SELECT md5('case-plan-' || p.i)::uuid, r, '{"goals":[],"activities":[]}'::jsonb,
                       CASE WHEN r = 1 + p.h % 3 THEN :today::date - 21 + p.h2 % 110 ELSE p.enrolled_on + 28 * r END,
                       p.enrolled_on + 28 * (r - 1), p.coordinator, true, p.coordinator, p.enrolled_on + 28 * (r - 1)
                  FROM bench_p p CROSS JOIN LATERAL generate_series(1, 1 + p.h % 3) r ORDER BY 9, p.i""").param("today", today)
                .update());

        // A validated Swedish level for one in five, half of them not yet the register's.
        rows.put("language_validated_level", (long) jdbc.sql("""
                INSERT INTO language_validated_level (participant_id, swedish_level, assessed_on)
                SELECT id, CASE WHEN h % 2 = 0 THEN (ARRAY['NONE','SFI_A','SFI_B','SFI_C','SFI_D','SAS_BASIC'])[1 + h2 % 6]
                                ELSE 'SAS_UPPER_SECONDARY' END, :today::date - h % 60
                  FROM bench_p WHERE h % 5 = 2 ORDER BY 3, 1""").param("today", today).update());
        jdbc.sql("ANALYZE").update();
        return rows;
    }
}
