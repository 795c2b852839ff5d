package se.kompetenskedjan.indicators.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import se.kompetenskedjan.indicators.ReportScope;

/** The dashboard's GET form: which figures, the period and the day for participants per step. */
public class IndicatorForm {

    private ReportScope scope;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;

    public ReportScope getScope() {
        return scope;
    }

    public void setScope(ReportScope scope) {
        this.scope = scope;
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

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }
}
