package se.kompetenskedjan.profiles;

import java.util.UUID;

/**
 * Filters of the profile list: the profiles of one organisation (default: the viewer's own), or with
 * template = true the platform profiles used by the ladder templates.
 */
public record ProfileSearch(UUID organisationId, Boolean template, Integer page, Integer size) {
}
