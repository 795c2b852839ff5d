package se.kompetenskedjan.plans;

/** Why a journey ended early (avbrott), from a fixed list so it can be counted. */
public enum DropoutReason {
    HEALTH, CARE_OF_FAMILY, MOVED, STUDIES_ELSEWHERE, NO_CONTACT, PLAN_NOT_FOLLOWED, NOT_SUITABLE, TIME_LIMIT_REACHED, OTHER
}
