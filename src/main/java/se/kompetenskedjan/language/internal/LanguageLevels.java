package se.kompetenskedjan.language.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.kompetenskedjan.language.CanDoAchievement;
import se.kompetenskedjan.language.CefrLevel;
import se.kompetenskedjan.language.LanguageProgressView;
import se.kompetenskedjan.language.LanguageSkill;

/**
 * The level rule and the progress series, pure functions.
 *
 * <p><b>Level rule.</b> For one skill, a CEFR level is <em>reached</em> when the statements of that level in the
 * catalogue are achieved to at least two thirds, counting YES as 1, PARTLY as ½ and NO or unanswered as 0 (so 4 of
 * 5 statements with YES, or 3 YES and 2 PARTLY, reach a level of five statements; 3 YES alone do not). The level of
 * the skill is the highest level reached such that every level below it is reached too; a skill where A1 is not
 * reached has no level (shown as "not yet A1").
 */
final class LanguageLevels {

    private LanguageLevels() {
    }

    /**
     * The level of one skill.
     *
     * @param statementsPerLevel how many active statements of the skill the catalogue has per level
     * @param answersPerLevel    the answers given per level (statements left out count as not achieved)
     * @return the level, or null when A1 is not reached
     */
    static CefrLevel level(Map<CefrLevel, Integer> statementsPerLevel, Map<CefrLevel, List<CanDoAchievement>> answersPerLevel) {
        CefrLevel reached = null;
        for (CefrLevel level : CefrLevel.values()) {
            int total = statementsPerLevel.getOrDefault(level, 0);
            if (total == 0) {
                break;
            }
            int halves = 0;
            for (CanDoAchievement answer : answersPerLevel.getOrDefault(level, List.of())) {
                halves += switch (answer) {
                    case YES -> 2;
                    case PARTLY -> 1;
                    case NO -> 0;
                };
            }
            // halves / (2 * total) >= 2/3, in integers
            if (3 * halves < 4 * total) {
                break;
            }
            reached = level;
        }
        return reached;
    }

    /**
     * The validated level: the lowest skill level at the latest point of the series (the latest signed assessment;
     * every assessment has a point per skill). Null when there is none or a skill has not reached A1 there: a level
     * is validated only when all four skills are, so it never overstates what the participant can do.
     */
    static LanguageProgressView.Validated validated(List<LanguageProgressView.Series> series) {
        CefrLevel lowest = null;
        LocalDate date = null;
        for (LanguageProgressView.Series s : series) {
            if (s.points().isEmpty()) {
                return null;
            }
            LanguageProgressView.Point latest = s.points().get(s.points().size() - 1);
            if (latest.level() == null) {
                return null;
            }
            lowest = lowest == null || latest.level().compareTo(lowest) < 0 ? latest.level() : lowest;
            date = latest.date();
        }
        return lowest == null ? null : new LanguageProgressView.Validated(date, lowest, lowest.swedishLevel());
    }

    /** One signed assessment's levels, as the progress series needs them. */
    record Assessed(UUID assessmentId, LocalDate date, Instant signedAt, Map<LanguageSkill, CefrLevel> levels) {
    }

    /**
     * The level per skill over time, oldest first: one point per assessment date and skill; of several assessments on
     * one date the one signed last counts (it is the latest view of that day).
     */
    static List<LanguageProgressView.Series> series(List<Assessed> assessments) {
        List<Assessed> ordered = new ArrayList<>(assessments);
        ordered.sort(Comparator.comparing(Assessed::date).thenComparing(Assessed::signedAt));
        Map<LanguageSkill, List<LanguageProgressView.Point>> points = new EnumMap<>(LanguageSkill.class);
        for (LanguageSkill skill : LanguageSkill.values()) {
            points.put(skill, new ArrayList<>());
        }
        for (Assessed assessed : ordered) {
            for (LanguageSkill skill : LanguageSkill.values()) {
                List<LanguageProgressView.Point> list = points.get(skill);
                LanguageProgressView.Point point = new LanguageProgressView.Point(assessed.date(),
                        assessed.levels().get(skill), assessed.assessmentId());
                if (!list.isEmpty() && list.get(list.size() - 1).date().equals(assessed.date())) {
                    list.set(list.size() - 1, point);
                } else {
                    list.add(point);
                }
            }
        }
        List<LanguageProgressView.Series> series = new ArrayList<>();
        points.forEach((skill, list) -> series.add(new LanguageProgressView.Series(skill, List.copyOf(list))));
        return series;
    }
}
