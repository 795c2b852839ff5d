package se.kompetenskedjan.checklists.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.placements.PlacementDirectory;
import se.kompetenskedjan.placements.ProposalStatus;

/**
 * The one place that decides who may do what with checklists (assessments also ask the participants module).
 * <ul>
 * <li>Templates (not personal data): all staff read them; the owning organisation's admins, coordinators and employer
 * managers write them; platform templates (no organisation): the platform host's admins. As requirement profiles.</li>
 * <li>A placement's tailored checklists are tailored by the admins, coordinators and employer managers of the
 * placement's organisation; by supervisors whose login is that of a supervisor of the place (placement_supervisor) or
 * of an agreed or active placement there; and by coordinators of an organisation that has a participant placed there
 * (accepted, agreed, active or completed): the coordinator who placed someone follows the validation too.</li>
 * <li>A participant reads the checklists of places where they have (had) a placement: agreed, active, completed or
 * ended early. The same statuses make a participant assessable against a place's checklists.</li>
 * </ul>
 */
@Component
class ValidationAccess {

    static final Set<ProposalStatus> PLACED = EnumSet.of(ProposalStatus.AGREED, ProposalStatus.ACTIVE,
            ProposalStatus.COMPLETED, ProposalStatus.ENDED_EARLY);
    private static final Set<ProposalStatus> TAILORED_BY_THEIR_COORDINATORS = EnumSet.of(ProposalStatus.ACCEPTED,
            ProposalStatus.AGREED, ProposalStatus.ACTIVE, ProposalStatus.COMPLETED);

    private final PlacementDirectory placements;
    private final ParticipantRegister participants;

    ValidationAccess(PlacementDirectory placements, ParticipantRegister participants) {
        this.placements = placements;
        this.participants = participants;
    }

    void requireStaff(CurrentUser user) {
        if (!user.role().isStaff()) {
            throw new AccessDeniedException("staff only");
        }
    }

    boolean mayCreateTemplates(CurrentUser user) {
        return user.isAnyOf(Role.ADMIN, Role.COORDINATOR, Role.EMPLOYER_MANAGER);
    }

    boolean mayManagePlatformTemplates(CurrentUser user) {
        return user.platformHost() && user.is(Role.ADMIN);
    }

    boolean mayEditTemplate(CurrentUser user, UUID owner) {
        return owner == null ? mayManagePlatformTemplates(user)
                : mayCreateTemplates(user) && user.organisationId().value().equals(owner);
    }

    void requireEditTemplate(CurrentUser user, UUID owner) {
        if (!mayEditTemplate(user, owner)) {
            throw new AccessDeniedException("may not change checklist templates of this organisation");
        }
    }

    /** Whether the user may tailor the checklists of the placement (owned by placementOrganisation). */
    boolean mayTailor(CurrentUser user, UUID placementId, UUID placementOrganisation) {
        UUID org = user.organisationId().value();
        if (user.isAnyOf(Role.ADMIN, Role.COORDINATOR, Role.EMPLOYER_MANAGER) && org.equals(placementOrganisation)) {
            return true;
        }
        if (user.is(Role.SUPERVISOR)) {
            return supervisesAt(user, placementId);
        }
        if (user.is(Role.COORDINATOR)) {
            Set<UUID> placedThere = placements.participantsAt(placementId, TAILORED_BY_THEIR_COORDINATORS);
            return !participants.belongingTo(placedThere, org).isEmpty();
        }
        return false;
    }

    /** Whether the user's login is that of a supervisor of the place, or of an agreed or active placement there. */
    boolean supervisesAt(CurrentUser user, UUID placementId) {
        return placements.supervisedBy(placementId, user.id().value());
    }

    /** Whether the participant has (had) a placement at the place: agreed, active, completed or ended early. */
    boolean placedAt(UUID participantId, UUID placementId) {
        return placements.placesOf(participantId, PLACED).contains(placementId);
    }
}
