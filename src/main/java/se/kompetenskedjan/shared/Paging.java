package se.kompetenskedjan.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Bounds for list requests: nobody can ask for a whole table. */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    public static PageRequest of(Integer page, Integer size, Sort sort) {
        int p = page == null || page < 0 ? 0 : page;
        int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        // A page far past the end is simply empty; keep its offset within what the database accepts.
        return PageRequest.of(Math.min(p, Integer.MAX_VALUE / s - 1), s, sort);
    }
}
