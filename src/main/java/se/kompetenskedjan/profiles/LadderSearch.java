package se.kompetenskedjan.profiles;

import java.util.UUID;

/** Filters of the ladder list: the ladders of one organisation (default: the viewer's own). */
public record LadderSearch(UUID organisationId, Integer page, Integer size) {
}
