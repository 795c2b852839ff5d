package se.kompetenskedjan.matching;

/**
 * Requirements a placement can set that exclude a participant unless a coordinator waives them for that pair: the
 * Swedish level, driving licences, being able to cycle, and a journey within the participant's longest travel time.
 */
public enum HardRequirement {
    SWEDISH_LEVEL, DRIVING_LICENCE, CYCLING, TRAVEL_TIME
}
