package se.kompetenskedjan.profiles;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * The requirement profiles' public face. Every method checks the signed-in user's rights: everyone signed in reads
 * published (and retired) versions; drafts are seen by the owning organisation's staff; the owning organisation's
 * admins, coordinators and employer managers write (platform profiles: the platform host's admins).
 *
 * <p>Versioning: only a DRAFT changes. {@link #publish} freezes it for good; {@link #newVersion} starts the next
 * draft as a copy of the latest version, with the same item keys. Old versions stay readable forever, so a plan keeps
 * the version it was made against ({@link #version}).
 */
public interface RequirementProfiles {

    /** Profiles of one organisation (default: the viewer's) or the platform profiles, a page at a time. */
    PageResult<ProfileSummary> profiles(ProfileSearch search);

    /** Creates a profile in the caller's organisation (or a platform profile): version 1, a draft. */
    ProfileVersionView create(ProfileCommand command);

    /** The profile's current version: the latest published one, or the draft if nothing is published and the caller may see it. */
    ProfileVersionView current(UUID profileId);

    /** The latest PUBLISHED version (not retired, not a draft); not found if there is none. */
    ProfileVersionView latestPublished(UUID profileId);

    /** One version by its id, in any state the caller may see; published and retired versions stay readable forever. */
    ProfileVersionView version(UUID versionId);

    /**
     * Internal, needs no signed-in user (loaders at start): the item keys and types of a platform profile's version;
     * empty if there is no such version. Platform reference data, not personal data.
     */
    java.util.Map<UUID, RequirementType> platformItemTypes(UUID versionId);

    /** The version history, newest first (drafts only for those who may see them). */
    List<ProfileVersionSummary> versions(UUID profileId);

    /** Replaces a draft's content; a published version cannot change (conflict). */
    ProfileVersionView updateDraft(UUID versionId, ProfileCommand command);

    /** Publishes a draft: it is frozen from now on. */
    ProfileVersionView publish(UUID versionId, LockCommand command);

    /** Starts the next version as a draft copied from the latest version (same item keys); conflict if a draft exists. */
    ProfileVersionView newVersion(UUID profileId);

    /** Retires a published version: still readable, no longer offered for new ladder steps. */
    ProfileVersionView retire(UUID versionId, LockCommand command);

    /** Throws a draft away (a profile whose only version is that draft goes with it). */
    void discardDraft(UUID versionId);

    /** Whether the signed-in user may create profiles and ladders in their organisation. */
    boolean canCreate();

    /** Whether the signed-in user may change the profile (write drafts, publish). */
    boolean canEdit(UUID profileId);
}
