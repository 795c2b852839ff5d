package se.kompetenskedjan.caseload;

import java.util.UUID;

/** One coordinator's caseload in numbers: its size and the share of it (0 to 1) with something overdue. */
public record CoordinatorLoad(UUID coordinatorId, String coordinatorName, int caseloadSize, int overdueParticipants,
        double overdueShare) {

    public static CoordinatorLoad of(UUID coordinatorId, String coordinatorName, int caseloadSize,
            int overdueParticipants) {
        return new CoordinatorLoad(coordinatorId, coordinatorName, caseloadSize, overdueParticipants,
                caseloadSize == 0 ? 0 : (double) overdueParticipants / caseloadSize);
    }
}
