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
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * A cheap lower bound of {@link #kmTo}: the north-south distance alone (a great circle between two points is
     * never shorter than the difference of their latitudes). Lets a search rule out far places without trigonometry.
     */
    double kmNorthSouthTo(GeoPoint other) {
        return EARTH_RADIUS_KM * Math.toRadians(Math.abs(other.lat - lat));
    }
}
