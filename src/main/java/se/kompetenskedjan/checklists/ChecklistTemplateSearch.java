package se.kompetenskedjan.checklists;

/** Filters of the template list: industry (any when empty); the platform's and the viewer's organisation's templates. */
public record ChecklistTemplateSearch(Industry industry, Integer page, Integer size) {
}
