package se.kompetenskedjan.profiles.internal;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.Role;

/**
 * The one place that decides who may do what with profiles and ladders. They are not personal data:
 * <ul>
 * <li>everyone signed in (staff and participants) reads published and retired profile versions, ladders and
 * templates;</li>
 * <li>drafts are seen by the staff of the owning organisation (platform profiles: the platform host's staff);</li>
 * <li>admins, coordinators and employer managers of the owning organisation create and change its profiles and
 * ladders (coordinators build chains together with employers in the sources);</li>
 * <li>templates and platform profiles (owned by no organisation) are managed by the platform host's admins.</li>
 * </ul>
 * {@code owner} is an organisation id, or null for platform profiles and templates.
 */
@Component
class ProfilesAccessPolicy {

    boolean mayCreate(CurrentUser user) {
        return user.isAnyOf(Role.ADMIN, Role.COORDINATOR, Role.EMPLOYER_MANAGER);
    }

    boolean mayManageTemplates(CurrentUser user) {
        return user.platformHost() && user.is(Role.ADMIN);
    }

    boolean mayEdit(CurrentUser user, UUID owner) {
        if (owner == null) {
            return mayManageTemplates(user);
        }
        return mayCreate(user) && user.organisationId().value().equals(owner);
    }

    boolean maySeeDrafts(CurrentUser user, UUID owner) {
        if (!user.role().isStaff()) {
            return false;
        }
        return owner == null ? user.platformHost() : user.organisationId().value().equals(owner);
    }

    void requireCreate(CurrentUser user, boolean template) {
        if (template ? !mayManageTemplates(user) : !mayCreate(user)) {
            throw new AccessDeniedException("may not create profiles or ladders");
        }
    }

    void requireEdit(CurrentUser user, UUID owner) {
        if (!mayEdit(user, owner)) {
            throw new AccessDeniedException("may not change profiles or ladders of this organisation");
        }
    }

    void requireDrafts(CurrentUser user, UUID owner) {
        if (!maySeeDrafts(user, owner)) {
            throw new AccessDeniedException("drafts are for the owning organisation");
        }
    }
}
