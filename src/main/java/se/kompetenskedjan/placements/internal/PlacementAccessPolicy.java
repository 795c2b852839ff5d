package se.kompetenskedjan.placements.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.Role;

/**
 * Who sees and changes places and supervisors. Places are not personal data: the owning organisation's staff see
 * all of theirs (drafts too); others see places that are not drafts when shared with the whole region or with their
 * organisation as a partner; participants see only open places so shared. Admins, employer managers and
 * coordinators of the owning organisation change places and the supervisor inventory. Quality notes are for
 * coordinators only.
 */
@Component
class PlacementAccessPolicy {

    /** The visibility rule as SQL over a placement aliased p; parameters :viewerOrg and :participantViewer. */
    static final String VISIBLE = """
            (p.organisation_id = :viewerOrg AND NOT :participantViewer
             OR p.status <> 'DRAFT' AND (NOT :participantViewer OR p.status = 'OPEN')
                AND (p.sharing = 'REGION' OR p.organisation_id = :viewerOrg
                     OR p.sharing = 'PARTNERS' AND EXISTS (SELECT 1 FROM placement_partner pp
                                                           WHERE pp.placement_id = p.id AND pp.organisation_id = :viewerOrg)))""";

    static Map<String, Object> visibleParams(CurrentUser user) {
        return Map.of("viewerOrg", user.organisationId().value(), "participantViewer", user.is(Role.PARTICIPANT));
    }

    boolean mayManage(CurrentUser user, UUID organisationId) {
        return user.isAnyOf(Role.ADMIN, Role.EMPLOYER_MANAGER, Role.COORDINATOR)
                && user.organisationId().value().equals(organisationId);
    }

    void requireManage(CurrentUser user, UUID organisationId) {
        if (!mayManage(user, organisationId)) {
            throw new AccessDeniedException("may not manage places of this organisation");
        }
    }

    boolean isStaff(CurrentUser user) {
        return !user.isAnyOf(Role.PARTICIPANT, Role.ANALYST);
    }

    void requireStaff(CurrentUser user) {
        if (!isStaff(user)) {
            throw new AccessDeniedException("staff only");
        }
    }

    void requireCoordinator(CurrentUser user) {
        if (!user.is(Role.COORDINATOR)) {
            throw new AccessDeniedException("coordinators only");
        }
    }

    /** Employer side of a proposal: admins, employer managers and supervisors of the place's organisation. */
    boolean isEmployerOf(CurrentUser user, UUID placementOrganisationId) {
        return user.isAnyOf(Role.ADMIN, Role.EMPLOYER_MANAGER, Role.SUPERVISOR)
                && user.organisationId().value().equals(placementOrganisationId);
    }
}
