package se.kompetenskedjan.shared;

import java.util.List;

/**
 * What a module can count for the signed-in user's start page when their role sees figures rather than people (the
 * analyst): counts over the participants of the user's own organisation, from the module's own tables. Each figure
 * stands alone (no total beside its parts), so a figure held back under the threshold cannot be worked out from the
 * others.
 */
public interface HeadlineFigureSource {

    /** Nothing when the user's role sees no figures here. */
    List<HeadlineFigure> forCurrentUser();
}
