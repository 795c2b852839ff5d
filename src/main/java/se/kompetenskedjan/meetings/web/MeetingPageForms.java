package se.kompetenskedjan.meetings.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** The small forms on a meeting's page: record it as held, cancel it, add a decision; and the decision search. */
public final class MeetingPageForms {

    private MeetingPageForms() {
    }

    public static class Held {
        private String notes;
        private Long lockVersion;

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }

        public Long getLockVersion() {
            return lockVersion;
        }

        public void setLockVersion(Long lockVersion) {
            this.lockVersion = lockVersion;
        }
    }

    public static class Cancel {
        private String reason;
        private Long lockVersion;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public Long getLockVersion() {
            return lockVersion;
        }

        public void setLockVersion(Long lockVersion) {
            this.lockVersion = lockVersion;
        }
    }

    public static class Decision {
        private String text;
        private UUID ownerId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueDate;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public UUID getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(UUID ownerId) {
            this.ownerId = ownerId;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }
    }

    public static class Search {
        private String q;
        private se.kompetenskedjan.meetings.MeetingKind kind;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate to;
        private boolean mine;
        private Integer page;

        public String getQ() {
            return q;
        }

        public void setQ(String q) {
            this.q = q;
        }

        public se.kompetenskedjan.meetings.MeetingKind getKind() {
            return kind;
        }

        public void setKind(se.kompetenskedjan.meetings.MeetingKind kind) {
            this.kind = kind;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }

        public boolean isMine() {
            return mine;
        }

        public void setMine(boolean mine) {
            this.mine = mine;
        }

        public Integer getPage() {
            return page;
        }

        public void setPage(Integer page) {
            this.page = page;
        }
    }
}
