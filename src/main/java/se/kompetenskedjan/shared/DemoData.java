package se.kompetenskedjan.shared;

/**
 * One part of the demo data (a bean of the demo module, in the {@code demo} profile). The demo module's
 * {@code DemoRegion} runs every part once the application is ready, in the order its code states by {@link #name()};
 * a part that the order does not name, or a name without a part, stops the start.
 */
public interface DemoData {

    /** The part's name in the demo module's order, e.g. {@code "ladders"}. */
    String name();

    /** Loads the part unless it is already there (in its own transaction, safe to run on every start). */
    void load();
}
