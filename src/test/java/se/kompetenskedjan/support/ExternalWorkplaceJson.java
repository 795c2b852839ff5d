package se.kompetenskedjan.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data builder for workplaces without an account as the API takes them: a fictitious employer with a new name
 * and a new organisation number (valid check digit, group number 0 so that it is no real organisation's) on every
 * call.
 */
public final class ExternalWorkplaceJson {

    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000L));

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ExternalWorkplaceJson() {
        long n = SEQUENCE.incrementAndGet();
        fields.put("name", "Testbutiken " + n + " AB");
        fields.put("orgNumber", orgNumber());
        fields.put("address", "Storgatan " + (n % 90 + 1) + ", Testby");
        fields.put("contactName", "Kim Kontakt");
        fields.put("contactEmail", "kim@testbutiken.example");
        fields.put("contactPhone", "070-123 45 67");
    }

    public static ExternalWorkplaceJson aWorkplace() {
        return new ExternalWorkplaceJson();
    }

    public ExternalWorkplaceJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }

    /** A new valid organisation number 0NNNNN-NNNC: group number 0, third digit 2 or more, Luhn check digit C. */
    public static String orgNumber() {
        long n = SEQUENCE.incrementAndGet();
        String nine = String.format("0%d%d%06d", n % 10, 2 + ThreadLocalRandom.current().nextInt(8),
                ThreadLocalRandom.current().nextInt(1_000_000));
        return nine.substring(0, 6) + "-" + nine.substring(6) + checkDigit(nine);
    }

    /** The Luhn check digit for the given digits. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
