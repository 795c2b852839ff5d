package se.kompetenskedjan.indicators.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.kompetenskedjan.indicators.Category;
import se.kompetenskedjan.indicators.Dimension;
import se.kompetenskedjan.participants.Gender;
import se.kompetenskedjan.participants.IncomeSource;
import se.kompetenskedjan.participants.ReferralSource;
import se.kompetenskedjan.participants.SwedishLevel;

/**
 * The attributes every journey table is broken down by, as recorded at entry (the read model's snapshot): gender,
 * age band, referral source, Swedish level and entry status (the income source at entry). {@code column} is the read
 * model's column, in the order {@link JourneyCounts} selects them.
 */
enum Breakdown {
    GENDER("gender", "gender.", Arrays.stream(Gender.values()).map(Enum::name).toList()),
    AGE_BAND("ageBand", "indicators.ageBand.", Arrays.stream(AgeBand.values()).map(Enum::name)
            .filter(c -> !c.equals("UNKNOWN")).toList()),
    REFERRAL_SOURCE("referralSource", "referralSource.", Arrays.stream(ReferralSource.values()).map(Enum::name).toList()),
    SWEDISH_LEVEL("swedishLevel", "swedishLevel.", Arrays.stream(SwedishLevel.values()).map(Enum::name).toList()),
    ENTRY_STATUS("entryStatus", "incomeSource.", Arrays.stream(IncomeSource.values()).map(Enum::name).toList());

    /** The code of an attribute not known (no birth year; no register facts at enrolment). */
    static final String UNKNOWN = "UNKNOWN";

    final String key;
    private final String labelPrefix;
    private final List<String> codes;

    Breakdown(String key, String labelPrefix, List<String> codes) {
        this.key = key;
        this.labelPrefix = labelPrefix;
        this.codes = codes;
    }

    /** Every category, and "unknown" only when some count falls in it (a column of zeros would say nothing). */
    Dimension dimension(Labels labels, boolean withUnknown) {
        List<Category> categories = new ArrayList<>();
        codes.forEach(c -> categories.add(new Category(c, labels.get(labelPrefix + c))));
        if (withUnknown) {
            categories.add(new Category(UNKNOWN, labels.get("indicators.unknown")));
        }
        return new Dimension(key, labels.get("indicators.dimension." + key), categories);
    }
}
