package se.kompetenskedjan.checklists;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * Checklist templates per industry and checklists tailored for a placement.
 *
 * <p>Templates are not personal data: all staff read them; the owning organisation's admins, coordinators and employer
 * managers write them (platform templates: the platform host's admins), as for requirement profiles.
 *
 * <p>A tailored checklist belongs to a placement and is read by staff who may see the placement, and by participants
 * placed there. It is tailored (created, items added, removed, reworded, moved, renamed; every change kept) by the
 * admins, coordinators and employer managers of the placement's organisation, by its supervisors (the supervisor
 * inventory's login of a supervisor of the place or of a placement there), and by coordinators of an organisation
 * one of whose participants is placed there (accepted, agreed, active or completed).
 */
public interface Checklists {

    /**
     * A tailored checklist's texts in the translations module (its name and the active items' easy text, as the
     * self-assessment shows them): read like {@link #get}, translated by those who may tailor it.
     */
    String TRANSLATION_KIND = "checklist";

    PageResult<ChecklistTemplateSummary> templates(ChecklistTemplateSearch search);

    ChecklistTemplateView template(UUID templateId);

    ChecklistTemplateView createTemplate(ChecklistTemplateCommand command);

    ChecklistTemplateView updateTemplate(UUID templateId, ChecklistTemplateCommand command);

    /** Whether the signed-in user may create templates in their organisation. */
    boolean canCreateTemplates();

    /** Whether the signed-in user may tailor (and create) the placement's checklists. */
    boolean mayTailor(UUID placementId);

    /** A tailored checklist for the placement, copied from a template (its origin is kept). */
    ChecklistView create(UUID placementId, NewChecklistCommand command);

    ChecklistView get(UUID checklistId);

    /** The checklists of a placement, newest first. */
    List<ChecklistSummary> forPlacement(UUID placementId);

    /** The checklists of the placements the participant has (agreed, active or ended); audited as a read. */
    List<ChecklistSummary> forParticipant(UUID participantId);

    ChecklistView addItem(UUID checklistId, ChecklistItemCommand command);

    /** Takes an item out; it stays (marked removed) for the assessments that rated it. */
    ChecklistView removeItem(UUID checklistId, UUID itemId, LockCommand command);

    ChecklistView rewordItem(UUID checklistId, UUID itemId, RewordCommand command);

    ChecklistView moveItem(UUID checklistId, UUID itemId, MoveCommand command);

    ChecklistView rename(UUID checklistId, RenameCommand command);

    /** Every change to the checklist, oldest first (at most 500). */
    List<ChecklistChangeView> history(UUID checklistId);
}
