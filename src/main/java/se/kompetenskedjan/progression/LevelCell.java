package se.kompetenskedjan.progression;

import java.time.LocalDate;

/** A level on the 4-level scale (0–3) with the scale's label; level and label null when there is none. */
public record LevelCell(Integer level, String label, LocalDate assessedOn) {

    public static final LevelCell EMPTY = new LevelCell(null, null, null);

    public boolean isEmpty() {
        return level == null;
    }
}
