package se.kompetenskedjan.participants.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import se.kompetenskedjan.participants.ConsentCommand;

/** The consent form as the page binds it. */
public class ConsentForm {

    private String purpose;
    private Set<UUID> organisationIds = new LinkedHashSet<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate givenOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil;

    /** An empty form: given today, valid for a year. */
    static ConsentForm givenOn(LocalDate today) {
        ConsentForm form = new ConsentForm();
        form.givenOn = today;
        form.validUntil = today.plusYears(1);
        return form;
    }

    ConsentCommand toCommand() {
        return new ConsentCommand(purpose, organisationIds, givenOn, validUntil);
    }

    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public Set<UUID> getOrganisationIds() { return organisationIds; }
    public void setOrganisationIds(Set<UUID> v) { organisationIds = v == null ? new LinkedHashSet<>() : v; }
    public LocalDate getGivenOn() { return givenOn; }
    public void setGivenOn(LocalDate v) { givenOn = v; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate v) { validUntil = v; }
}
