package se.kompetenskedjan.matching.internal;

/** A point on the earth in degrees (WGS 84 latitude and longitude). */
record GeoPoint(double lat, double lon) {

    /** Mean earth radius in km. */
    static final double EARTH_RADIUS_KM = 6371.0;

    GeoPoint {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a latitude/longitude: " + lat + ", " + lon);
        }
    }

    /** Great-circle distance in km (haversine formula on a sphere of the mean earth radius). */
    double kmTo(GeoPoint other) {
        double phi1 = Math.toRadians(lat);
        double phi2 = Math.toRadians(other.lat);
        double sinDLat = Math.sin((phi2 - phi1) / 2);
        double sinDLon = Math.sin(Math.toRadians(other.lon - lon) / 2);
        double h = sinDLat * sinDLat + Math.cos(phi1) * Math.cos(phi2) * sinDLon * sinDLon;
        return 2 * EARTH_RADIUS_KM * asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * arcsin; below 0.05 (distances under about 600 km, all that matching meets) by its Taylor series to the x^9
     * term, whose remainder is below 1e-14 of the result, because {@link Math#asin} is not an intrinsic and costs
     * more than the rest of the distance together.
     */
    static double asin(double x) {
        if (x >= 0.05) {
            return Math.asin(x);
        }
        double x2 = x * x;
        return x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (15.0 / 336 + x2 * (105.0 / 3456)))));
    }

    /**
     * A cheap lower bound of {@link #kmTo}: the north-south distance alone (a great circle between two points is
     * never shorter than the difference of their latitudes). Lets a search rule out far places without trigonometry.
     */
    double kmNorthSouthTo(GeoPoint other) {
        return EARTH_RADIUS_KM * Math.toRadians(Math.abs(other.lat - lat));
    }
}
