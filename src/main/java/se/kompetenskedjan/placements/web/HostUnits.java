package se.kompetenskedjan.placements.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.ExternalWorkplaceView;
import se.kompetenskedjan.identity.ExternalWorkplaces;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UnitId;
import se.kompetenskedjan.identity.UnitView;

/**
 * The units a user may put places and supervisors at, for the forms' choices: their organisation's, and for a
 * municipality's coordinators and admins the workplaces without an account that it manages now.
 */
@Component
class HostUnits {

    private final IdentityDirectory identity;
    private final ExternalWorkplaces workplaces;

    HostUnits(IdentityDirectory identity, ExternalWorkplaces workplaces) {
        this.identity = identity;
        this.workplaces = workplaces;
    }

    List<UnitView> of(CurrentUser me) {
        List<UnitView> units = new ArrayList<>(identity.units(me.organisationId().value(), 0, 100).items());
        if (me.isAnyOf(Role.COORDINATOR, Role.ADMIN)) {
            for (ExternalWorkplaceView workplace : workplaces.list()) {
                if (workplace.mayEdit()) {
                    identity.findUnit(new UnitId(workplace.unitId())).ifPresent(units::add);
                }
            }
        }
        return units;
    }
}
