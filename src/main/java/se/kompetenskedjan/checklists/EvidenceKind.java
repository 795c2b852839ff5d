package se.kompetenskedjan.checklists;

/** Evidence for an assessment: a note, a photo (JPEG, PNG) or a document (PDF). */
public enum EvidenceKind {
    NOTE, PHOTO, DOCUMENT
}
