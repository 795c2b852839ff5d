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
