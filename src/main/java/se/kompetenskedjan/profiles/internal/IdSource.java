package se.kompetenskedjan.profiles.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Where new ids come from: random for everything users create (and the demo data, made through the facades);
 * derived from fixed names for the templates, so every installation gets the same ids. Within one call, each purpose
 * names one new row.
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
