package se.kompetenskedjan.followup.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.followup.BatteryCommand;
import se.kompetenskedjan.followup.BatterySummary;
import se.kompetenskedjan.followup.BatteryView;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInBatteries;
import se.kompetenskedjan.followup.QuestionKind;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Batteries are stored a version at a time, whole, as JSON: every version stays readable as it was answered. */
@Service
@Transactional
class BatteryService implements CheckInBatteries {

    /** A question as stored in a version. */
    record StoredQuestion(UUID key, QuestionKind kind, String text, List<String> choices, boolean required) {
    }

    private static final TypeReference<List<StoredQuestion>> QUESTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final JsonMapper json;
    private final Clock clock;

    BatteryService(JdbcClient jdbc, CurrentUsers currentUsers, IdentityDirectory identity, JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BatterySummary> batteries(CheckInAudience audience) {
        CurrentUser user = reader();
        return jdbc.sql("""
                SELECT b.id, b.organisation_id, v.name, b.audience, b.latest_version,
                       jsonb_array_length(v.questions) AS questions
                  FROM checkin_battery b
                  JOIN checkin_battery_version v ON v.battery_id = b.id AND v.version = b.latest_version
                 WHERE (b.organisation_id IS NULL OR b.organisation_id = :org)
                   AND (CAST(:audience AS text) IS NULL OR b.audience = :audience)
                 ORDER BY b.organisation_id NULLS FIRST, v.name, b.id""")
                .param("org", user.organisationId().value())
                .param("audience", audience == null ? null : audience.name())
                .query((rs, n) -> new BatterySummary(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getString("name"),
                        CheckInAudience.valueOf(rs.getString("audience")), rs.getInt("latest_version"),
                        rs.getInt("questions"))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public BatteryView battery(UUID id) {
        return view(visible(id), null);
    }

    @Override
    @Transactional(readOnly = true)
    public BatteryView version(UUID id, int version) {
        return view(visible(id), version);
    }

    @Override
    public BatteryView create(BatteryCommand command) {
        CurrentUser user = currentUsers.current();
        boolean template = Boolean.TRUE.equals(command.template());
        UUID owner = template ? null : user.organisationId().value();
        requireWrite(user, owner);
        List<StoredQuestion> questions = questions(command, Set.of());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO checkin_battery (id, organisation_id, audience, latest_version, created_at)
                VALUES (:id, :org, :audience, 1, :now)""")
                .param("id", id).param("org", owner).param("audience", command.audience().name())
                .param("now", Timestamp.from(clock.instant())).update();
        insertVersion(id, 1, command.name().strip(), questions, user);
        return battery(id);
    }

    @Override
    public BatteryView revise(UUID id, BatteryCommand command) {
        CurrentUser user = currentUsers.current();
        Battery battery = visible(id);
        requireWrite(user, battery.organisationId());
        if (command.lockVersion() == null) {
            throw new InvalidFieldException("lockVersion", "checkin.battery.lockVersion.required");
        }
        if (command.audience() != battery.audience()) {
            throw new InvalidFieldException("audience", "checkin.battery.audience.fixed");
        }
        Set<UUID> known = new HashSet<>();
        stored(id, battery.latestVersion()).forEach(q -> known.add(q.key()));
        List<StoredQuestion> questions = questions(command, known);
        int updated = jdbc.sql("""
                UPDATE checkin_battery SET latest_version = latest_version + 1, lock_version = lock_version + 1
                 WHERE id = :id AND lock_version = :lock""")
                .param("id", id).param("lock", command.lockVersion()).update();
        if (updated == 0) {
            throw new ConflictException("problem.editConflict");
        }
        insertVersion(id, battery.latestVersion() + 1, command.name().strip(), questions, user);
        return battery(id);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayCreate() {
        CurrentUser user = currentUsers.current();
        return mayWrite(user, user.organisationId().value());
    }

    private List<StoredQuestion> questions(BatteryCommand command, Set<UUID> known) {
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        List<StoredQuestion> questions = new ArrayList<>();
        Set<UUID> used = new HashSet<>();
        for (int i = 0; i < command.questions().size(); i++) {
            BatteryCommand.BatteryQuestion q = command.questions().get(i);
            List<String> choices = q.choices() == null ? List.of() : q.choices().stream().map(String::strip).toList();
            if (q.kind() == QuestionKind.CHOICE && choices.size() < 2) {
                problems.add(new InvalidFieldException.FieldProblem("questions[" + i + "].choices",
                        "checkin.question.choices.required"));
            } else if (q.kind() != QuestionKind.CHOICE && !choices.isEmpty()) {
                problems.add(new InvalidFieldException.FieldProblem("questions[" + i + "].choices",
                        "checkin.question.choices.notForKind"));
            } else if (choices.size() != new HashSet<>(choices).size()) {
                problems.add(new InvalidFieldException.FieldProblem("questions[" + i + "].choices",
                        "checkin.question.choices.twice"));
            }
            if (q.key() != null && !known.contains(q.key())) {
                problems.add(new InvalidFieldException.FieldProblem("questions[" + i + "].key",
                        "checkin.question.key.unknown"));
            } else if (q.key() != null && !used.add(q.key())) {
                problems.add(new InvalidFieldException.FieldProblem("questions[" + i + "].key",
                        "checkin.question.key.twice"));
            }
            questions.add(new StoredQuestion(q.key() != null ? q.key() : UUID.randomUUID(), q.kind(),
                    q.text().strip(), choices, q.required()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return questions;
    }

    private void insertVersion(UUID id, int version, String name, List<StoredQuestion> questions, CurrentUser by) {
        jdbc.sql("""
                INSERT INTO checkin_battery_version (battery_id, version, name, questions, saved_by, saved_at)
                VALUES (:id, :version, :name, CAST(:questions AS jsonb), :by, :now)""")
                .param("id", id).param("version", version).param("name", name)
                .param("questions", json.writeValueAsString(questions)).param("by", by.id().value())
                .param("now", Timestamp.from(clock.instant())).update();
    }

    private record Battery(UUID id, UUID organisationId, CheckInAudience audience, int latestVersion, long lockVersion) {
    }

    private Battery visible(UUID id) {
        CurrentUser user = reader();
        Battery battery = jdbc.sql("""
                SELECT id, organisation_id, audience, latest_version, lock_version FROM checkin_battery WHERE id = :id""")
                .param("id", id).query((rs, n) -> new Battery(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), CheckInAudience.valueOf(rs.getString("audience")),
                        rs.getInt("latest_version"), rs.getLong("lock_version"))).optional()
                .orElseThrow(() -> new NotFoundException("checkin.battery.notFound"));
        if (battery.organisationId() != null && !battery.organisationId().equals(user.organisationId().value())) {
            throw new NotFoundException("checkin.battery.notFound");
        }
        return battery;
    }

    List<StoredQuestion> stored(UUID id, int version) {
        return jdbc.sql("SELECT questions::text FROM checkin_battery_version WHERE battery_id = :id AND version = :v")
                .param("id", id).param("v", version).query(String.class).optional()
                .map(text -> json.readValue(text, QUESTIONS))
                .orElseThrow(() -> new NotFoundException("checkin.battery.version.notFound"));
    }

    /** A battery version to answer: its name and questions. */
    record Answerable(UUID id, int version, String name, List<StoredQuestion> questions) {
    }

    /**
     * The battery a participant of the organisation answers now (no access check: questions are not personal
     * data): the organisation's newest battery for the audience, else the platform's first (the default set).
     */
    Answerable current(UUID organisationId, CheckInAudience audience) {
        record Ref(UUID id, int latestVersion) {
        }
        Ref ref = jdbc.sql("""
                SELECT id, latest_version FROM checkin_battery
                 WHERE audience = :audience AND (organisation_id = :org OR organisation_id IS NULL)
                 ORDER BY organisation_id NULLS LAST,
                          CASE WHEN organisation_id IS NULL THEN created_at END,
                          created_at DESC, id
                 LIMIT 1""")
                .param("audience", audience.name()).param("org", organisationId).query(Ref.class).optional()
                .orElseThrow(() -> new NotFoundException("checkin.battery.notFound"));
        return answerable(ref.id(), ref.latestVersion());
    }

    Answerable answerable(UUID id, int version) {
        String name = jdbc.sql("SELECT name FROM checkin_battery_version WHERE battery_id = :id AND version = :v")
                .param("id", id).param("v", version).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("checkin.battery.version.notFound"));
        return new Answerable(id, version, name, stored(id, version));
    }

    private BatteryView view(Battery battery, Integer version) {
        int shown = version == null ? battery.latestVersion() : version;
        record Row(String name, String questions, UUID savedBy, Timestamp savedAt) {
        }
        Row row = jdbc.sql("""
                SELECT name, questions::text AS questions, saved_by, saved_at FROM checkin_battery_version
                 WHERE battery_id = :id AND version = :v""")
                .param("id", battery.id()).param("v", shown).query(Row.class).optional()
                .orElseThrow(() -> new NotFoundException("checkin.battery.version.notFound"));
        List<StoredQuestion> stored = json.readValue(row.questions(), QUESTIONS);
        List<BatteryView.QuestionView> questions = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            StoredQuestion q = stored.get(i);
            questions.add(new BatteryView.QuestionView(i + 1, q.key(), q.kind(), q.text(), q.choices(), q.required()));
        }
        String savedByName = row.savedBy() == null ? null
                : identity.displayNames(List.of(row.savedBy())).get(row.savedBy());
        return new BatteryView(battery.id(), battery.organisationId(), row.name(), battery.audience(), shown,
                battery.latestVersion(), questions, savedByName, row.savedAt().toInstant(),
                mayWrite(currentUsers.current(), battery.organisationId()), battery.lockVersion());
    }

    private CurrentUser reader() {
        CurrentUser user = currentUsers.current();
        if (!user.role().isStaff()) {
            throw new AccessDeniedException("staff read the check-in batteries");
        }
        return user;
    }

    private static boolean mayWrite(CurrentUser user, UUID owner) {
        if (owner == null) {
            return user.platformHost() && user.is(Role.ADMIN);
        }
        return user.isAnyOf(Role.ADMIN, Role.COORDINATOR) && user.organisationId().value().equals(owner);
    }

    private static void requireWrite(CurrentUser user, UUID owner) {
        if (!mayWrite(user, owner)) {
            throw new AccessDeniedException("the organisation's admins and coordinators write its batteries");
        }
    }
}
