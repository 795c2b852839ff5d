package se.kompetenskedjan.checklists.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.kompetenskedjan.checklists.AssessmentCommand;
import se.kompetenskedjan.checklists.AssessmentDraftCommand;
import se.kompetenskedjan.checklists.AssessmentSummary;
import se.kompetenskedjan.checklists.AssessmentView;
import se.kompetenskedjan.checklists.Assessments;
import se.kompetenskedjan.checklists.ChecklistChangeView;
import se.kompetenskedjan.checklists.ChecklistItemCommand;
import se.kompetenskedjan.checklists.ChecklistSummary;
import se.kompetenskedjan.checklists.ChecklistTemplateCommand;
import se.kompetenskedjan.checklists.ChecklistTemplateSearch;
import se.kompetenskedjan.checklists.ChecklistTemplateSummary;
import se.kompetenskedjan.checklists.ChecklistTemplateView;
import se.kompetenskedjan.checklists.ChecklistView;
import se.kompetenskedjan.checklists.Checklists;
import se.kompetenskedjan.checklists.EvidenceFile;
import se.kompetenskedjan.checklists.EvidenceNoteCommand;
import se.kompetenskedjan.checklists.EvidenceView;
import se.kompetenskedjan.checklists.Industry;
import se.kompetenskedjan.checklists.LockCommand;
import se.kompetenskedjan.checklists.MoveCommand;
import se.kompetenskedjan.checklists.NewChecklistCommand;
import se.kompetenskedjan.checklists.RenameCommand;
import se.kompetenskedjan.checklists.RewordCommand;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.PageResult;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Validering: checklistor och bedömningar", description = "Checklistmallar per bransch kopplade till "
        + "kravprofilernas krav, checklistor anpassade för en praktikplats (varje ändring sparas), bedömningar över tid "
        + "på skalan 0–3 med bevis, självskattning, och signerade resultat som deltagarens nivåer (källa VALIDATION).")
class ValidationApiController {

    private final Checklists checklists;
    private final Assessments assessments;

    ValidationApiController(Checklists checklists, Assessments assessments) {
        this.checklists = checklists;
        this.assessments = assessments;
    }

    @GetMapping("/checklist-templates")
    @Operation(summary = "Checklistmallar: plattformens och den egna organisationens, sidindelat, filter på bransch")
    PageResult<ChecklistTemplateSummary> templates(@RequestParam(required = false) Industry industry,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return checklists.templates(new ChecklistTemplateSearch(industry, page, size));
    }

    @PostMapping("/checklist-templates")
    @Operation(summary = "Skapa en checklistmall i den egna organisationen (platform=true: plattformsmall, värdens admin)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ChecklistTemplateView> createTemplate(@Valid @RequestBody ChecklistTemplateCommand command) {
        ChecklistTemplateView created = checklists.createTemplate(command);
        return ResponseEntity.created(URI.create("/api/v1/checklist-templates/" + created.id())).body(created);
    }

    @GetMapping("/checklist-templates/{id}")
    @Operation(summary = "En checklistmall med punkter och nivåbeskrivningar")
    ChecklistTemplateView template(@PathVariable UUID id) {
        return checklists.template(id);
    }

    @PutMapping("/checklist-templates/{id}")
    @Operation(summary = "Spara hela mallen (lockVersion krävs); punkter som utelämnas tas bort")
    ChecklistTemplateView updateTemplate(@PathVariable UUID id, @Valid @RequestBody ChecklistTemplateCommand command) {
        return checklists.updateTemplate(id, command);
    }

    @GetMapping("/placements/{id}/checklists")
    @Operation(summary = "Platsens anpassade checklistor")
    List<ChecklistSummary> placementChecklists(@PathVariable UUID id) {
        return checklists.forPlacement(id);
    }

    @PostMapping("/placements/{id}/checklists")
    @Operation(summary = "Anpassa en checklista för platsen: en kopia av en mall (ursprunget sparas)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ChecklistView> createChecklist(@PathVariable UUID id, @Valid @RequestBody NewChecklistCommand command) {
        ChecklistView created = checklists.create(id, command);
        return ResponseEntity.created(URI.create("/api/v1/checklists/" + created.id())).body(created);
    }

    @GetMapping("/checklists/{id}")
    @Operation(summary = "En anpassad checklista med punkter (borttagna punkter sist, markerade)")
    ChecklistView checklist(@PathVariable UUID id) {
        return checklists.get(id);
    }

    @PutMapping("/checklists/{id}/title")
    @Operation(summary = "Byt namn på checklistan")
    ChecklistView rename(@PathVariable UUID id, @Valid @RequestBody RenameCommand command) {
        return checklists.rename(id, command);
    }

