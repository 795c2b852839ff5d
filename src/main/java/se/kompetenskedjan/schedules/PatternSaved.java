package se.kompetenskedjan.schedules;

import java.util.List;

/** A saved (or previewed) pattern and the clashes with the participant's course sessions it makes (at most 100). */
public record PatternSaved(WorkPatternView pattern, List<Clash> clashes) {
}
