package se.kompetenskedjan.checklists;

/** One kind of change to a tailored checklist, kept in its history. */
public enum ChecklistChangeType {
    CREATED, ITEM_ADDED, ITEM_REMOVED, ITEM_REWORDED, ITEM_MOVED, RENAMED
}
