package se.kompetenskedjan.matching;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A generated region for benchmarks, written with set-based SQL: participants of Älvstad's labour-market
 * administration (so the demo coordinator may see them) in 30 towns, each with a candidate profile, five mapped
 * levels and a plan towards the demo servicebiträde profile; places of Älvstad's elder care in the same towns, open
 * to the region, each with a supervisor. Skewed like the sources: low Swedish levels, few licences, SFI mornings.
 */
final class GeneratedRegion {

    private GeneratedRegion() {
    }

    static UUID demoId(String key) {
        return UUID.nameUUIDFromBytes(("demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static void insert(JdbcClient jdbc, int participants, int places) {
        UUID labourMarket = demoId("org:alvstad:arbetsmarknad");
        UUID care = demoId("org:alvstad:omsorg");
        UUID unit = demoId("unit:hemtjanst-norr");
        UUID coordinator = demoId("user:koordinator");
        UUID profileVersion = jdbc.sql("""
                SELECT v.id FROM requirement_profile_version v JOIN requirement_profile p ON p.id = v.profile_id
                WHERE p.organisation_id = :org AND v.status = 'PUBLISHED' ORDER BY v.published_at LIMIT 1""")
                .param("org", care).query(UUID.class).single();
        jdbc.sql("""
                CREATE TEMP TABLE bench_town AS
                SELECT t AS n, 57.2 + (t % 6) * 0.45 AS lat, 11.8 + (t / 6) * 0.8 AS lon FROM generate_series(0, 29) t""")
                .update();
        jdbc.sql("""
                INSERT INTO participant (id, organisation_id, coordinator_id, first_name, last_name, reserve_identity, gender,
                    birth_year, languages, swedish_level, education_level, referral_source, income_source, can_cycle,
                    driving_licences, city, status)
                SELECT md5('bench-p-' || i)::uuid, :org, :coordinator, 'Bench', 'Deltagare ' || i, 'KK-BENCH-' || i,
                    'UNSPECIFIED', 1970 + i % 35, '{ar}',
                    (ARRAY['NONE','SFI_A','SFI_B','SFI_B','SFI_C','SFI_C','SFI_D','SAS_BASIC','SAS_UPPER_SECONDARY','FLUENT'])[1 + i % 10],
                    'PRIMARY', 'MUNICIPAL_LABOUR_MARKET', 'SOCIAL_ASSISTANCE', i % 3 = 0,
                    CASE WHEN i % 7 = 0 THEN '{B}'::text[] ELSE '{}'::text[] END, 'Ort ' || (i % 30), 'ACTIVE'
                FROM generate_series(1, :n) i""")
                .param("org", labourMarket).param("coordinator", coordinator).param("n", participants).update();
        jdbc.sql("""
                INSERT INTO candidate_profile (participant_id, seeking, home_latitude, home_longitude, travel_mode,
                    max_travel_minutes, interests, busy, updated_by)
                SELECT md5('bench-p-' || i)::uuid, true, t.lat + (random() - 0.5) * 0.2, t.lon + (random() - 0.5) * 0.3,
                    (ARRAY['PUBLIC_TRANSPORT','PUBLIC_TRANSPORT','BICYCLE','WALK','CAR'])[1 + i % 5], 30 + (i % 4) * 10,
                    CASE i % 3 WHEN 0 THEN '{5330,9111}'::text[] WHEN 1 THEN '{9412}'::text[] ELSE '{53}'::text[] END,
                    CASE WHEN i % 2 = 0 THEN '[{"day":"MONDAY","from":"08:30","to":"11:30"},{"day":"WEDNESDAY","from":"08:30","to":"11:30"}]'::jsonb
                         ELSE '[]'::jsonb END, :coordinator
                FROM generate_series(1, :n) i JOIN bench_town t ON t.n = i % 30""")
                .param("coordinator", coordinator).param("n", participants).update();
        jdbc.sql("""
                INSERT INTO mapping_entry (id, participant_id, item_key, level, source, assessed_on, recorded_by)
                SELECT md5('bench-m-' || i || '-' || it.key)::uuid, md5('bench-p-' || i)::uuid, it.key,
                    (i + it.position) % 4, 'STAFF_ASSESSMENT', current_date - 7, :coordinator
                FROM generate_series(1, :n) i
                JOIN (SELECT item_key AS key, position FROM requirement_item WHERE version_id = :version AND position <= 5) it ON true""")
                .param("coordinator", coordinator).param("n", participants).param("version", profileVersion).update();
        jdbc.sql("""
                INSERT INTO plan (id, participant_id, target_profile_version_id)
                SELECT md5('bench-plan-' || i)::uuid, md5('bench-p-' || i)::uuid, :version FROM generate_series(1, :n) i""")
                .param("version", profileVersion).param("n", participants).update();
        jdbc.sql("""
                INSERT INTO supervisor (id, organisation_id, unit_id, name, supervisor_training_on, capacity, willing)
                SELECT md5('bench-s-' || i)::uuid, :org, :unit, 'Benchhandledare ' || i, current_date - 100, 1 + i % 3, true
                FROM generate_series(1, :n) i""").param("org", care).param("unit", unit).param("n", places).update();
        jdbc.sql("""
                INSERT INTO placement (id, organisation_id, unit_id, type, title, occupation_label, ssyk_code,
                    profile_version_id, seats, schedule, shift, hours_per_week, starts_on, min_swedish_level,
                    required_licences, requires_cycling, city, latitude, longitude, status, sharing, created_by)
                SELECT md5('bench-pl-' || i)::uuid, :org, :unit,
                    (ARRAY['INTERNSHIP','SHADOWING','WORK_TRAINING','LANGUAGE_INTERNSHIP','ENTRY_JOB','SUBSIDISED_JOB','VACANCY'])[1 + i % 7],
                    'Benchplats ' || i, 'Vårdbiträde', (ARRAY['5330','9111','9412','5321','5311'])[1 + i % 5],
                    CASE WHEN i % 2 = 0 THEN :version END, 1 + i % 4,
                    '[{"day":"MONDAY","from":"08:00","to":"16:00"},{"day":"TUESDAY","from":"08:00","to":"16:00"}]'::jsonb,
                    'DAY', 16, current_date, (ARRAY['NONE','SFI_A','SFI_B','SFI_C','SFI_D'])[1 + i % 5],
                    CASE WHEN i % 10 = 0 THEN '{B}'::text[] ELSE '{}'::text[] END, i % 6 = 0, 'Ort ' || (i % 30),
                    t.lat + (random() - 0.5) * 0.2, t.lon + (random() - 0.5) * 0.3, 'OPEN', 'REGION', :coordinator
                FROM generate_series(1, :n) i JOIN bench_town t ON t.n = i % 30""")
                .param("org", care).param("unit", unit).param("version", profileVersion).param("coordinator", coordinator)
                .param("n", places).update();
        jdbc.sql("""
                INSERT INTO placement_supervisor (placement_id, supervisor_id)
                SELECT md5('bench-pl-' || i)::uuid, md5('bench-s-' || i)::uuid FROM generate_series(1, :n) i""")
                .param("n", places).update();
        jdbc.sql("ANALYZE").update();
    }
}
