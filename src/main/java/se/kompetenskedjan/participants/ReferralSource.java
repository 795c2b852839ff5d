package se.kompetenskedjan.participants;

/** Who referred the participant: the municipality's labour-market administration (IAF), AF, FK, SFI, self. */
public enum ReferralSource {
    MUNICIPAL_LABOUR_MARKET, PUBLIC_EMPLOYMENT_SERVICE, SOCIAL_INSURANCE_AGENCY, SFI, SELF, OTHER
}
