package se.kompetenskedjan.indicators;

import java.util.Optional;
import java.util.UUID;

/**
 * Projects (issue 15, item 1): a named set of ladders and participants over a period, run by an organisation, e.g.
 * an ESF project with its funder's reference. Its figures are the figures of its participants on its ladders within
 * its period.
 */
public interface Projects {

    /** The project when the signed-in user may see its figures (staff of its organisation, the region's analysts). */
    Optional<ProjectView> find(UUID projectId);
}
