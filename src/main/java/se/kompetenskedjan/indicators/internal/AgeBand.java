package se.kompetenskedjan.indicators.internal;

/** Age at entry, banded as the ESF+ indicators and the Public Employment Service count (under 25, under 30, 55+). */
enum AgeBand {
    UNDER_25, FROM_25_TO_29, FROM_30_TO_54, FROM_55, UNKNOWN;

    /** The band of someone born in {@code birthYear} in the year {@code year} (age as year minus birth year). */
    static AgeBand of(Integer birthYear, int year) {
        if (birthYear == null) {
            return UNKNOWN;
        }
        int age = year - birthYear;
        return age < 25 ? UNDER_25 : age < 30 ? FROM_25_TO_29 : age < 55 ? FROM_30_TO_54 : FROM_55;
    }
}
