package se.kompetenskedjan.checklists;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One item of a template or a tailored checklist. itemKey: the requirement item it validates (null: a workplace item
 * of a tailored checklist, assessed but not carried into the gap analysis). yesNo: only 0 (no) and 3 (yes) are valid
 * ratings. descriptors: what levels 0-3 mean for this item (an entry is null where the scale's general wording holds).
 * originId: the template item a tailored item was copied from. removed: taken out of a tailored checklist (kept because
 * earlier assessments refer to it).
 */
public record ChecklistItemView(UUID id, int position, UUID itemKey, boolean yesNo, String text, String easyText,
        List<String> descriptors, UUID originId, boolean removed) {

    public static List<String> descriptors(String d0, String d1, String d2, String d3) {
        return Arrays.asList(d0, d1, d2, d3);
    }

    /** The levels a rating of this item may have. */
    public List<Integer> levels() {
        return yesNo ? List.of(0, 3) : List.of(0, 1, 2, 3);
    }

    public String descriptor(int level) {
        return level >= 0 && level < descriptors.size() ? descriptors.get(level) : null;
    }
}
