package se.kompetenskedjan.indicators.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.indicators.ProjectCommand;
import se.kompetenskedjan.indicators.ProjectDetails;
import se.kompetenskedjan.indicators.ProjectMembershipView;
import se.kompetenskedjan.indicators.ProjectParticipantCommand;
import se.kompetenskedjan.indicators.ProjectRemovalCommand;
import se.kompetenskedjan.indicators.ProjectSummary;
import se.kompetenskedjan.indicators.Projects;
import se.kompetenskedjan.shared.PageResult;

@RestController
@Tag(name = "Projekt", description = "Projekt (t.ex. ESF+ med finansiärens diarienummer): period, stegmodeller och "
        + "deltagare som tas in och ut med datum. Ses av organisationens personal som ser siffror och regionens "
        + "analytiker; ändras av organisationens samordnare och administratörer.")
class ProjectApiController {

    private final Projects projects;

    ProjectApiController(Projects projects) {
        this.projects = projects;
    }

    @GetMapping("/api/v1/projects")
    @Operation(summary = "Projekt jag får se, senaste start först")
    PageResult<ProjectSummary> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return projects.projects(page, size);
    }

    @PostMapping("/api/v1/projects")
    @Operation(summary = "Skapa ett projekt i min organisation")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProjectDetails> create(@Valid @RequestBody ProjectCommand command) {
        ProjectDetails created = projects.create(command);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/projects/{id}")
    @Operation(summary = "Ett projekt med stegmodeller och antal deltagare (för analytiker skyddat under gränsen)")
    ProjectDetails get(@PathVariable UUID id) {
        return projects.get(id);
    }

    @PutMapping("/api/v1/projects/{id}")
    @Operation(summary = "Ändra projektet; version är den som lästes (409 om någon hunnit före)")
    ProjectDetails update(@PathVariable UUID id, @Valid @RequestBody ProjectCommand command) {
        return projects.update(id, command);
    }

    @GetMapping("/api/v1/projects/{id}/participants")
    @Operation(summary = "Projektets deltagare (nuvarande och tidigare) som jag får se, med datum")
    PageResult<ProjectMembershipView> participants(@PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return projects.participants(id, page, size);
    }

    @PostMapping("/api/v1/projects/{id}/participants")
    @Operation(summary = "Ta in en deltagare i projektet från ett datum inom perioden (deltagaren ska tillhöra "
            + "eller delas med projektets organisation)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProjectMembershipView> takeIn(@PathVariable UUID id,
            @Valid @RequestBody ProjectParticipantCommand command) {
        ProjectMembershipView membership = projects.takeIn(id, command);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/participants")).body(membership);
    }

    @PostMapping("/api/v1/projects/{id}/participants/{participantId}/removal")
    @Operation(summary = "Ta ut en deltagare ur projektet; on är sista dagen i projektet (historiken sparas)")
    ProjectMembershipView remove(@PathVariable UUID id, @PathVariable UUID participantId,
            @Valid @RequestBody ProjectRemovalCommand command) {
        return projects.remove(id, participantId, command);
    }
}
