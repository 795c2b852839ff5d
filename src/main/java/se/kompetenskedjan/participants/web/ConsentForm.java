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
    private LocalDate givenOn = LocalDate.now();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil = LocalDate.now().plusYears(1);

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
