package se.kompetenskedjan.placements.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import se.kompetenskedjan.placements.AgreeStartCommand;
import se.kompetenskedjan.placements.AgreementCommand;
import se.kompetenskedjan.placements.DeclineReason;
import se.kompetenskedjan.placements.EndCommand;
import se.kompetenskedjan.placements.EndReason;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.ReviewCommand;
import se.kompetenskedjan.placements.ReviewDecision;

/** The forms of the proposal page, as the page binds them. */
public final class ProposalForms {

    private ProposalForms() {
    }

    /** The employer's answer. */
    public static class Review {
        private ReviewDecision decision;
        private DeclineReason declineReason;
        private String note;
        private Long lockVersion;

        ReviewCommand toCommand() {
            return new ReviewCommand(decision, decision == ReviewDecision.DECLINE ? declineReason : null, note,
                    lockVersion);
        }

        public ReviewDecision getDecision() { return decision; }
        public void setDecision(ReviewDecision v) { decision = v; }
        public DeclineReason getDeclineReason() { return declineReason; }
        public void setDeclineReason(DeclineReason v) { declineReason = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public Long getLockVersion() { return lockVersion; }
        public void setLockVersion(Long v) { lockVersion = v; }
    }

    /** The agreed start: period and supervisor. */
    public static class Start {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startsOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endsOn;
        private UUID supervisorId;
        private Long lockVersion;

        /** An empty form starting today. */
        static Start startingOn(LocalDate today) {
            Start form = new Start();
            form.startsOn = today;
            return form;
        }

        AgreeStartCommand toCommand() {
            return new AgreeStartCommand(startsOn, endsOn, supervisorId, lockVersion);
        }

        public LocalDate getStartsOn() { return startsOn; }
        public void setStartsOn(LocalDate v) { startsOn = v; }
        public LocalDate getEndsOn() { return endsOn; }
        public void setEndsOn(LocalDate v) { endsOn = v; }
        public UUID getSupervisorId() { return supervisorId; }
        public void setSupervisorId(UUID v) { supervisorId = v; }
        public Long getLockVersion() { return lockVersion; }
        public void setLockVersion(Long v) { lockVersion = v; }
    }

    /** The placement agreement's content. */
    public static class Agreement {
        private String goals;
        private String tasks;
        private String hours;
        private String followUp;
        private Long lockVersion;

        static Agreement of(ProposalView p) {
            Agreement a = new Agreement();
            a.goals = p.goals();
            a.tasks = p.tasks();
            a.hours = p.hours();
            a.followUp = p.followUp();
            a.lockVersion = p.lockVersion();
            return a;
        }

        AgreementCommand toCommand() {
            return new AgreementCommand(goals, tasks, hours, followUp, lockVersion);
        }

        public String getGoals() { return goals; }
        public void setGoals(String v) { goals = v; }
        public String getTasks() { return tasks; }
        public void setTasks(String v) { tasks = v; }
        public String getHours() { return hours; }
        public void setHours(String v) { hours = v; }
        public String getFollowUp() { return followUp; }
        public void setFollowUp(String v) { followUp = v; }
        public Long getLockVersion() { return lockVersion; }
        public void setLockVersion(Long v) { lockVersion = v; }
    }

    /** Ending an active placement: completed, or ended early with a reason. */
    public static class End {
        private Boolean completed;
        private EndReason reason;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endedOn;
        private String note;
        private Long lockVersion;

        /** An empty form ending today. */
        static End endedOn(LocalDate today) {
            End form = new End();
            form.endedOn = today;
            return form;
        }

        EndCommand toCommand() {
            return new EndCommand(completed, Boolean.TRUE.equals(completed) ? null : reason, endedOn, note, lockVersion);
        }

        public Boolean getCompleted() { return completed; }
        public void setCompleted(Boolean v) { completed = v; }
        public EndReason getReason() { return reason; }
        public void setReason(EndReason v) { reason = v; }
        public LocalDate getEndedOn() { return endedOn; }
        public void setEndedOn(LocalDate v) { endedOn = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public Long getLockVersion() { return lockVersion; }
        public void setLockVersion(Long v) { lockVersion = v; }
    }
}
