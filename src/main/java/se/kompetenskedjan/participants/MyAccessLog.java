package se.kompetenskedjan.participants;

import se.kompetenskedjan.privacy.AuditEntryView;
import se.kompetenskedjan.privacy.VisitSummary;
import se.kompetenskedjan.shared.PageResult;

/**
 * The "who has looked" list on Min sida: other people's reads and changes, paged, and apart from them the
 * participant's own visits, which are kept in the audit trail but would otherwise flood the list.
 */
public record MyAccessLog(PageResult<AuditEntryView> others, VisitSummary own) {
}
