package se.kompetenskedjan.workability.internal;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.workability.WorkAbilityAssessmentCommand;
import se.kompetenskedjan.workability.WorkAbilityAssessmentView;
import se.kompetenskedjan.workability.WorkAbilityAssessments;
import se.kompetenskedjan.workability.WorkAbilityFormCommand;
import se.kompetenskedjan.workability.WorkAbilityFormView;
import se.kompetenskedjan.workability.WorkAbilityReport;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Arbetsförmågebedömning", description = "Formulär (versionerade, per organisation) och bedömningar av "
        + "arbetsförmåga i arbetsträning på begäran av Arbetsförmedlingen eller Försäkringskassan, med daterad rapport. "
        + "Bedömningar är personuppgifter: allt loggas.")
class WorkAbilityApiController {

    private final WorkAbilityAssessments workAbility;

    WorkAbilityApiController(WorkAbilityAssessments workAbility) {
        this.workAbility = workAbility;
    }

    @GetMapping("/work-ability-forms")
    @Operation(summary = "Formulären du kan använda: plattformens standardformulär och din organisations egna")
    PageResult<WorkAbilityFormView> forms(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return workAbility.forms(page, size);
    }

    @PostMapping("/work-ability-forms")
    @Operation(summary = "Nytt formulär för din organisation (administratörer och koordinatorer)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<WorkAbilityFormView> createForm(@Valid @RequestBody WorkAbilityFormCommand command) {
        WorkAbilityFormView form = workAbility.createForm(command);
        return ResponseEntity.created(URI.create("/api/v1/work-ability-forms/" + form.id())).body(form);
    }

    @GetMapping("/work-ability-forms/{id}")
    @Operation(summary = "Formuläret i sin senaste version")
    WorkAbilityFormView form(@PathVariable UUID id) {
        return workAbility.form(id);
    }

    @PutMapping("/work-ability-forms/{id}")
    @Operation(summary = "Spara en ny version av formuläret (tidigare versioner ändras aldrig)")
    WorkAbilityFormView reviseForm(@PathVariable UUID id, @Valid @RequestBody WorkAbilityFormCommand command) {
        return workAbility.reviseForm(id, command);
    }

    @GetMapping("/work-ability-form-versions/{versionId}")
    @Operation(summary = "En viss version av ett formulär")
    WorkAbilityFormView formVersion(@PathVariable UUID versionId) {
        return workAbility.formVersion(versionId);
    }

    @GetMapping("/participants/{id}/work-ability-assessments")
    PageResult<WorkAbilityAssessmentView> assessments(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return workAbility.assessments(id, page, size);
    }

    @PostMapping("/participants/{id}/work-ability-assessments")
    @Operation(summary = "Ny arbetsförmågebedömning (utkast) av koordinator eller handledare")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<WorkAbilityAssessmentView> create(@PathVariable UUID id,
            @Valid @RequestBody WorkAbilityAssessmentCommand command) {
        WorkAbilityAssessmentView created = workAbility.create(id, command);
        return ResponseEntity.created(URI.create("/api/v1/work-ability-assessments/" + created.id())).body(created);
    }

    @GetMapping("/work-ability-assessments/{id}")
    WorkAbilityAssessmentView get(@PathVariable UUID id) {
        return workAbility.get(id);
    }

    @PutMapping("/work-ability-assessments/{id}")
    @Operation(summary = "Ändra ett utkast (bara bedömaren; lockVersion måste vara den som lästes)")
    WorkAbilityAssessmentView update(@PathVariable UUID id, @Valid @RequestBody WorkAbilityAssessmentCommand command) {
        return workAbility.update(id, command);
    }

    @PostMapping("/work-ability-assessments/{id}/sign")
    @Operation(summary = "Signera: bedömningen blir en daterad rapport och ändras aldrig (att signera igen ger 409)")
    WorkAbilityAssessmentView sign(@PathVariable UUID id) {
        return workAbility.sign(id);
    }

    @GetMapping("/work-ability-assessments/{id}/report")
    @Operation(summary = "Rapporten för en signerad bedömning (ett utkast ger 409)")
    WorkAbilityReport report(@PathVariable UUID id) {
        return workAbility.report(id);
    }

    @GetMapping("/work-ability-assessments/{id}/report.pdf")
    @Operation(summary = "Rapporten som PDF")
    ResponseEntity<byte[]> reportPdf(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"arbetsformagebedomning.pdf\"")
                .body(workAbility.reportPdf(id));
    }
}
