package se.kompetenskedjan.profiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


/** Request bodies of the profiles API, as plain maps, and helpers to read answers. */
final class ProfileJson {


    private ProfileJson() {
    }

    static Map<String, Object> item(UUID itemKey, String type, int targetLevel, boolean mandatory, String text) {
        Map<String, Object> item = new LinkedHashMap<>();
        if (itemKey != null) {
            item.put("itemKey", itemKey.toString());
        }
        item.put("type", type);
        item.put("text", text);
        item.put("easyText", text + " (lätt svenska)");
        item.put("targetLevel", targetLevel);
        item.put("mandatory", mandatory);
        return item;
    }

    static Map<String, Object> task(String text, UUID... itemKeys) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("text", text);
        task.put("easyText", text + " (lätt)");
        task.put("itemKeys", List.of(itemKeys).stream().map(UUID::toString).toList());
        return task;
    }

    static Map<String, Object> profile(String title, List<Map<String, Object>> items, List<Map<String, Object>> tasks) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("title", title);
        profile.put("easyTitle", title + " (lätt)");
        profile.put("occupationLabel", "Köksbiträde");
        profile.put("ssykCode", "9412");
        profile.put("items", new ArrayList<>(items));
        profile.put("tasks", new ArrayList<>(tasks));
        return profile;
    }

    static Map<String, Object> step(UUID id, String name, UUID profileVersionId, Integer typical, Integer max,
            List<UUID> next) {
        Map<String, Object> step = new LinkedHashMap<>();
        if (id != null) {
            step.put("id", id.toString());
        }
        step.put("name", name);
        step.put("type", "INTERNSHIP");
        if (profileVersionId != null) {
            step.put("profileVersionId", profileVersionId.toString());
        }
        step.put("typicalWeeks", typical);
        step.put("maxWeeks", max);
        step.put("decider", "SUPERVISOR");
        step.put("nextStepIds", next.stream().map(UUID::toString).toList());
        return step;
    }

    static Map<String, Object> ladder(String name, List<Map<String, Object>> steps) {
        Map<String, Object> ladder = new LinkedHashMap<>();
        ladder.put("name", name);
        ladder.put("steps", new ArrayList<>(steps));
        return ladder;
    }

}
