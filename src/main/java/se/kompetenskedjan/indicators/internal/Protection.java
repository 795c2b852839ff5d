package se.kompetenskedjan.indicators.internal;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.ProtectedTable;
import se.kompetenskedjan.indicators.disclosure.DisclosureControl;

/**
 * The tables of one report protected together (decision 95), remembered by their true counts: secondary suppression
 * solves an audit per hidden figure, which takes seconds for a dashboard, while the same counts always give the same
 * cells. So a report asked again (another role, a download, the next page view) while nothing it counts has changed
 * is protected once; any changed count is a different key. Only this node's memory holds the counts, never a log.
 */
@Component
class Protection {

    private final int threshold;
    private final Cache<List<CountTable>, List<ProtectedTable>> protectedTables = Caffeine.newBuilder()
            .maximumSize(500).build();

    Protection(@Value("${kk.statistics.threshold:5}") int threshold) {
        this.threshold = threshold;
    }

    List<ProtectedTable> protect(List<CountTable> tables) {
        return protectedTables.get(List.copyOf(tables), t -> new DisclosureControl(threshold).protect(t));
    }
}
