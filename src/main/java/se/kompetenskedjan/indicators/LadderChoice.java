package se.kompetenskedjan.indicators;

import java.util.UUID;

/** A ladder the flow view can show: its id and name. */
public record LadderChoice(UUID id, String name) {
}