    @PostMapping("/checklists/{id}/items")
    @Operation(summary = "Lägg till en punkt (kopplad till ett krav i profilen, eller en arbetsplatspunkt utan krav)")
    ResponseEntity<ChecklistView> addItem(@PathVariable UUID id, @Valid @RequestBody ChecklistItemCommand command) {
        return ResponseEntity.status(201).body(checklists.addItem(id, command));
    }

    @PutMapping("/checklists/{id}/items/{itemId}")
    @Operation(summary = "Formulera om en punkt")
    ChecklistView reword(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @RequestBody RewordCommand command) {
        return checklists.rewordItem(id, itemId, command);
    }

    @PostMapping("/checklists/{id}/items/{itemId}/position")
    @Operation(summary = "Flytta en punkt (1 = först)")
    ChecklistView move(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @RequestBody MoveCommand command) {
        return checklists.moveItem(id, itemId, command);
    }

    @PostMapping("/checklists/{id}/items/{itemId}/removal")
    @Operation(summary = "Ta bort en punkt (den finns kvar, markerad, för bedömningar som redan gjorts)")
    ChecklistView remove(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @RequestBody LockCommand command) {
        return checklists.removeItem(id, itemId, command);
    }

    @GetMapping("/checklists/{id}/changes")
    @Operation(summary = "Checklistans ändringshistorik: vem ändrade vad och när")
    List<ChecklistChangeView> changes(@PathVariable UUID id) {
        return checklists.history(id);
    }

    @GetMapping("/participants/{id}/checklists")
    @Operation(summary = "Checklistorna för deltagarens praktikplatser")
    List<ChecklistSummary> participantChecklists(@PathVariable UUID id) {
        return checklists.forParticipant(id);
    }

    @GetMapping("/participants/{id}/assessments")
    @Operation(summary = "Deltagarens bedömningar, nyaste först, sidindelat")
    PageResult<AssessmentSummary> participantAssessments(@PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return assessments.forParticipant(id, page, size);
    }

    @PostMapping("/assessments")
    @Operation(summary = "Ny bedömning (utkast): handledare, koordinator eller deltagaren själv (självskattning)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AssessmentView> createAssessment(@Valid @RequestBody AssessmentCommand command) {
        AssessmentView created = assessments.create(command);
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + created.id())).body(created);
    }

    @GetMapping("/assessments/{id}")
    @Operation(summary = "En bedömning med skattningar och bevis")
    AssessmentView assessment(@PathVariable UUID id) {
        return assessments.get(id);
    }

    @PutMapping("/assessments/{id}")
    @Operation(summary = "Spara ett utkast (lockVersion krävs); en signerad bedömning ändras aldrig (409)")
    AssessmentView updateAssessment(@PathVariable UUID id, @Valid @RequestBody AssessmentDraftCommand command) {
        return assessments.update(id, command);
    }

    @PostMapping("/assessments/{id}/signature")
    @Operation(summary = "Signera: bedömningen låses; handledarens och koordinatorns nivåer förs in i gapanalysen")
    AssessmentView sign(@PathVariable UUID id, @Valid @RequestBody LockCommand command) {
        return assessments.sign(id, command);
    }

    @PostMapping("/assessments/{id}/evidence")
    @Operation(summary = "Lägg till en anteckning som bevis (för en punkt eller hela bedömningen)")
    ResponseEntity<EvidenceView> addNote(@PathVariable UUID id, @Valid @RequestBody EvidenceNoteCommand command) {
        return ResponseEntity.status(201).body(assessments.addNote(id, command));
    }

    @PostMapping(path = "/assessments/{id}/evidence/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Ladda upp ett foto (JPEG, PNG) eller dokument (PDF) som bevis, högst 5 MB")
    ResponseEntity<EvidenceView> addFile(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) UUID itemId, @RequestParam(required = false) String note) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new InvalidFieldException("file", "validation.evidence.file.required");
        }
        return ResponseEntity.status(201).body(assessments.addFile(id, itemId, file.getOriginalFilename(),
                file.getContentType(), content, note));
    }

    @GetMapping("/assessments/{id}/evidence/{evidenceId}/file")
    @Operation(summary = "Hämta ett bevis (foto eller dokument)")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID evidenceId) {
        EvidenceFile file = assessments.evidenceFile(id, evidenceId);
        return download(file);
    }

    /**
     * Always a download (attachment), never shown inline, with the type the bytes were checked to be and nosniff, so
     * no browser renders a file as anything else. The name as RFC 6266 gives it: filename* in UTF-8 and an ASCII
     * filename for clients that read only that.
     */
    static ResponseEntity<byte[]> download(EvidenceFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    static String contentDisposition(String fileName) {
        String ascii = java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9 ._()-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + org.springframework.web.util.UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }
}
