package se.kompetenskedjan.participants;

/** Main income while taking part. */
public enum IncomeSource {
    SOCIAL_ASSISTANCE, ESTABLISHMENT_BENEFIT, ACTIVITY_SUPPORT, SICKNESS_BENEFIT, UNEMPLOYMENT_INSURANCE, STUDENT_FINANCE, SALARY, NONE, OTHER
}
