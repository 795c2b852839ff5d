package se.kompetenskedjan.profiles.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Where new ids come from: random for everything users create; derived from fixed names for the templates and the
 * demo data, so every installation (and every demo load) gets the same ids. Within one call, each purpose names one
 * new row.
 */
@FunctionalInterface
interface IdSource {

    UUID id(String purpose);

    static IdSource random() {
        return purpose -> UUID.randomUUID();
    }

    static IdSource named(String namespace) {
        return purpose -> UUID.nameUUIDFromBytes((namespace + ":" + purpose).getBytes(StandardCharsets.UTF_8));
    }
}
