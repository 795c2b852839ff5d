package se.kompetenskedjan.followup;

import java.util.List;
import java.util.UUID;

/**
 * Check-in question batteries. Every signed-in staff member reads the platform's batteries and their own
 * organisation's; the organisation's admins and coordinators write its batteries, the platform's admins the
 * platform's. A change makes a new version; every version stays readable.
 */
public interface CheckInBatteries {

    /** The kind of document a battery is for the translations module. */
    String TRANSLATION_KIND = "checkin-battery";

    /** The platform's batteries and the signed-in user's organisation's, optionally for one audience. */
    List<BatterySummary> batteries(CheckInAudience audience);

    /** The latest version. */
    BatteryView battery(UUID id);

    BatteryView version(UUID id, int version);

    BatteryView create(BatteryCommand command);

    /** Whether the signed-in user may create batteries for their organisation. */
    boolean mayCreate();

    /** Saves the content as the next version; lockVersion must be the one read (else conflict). */
    BatteryView revise(UUID id, BatteryCommand command);
}
