package se.kompetenskedjan.education;

import java.util.UUID;

import se.kompetenskedjan.participants.SwedishLevel;

/** A course as everyone signed in sees it; mayEdit: the caller may plan occasions of it. */
public record CourseView(UUID id, UUID providerOrganisationId, String providerName, String name, CourseKind kind,
        String description, SwedishLevel swedishLevel, boolean mayEdit) {
}
