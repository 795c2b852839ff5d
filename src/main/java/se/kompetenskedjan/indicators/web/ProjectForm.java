package se.kompetenskedjan.indicators.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import se.kompetenskedjan.indicators.ProjectCommand;
import se.kompetenskedjan.indicators.ProjectDetails;

/** The project form on /projekt/ny and /projekt/{id}/andra. */
public class ProjectForm {

    private String name;
    private String funder;
    private String funderReference;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private List<UUID> ladderIds = new ArrayList<>();
    private Long version;

    static ProjectForm of(ProjectDetails project) {
        ProjectForm form = new ProjectForm();
        form.name = project.name();
        form.funder = project.funder();
        form.funderReference = project.funderReference();
        form.from = project.from();
        form.to = project.to();
        form.ladderIds = new ArrayList<>(project.ladders().stream().map(ProjectDetails.Ladder::id).toList());
        form.version = project.version();
        return form;
    }

    ProjectCommand command() {
        return new ProjectCommand(name, funder, funderReference, from, to, List.copyOf(ladderIds), version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public String getFunderReference() {
        return funderReference;
    }

    public void setFunderReference(String funderReference) {
        this.funderReference = funderReference;
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

    public List<UUID> getLadderIds() {
        return ladderIds;
    }

    public void setLadderIds(List<UUID> ladderIds) {
        this.ladderIds = ladderIds == null ? new ArrayList<>() : new ArrayList<>(ladderIds);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
