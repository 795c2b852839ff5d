package se.kompetenskedjan.matching;

/** How a participant travels to a placement; decides the speed of the travel-time estimate. */
public enum TravelMode {
    WALK, BICYCLE, PUBLIC_TRANSPORT, CAR
}
