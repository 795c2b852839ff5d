package se.kompetenskedjan.placements;

/** A latitude/longitude box, for finding places within reach before computing travel times. */
public record GeoBox(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {
}
