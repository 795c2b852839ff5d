package se.kompetenskedjan.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Workplaces of employers that have no account on the platform. A municipality's coordinator (or admin) registers
 * one: an organisation of its own (a private employer) with one unit, the workplace, "managed by" the
 * municipality organisation. While it is managed, the municipality's coordinators and admins act for the employer
 * (other modules ask {@link #managerOf} and {@link #managedBy}). When the employer takes it over, its first account
 * is created and the stand-in ends: the workplace, its places and their proposals stay with the employer's
 * organisation, which now answers for itself.
 */
public interface ExternalWorkplaces {

    /** Registers a workplace; coordinators and admins of a municipality. */
    ExternalWorkplaceView register(ExternalWorkplaceCommand command);

    /** Changes the details while the municipality manages it; its coordinators and admins. */
    ExternalWorkplaceView update(UUID organisationId, ExternalWorkplaceCommand command);

    /** One workplace: the managing organisation's staff, the employer's own admins and managers, the platform's admins. */
    ExternalWorkplaceView get(UUID organisationId);

    /** The workplaces the signed-in user's organisation manages or managed (the platform's admins: all), by name. */
    List<ExternalWorkplaceView> list();

    /** Whether the signed-in user may register workplaces (the pages offer it exactly then). */
    boolean mayRegister();

    /**
     * The employer takes over: its first employer manager account is created and the municipality's stand-in rights
     * end. Admins of the managing organisation and of the platform.
     */
    ExternalWorkplaceView takeOver(UUID organisationId, ExternalWorkplaceTakeOverCommand command);

    /** Internal: the organisation that manages the given one now, if it is a managed workplace. Checks no rights. */
    Optional<UUID> managerOf(UUID organisationId);

    /** Internal: the organisations the given one manages now. Checks no rights. */
    Set<UUID> managedBy(UUID managingOrganisationId);

    /** Internal: for each of the given organisations that is managed now, the name of the managing organisation. */
    Map<UUID, String> managerNames(Collection<UUID> organisationIds);
}
