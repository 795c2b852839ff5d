package se.kompetenskedjan.profiles.internal;

import java.util.UUID;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Views of ladders and profile versions kept between requests, each with the lock version it was built from. A
 * reader asks the database for the current lock version (one indexed row) and gets the kept view only if it still
 * matches, so a change made by any instance is seen at once; only the loading of the steps, items and tasks is saved.
 */
final class VersionedViews<V> {

    private record Kept<V>(long version, V view) {
    }

    private final Cache<UUID, Kept<V>> kept;

    VersionedViews(int maximumSize) {
        this.kept = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    V get(UUID id, long currentVersion, Supplier<V> load) {
        Kept<V> found = kept.getIfPresent(id);
        if (found != null && found.version() == currentVersion) {
            return found.view();
        }
        V view = load.get();
        kept.put(id, new Kept<>(currentVersion, view));
        return view;
    }
}
