package se.kompetenskedjan.checklists.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.kompetenskedjan.checklists.RatingCommand;
import se.kompetenskedjan.profiles.LevelScale;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;

/**
 * The rules for ratings, on the one level scale of the profiles ({@link LevelScale}, 0-3): a rating is of an item
 * on the checklist that is not removed, once per item, at a level of the scale; a yes/no item only 0 (no) or 3 (yes).
 */
final class RatingRules {

    /** What the rules need to know of one item of the checklist. */
    record Item(UUID id, boolean yesNo, boolean removed) {
    }

    private RatingRules() {
    }

    static boolean validLevel(boolean yesNo, int level) {
        if (level < LevelScale.MIN || level > LevelScale.MAX) {
            return false;
        }
        return !yesNo || level == LevelScale.NO || level == LevelScale.YES;
    }

    /** The problems of the ratings against the checklist's items, each under "ratings[i].field". */
    static List<FieldProblem> check(List<RatingCommand> ratings, Map<UUID, Item> items) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ratings.size(); i++) {
            RatingCommand rating = ratings.get(i);
            String at = "ratings[" + i + "].";
            Item item = items.get(rating.itemId());
            if (item == null || item.removed()) {
                problems.add(new FieldProblem(at + "itemId", "validation.assessment.rating.item.notOnChecklist"));
                continue;
            }
            if (!seen.add(rating.itemId())) {
                problems.add(new FieldProblem(at + "itemId", "validation.assessment.rating.item.duplicate"));
            }
            if (rating.level() < LevelScale.MIN || rating.level() > LevelScale.MAX) {
                problems.add(new FieldProblem(at + "level", "validation.assessment.rating.level.range"));
            } else if (!validLevel(item.yesNo(), rating.level())) {
                problems.add(new FieldProblem(at + "level", "validation.assessment.rating.level.yesNo"));
            }
        }
        return problems;
    }
}
