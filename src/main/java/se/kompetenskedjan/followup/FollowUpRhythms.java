package se.kompetenskedjan.followup;

import java.util.UUID;

/**
 * How often participants on a ladder's steps are followed up. Staff read a ladder's rules; its organisation's admins
 * and coordinators save them. A step without a rule is followed up weekly; after a journey that ends with a regular
 * job, only as the ladder's after-job rule says (none without one).
 */
public interface FollowUpRhythms {

    RhythmView rhythm(UUID ladderId);

    RhythmView save(UUID ladderId, RhythmCommand command);
}
