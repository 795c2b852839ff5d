package se.kompetenskedjan.placements.web;

import se.kompetenskedjan.placements.QualityRating;

/** A coordinator's quality note on a place, as the page binds it. */
public class QualityNoteForm {

    private QualityRating rating;
    private String note;

    public QualityRating getRating() { return rating; }
    public void setRating(QualityRating v) { rating = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
