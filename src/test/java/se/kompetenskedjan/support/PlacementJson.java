package se.kompetenskedjan.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data builders for the placement bank: a valid place and a valid supervisor as the API takes them. */
public final class PlacementJson {

    /** Demo ids (see DemoRegion): units and organisations used by the placement tests. */
    public static final UUID HEMTJANST_NORR = demoId("unit:hemtjanst-norr");
    public static final UUID TILLAGNINGSKOKET = demoId("unit:tillagningskoket");
    public static final UUID ALVSTAD_CARE = demoId("org:alvstad:omsorg");
    public static final UUID ALVSTAD_LABOUR_MARKET = demoId("org:alvstad:arbetsmarknad");
    public static final UUID BERGSJO_LABOUR_MARKET = demoId("org:bergsjo:arbetsmarknad");
    public static final UUID AF = demoId("org:af");

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private PlacementJson() {
        fields.put("unitId", HEMTJANST_NORR.toString());
        fields.put("type", "INTERNSHIP");
        fields.put("title", "Praktik i hemtjänsten " + System.nanoTime());
        fields.put("easyDescription", "Du hjälper äldre hemma. Du har en handledare.");
        fields.put("occupationLabel", "Vårdbiträde");
        fields.put("ssykCode", "5330");
        fields.put("seats", 2);
        fields.put("schedule", List.of(Map.of("day", "MONDAY", "from", "08:00", "to", "12:00"),
                Map.of("day", "WEDNESDAY", "from", "08:00", "to", "12:00")));
        fields.put("shift", "DAY");
        fields.put("hoursPerWeek", 8);
        fields.put("startsOn", TestDates.today().minusDays(1).toString());
        fields.put("endsOn", TestDates.today().plusWeeks(12).toString());
        fields.put("minSwedishLevel", "SFI_B");
        fields.put("requiredLicences", List.of());
        fields.put("requiresCycling", false);
        fields.put("city", "Älvstad");
        fields.put("latitude", 57.72);
        fields.put("longitude", 12.94);
        fields.put("travelDirections", "Buss 3 till Exempelgatan");
        fields.put("sharing", "REGION");
    }

    public static PlacementJson aPlacement() {
        return new PlacementJson();
    }

    public PlacementJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public PlacementJson without(String field) {
        fields.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }

    public static Map<String, Object> aSupervisor(UUID unitId, int capacity) {
        Map<String, Object> supervisor = new LinkedHashMap<>();
        supervisor.put("unitId", unitId.toString());
        supervisor.put("name", "Handledare " + System.nanoTime());
        supervisor.put("title", "Undersköterska");
        supervisor.put("supervisorTrainingOn", TestDates.today().minusYears(1).toString());
        supervisor.put("capacity", capacity);
        supervisor.put("willing", true);
        return supervisor;
    }

    public static UUID demoId(String key) {
        return UUID.nameUUIDFromBytes(("demo:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
