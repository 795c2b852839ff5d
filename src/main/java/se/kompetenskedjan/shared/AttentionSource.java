package se.kompetenskedjan.shared;

import java.util.List;

/**
 * What a module has that needs the signed-in user now, for their start page (issue 14, item 4): proposals waiting
 * for an answer, tasks past their date, consents running out. Each module answers for its own data and the user's
 * role, with counts rather than names (a count reveals no one, so it is not a read of personal data), and links
 * only to pages the user may open.
 */
public interface AttentionSource {

    /** Nothing when the user's role has nothing here; items with a count of zero are left out by the caller. */
    List<Attention> forCurrentUser();
}
