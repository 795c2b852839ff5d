package se.kompetenskedjan.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data builder: a valid participant as the API takes it; change what a test is about. */
public final class ParticipantJson {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ParticipantJson() {
        int n = SEQUENCE.incrementAndGet();
        fields.put("firstName", "Testa");
        fields.put("lastName", "Testsson-" + n);
        fields.put("reserveIdentity", "KK-TEST-" + System.nanoTime() % 1_000_000_000L + "-" + n);
        fields.put("email", "testa" + n + "@example.se");
        fields.put("phone", "070-000 00 00");
        fields.put("gender", "WOMAN");
        fields.put("birthYear", 1988);
        fields.put("languages", List.of("ar", "sv"));
        fields.put("swedishLevel", "SFI_C");
        fields.put("educationLevel", "PRIMARY");
        fields.put("referralSource", "MUNICIPAL_LABOUR_MARKET");
        fields.put("incomeSource", "SOCIAL_ASSISTANCE");
        fields.put("needsChildcare", true);
        fields.put("canCycle", false);
        fields.put("drivingLicences", List.of("B"));
        fields.put("interests", "Vill arbeta i kök");
        fields.put("status", "MAPPING");
    }

    private static final java.util.Random RANDOM = new java.util.Random();

    /**
     * A valid personnummer of Skatteverket's test series (birth number 980-999), random enough that tests running
     * again on the same database do not collide.
     */
    public static String testPersonnummer() {
        java.time.LocalDate birth = java.time.LocalDate.of(1950, 1, 1).plusDays(RANDOM.nextInt(365 * 50));
        String nine = birth.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + (980 + RANDOM.nextInt(20));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return birth.getYear() / 100 + nine.substring(0, 6) + "-" + nine.substring(6) + (10 - sum % 10) % 10;
    }

    public static ParticipantJson aParticipant() {
        return new ParticipantJson();
    }

    public ParticipantJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public ParticipantJson without(String field) {
        fields.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }
}
