package se.kompetenskedjan.participants;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Internal, for the indicators module (issue 15): the attributes that statistics break figures down by, without
 * names or identity numbers. No access check and no audit entry per participant: what is read is only ever shown as
 * protected counts of groups, and each report produced is logged by the indicators module (decision 94).
 */
public interface StatisticalFacts {

    /** A participant's statistical attributes as the register holds them now; birthYear may be unknown (null). */
    record Facts(UUID participantId, Gender gender, Integer birthYear, ReferralSource referralSource,
            SwedishLevel swedishLevel, IncomeSource incomeSource, EducationLevel educationLevel) {
    }

    /** The facts of those of the given participants that exist (at most 1,000 ids). */
    Map<UUID, Facts> of(Collection<UUID> participantIds);
}
