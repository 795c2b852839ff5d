package se.kompetenskedjan.matching;

/**
 * What makes an eligible placement a good one for a participant, with its weight in the score (the weights add up to
 * 100, so a score is 0–100): how much of the plan's gaps the place trains, how ready the participant already is for
 * what the place requires, closeness to the occupations the participant is interested in, the journey, and whether
 * the place's hours leave room for the participant's courses (for example SFI).
 */
public enum Criterion {
    GAP_COVERAGE(35), READINESS(25), INTEREST(15), TRAVEL(15), SCHEDULE(10);

    private final int weight;

    Criterion(int weight) {
        this.weight = weight;
    }

    /** Points this criterion gives when fully met; all weights add up to 100. */
    public int weight() {
        return weight;
    }
}
