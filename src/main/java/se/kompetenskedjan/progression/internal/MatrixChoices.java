package se.kompetenskedjan.progression.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.UnitId;
import se.kompetenskedjan.profiles.LadderSearch;
import se.kompetenskedjan.profiles.LadderSummary;
import se.kompetenskedjan.profiles.Ladders;

/** The choices of the matrix page's filter form (none of them personal data), each list bounded. */
@Component
class MatrixChoices {

    record Option(String value, String label) {
    }

    record StepGroup(String ladder, List<Option> steps) {
    }

    private final JdbcClient jdbc;
    private final IdentityDirectory identity;
    private final Ladders ladders;

    MatrixChoices(JdbcClient jdbc, IdentityDirectory identity, Ladders ladders) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.ladders = ladders;
    }

    /** Units that have places with checklists (at most 100). */
    List<Option> units() {
        List<UUID> ids = jdbc.sql("""
                SELECT DISTINCT p.unit_id FROM checklist c JOIN placement p ON p.id = c.placement_id LIMIT 100
                """).query(UUID.class).list();
        List<Option> units = new ArrayList<>();
        for (UUID id : ids) {
            identity.findUnit(new UnitId(id)).ifPresent(u -> units.add(new Option(id.toString(), u.name())));
        }
        units.sort(java.util.Comparator.comparing(Option::label));
        return units;
    }

    /** Checklist templates (at most 200), by title. */
    List<Option> templates() {
        return jdbc.sql("SELECT id, title FROM checklist_template ORDER BY title, id LIMIT 200")
                .query((rs, n) -> new Option(rs.getString("id"), rs.getString("title"))).list();
    }

    /**
     * The steps of the ladders of the signed-in user's organisation and of the organisations hosting places with
     * checklists (at most 30 ladders), as "ladderId/stepId".
     */
    List<StepGroup> steps() {
        List<UUID> organisations = new ArrayList<>();
        organisations.add(null);
        organisations.addAll(jdbc.sql("""
                SELECT DISTINCT p.organisation_id FROM checklist c JOIN placement p ON p.id = c.placement_id LIMIT 20
                """).query(UUID.class).list());
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        List<StepGroup> groups = new ArrayList<>();
        for (UUID organisation : organisations) {
            for (LadderSummary summary : ladders.ladders(new LadderSearch(organisation, 0, 20)).items()) {
                if (groups.size() < 30 && seen.add(summary.id())) {
                    groups.add(new StepGroup(summary.name(), ladders.ladder(summary.id()).steps().stream()
                            .map(step -> new Option(summary.id() + "/" + step.id(), step.position() + ". " + step.name()))
                            .toList()));
                }
            }
        }
        return groups;
    }
}
