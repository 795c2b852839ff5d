package se.kompetenskedjan.profiles;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * The ladders' public face. Everyone signed in reads ladders and templates; the owning organisation's admins,
 * coordinators and employer managers create and change its ladders; the platform host's admins manage templates.
 * A ladder is saved whole (all steps), atomically, with optimistic locking.
 */
public interface Ladders {

    /** Ladders of one organisation (default: the viewer's), a page at a time. */
    PageResult<LadderSummary> ladders(LadderSearch search);

    LadderView ladder(UUID id);

    LadderView create(LadderCommand command);

    LadderView update(UUID id, LadderCommand command);

    /** The ready-made templates, by name. */
    List<LadderSummary> templates();

    /**
     * Copies a template into the caller's organisation: its steps, and each profile version they refer to as a new
     * profile of the organisation whose version 1 is published (new item keys), so the copy can be adapted.
     */
    LadderView copyTemplate(UUID templateId, CopyTemplateCommand command);

    /** Whether the signed-in user may create ladders (and copy templates) in their organisation. */
    boolean canCreate();

    /** Whether the signed-in user may change the ladder. */
    boolean canEdit(UUID ladderId);
}
