package se.kompetenskedjan.language.internal;

import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.language.CanDoStatementView;
import se.kompetenskedjan.language.CefrLevel;
import se.kompetenskedjan.language.LanguageAssessmentCommand;
import se.kompetenskedjan.language.LanguageAssessmentView;
import se.kompetenskedjan.language.LanguageProgressView;
import se.kompetenskedjan.language.LanguageSkill;
import se.kompetenskedjan.language.LanguageValidation;
import se.kompetenskedjan.language.SwedishLevelCommand;
import se.kompetenskedjan.participants.ParticipantView;
import se.kompetenskedjan.shared.PageResult;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Språkvalidering", description = "Kan-påståenden för arbetsplatsen kopplade till GERS (A1–B2) och SFI, "
        + "och deltagares språkbedömningar över tid. Bedömningar är personuppgifter: allt loggas.")
class LanguageApiController {

    private final LanguageValidation language;

    LanguageApiController(LanguageValidation language) {
        this.language = language;
    }

    @GetMapping("/language/can-do-statements")
    @Operation(summary = "Katalogen av kan-påståenden per färdighet och nivå, med motsvarande SFI-kurser")
    List<CanDoStatementView> statements(@RequestParam(required = false) LanguageSkill skill,
            @RequestParam(required = false) CefrLevel level) {
        return language.catalogue(skill, level);
    }

    @GetMapping("/participants/{id}/language-assessments")
    @Operation(summary = "Deltagarens språkbedömningar, nyaste först, med beräknad nivå per färdighet")
    PageResult<LanguageAssessmentView> assessments(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return language.assessments(id, page, size);
    }

    @PostMapping("/participants/{id}/language-assessments")
    @Operation(summary = "Ny språkbedömning (utkast) av lärare, handledare eller koordinator")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<LanguageAssessmentView> create(@PathVariable UUID id,
            @Valid @RequestBody LanguageAssessmentCommand command) {
        LanguageAssessmentView created = language.create(id, command);
        return ResponseEntity.created(URI.create("/api/v1/language-assessments/" + created.id())).body(created);
    }

    @GetMapping("/language-assessments/{id}")
    LanguageAssessmentView get(@PathVariable UUID id) {
        return language.get(id);
    }

    @PutMapping("/language-assessments/{id}")
    @Operation(summary = "Ändra ett utkast (bara bedömaren; lockVersion måste vara den som lästes)")
    LanguageAssessmentView update(@PathVariable UUID id, @Valid @RequestBody LanguageAssessmentCommand command) {
        return language.update(id, command);
    }

    @PostMapping("/language-assessments/{id}/sign")
    @Operation(summary = "Signera bedömningen: därefter ändras den aldrig (att signera igen ger 409)")
    LanguageAssessmentView sign(@PathVariable UUID id) {
        return language.sign(id);
    }

    @GetMapping("/participants/{id}/language-progress")
    @Operation(summary = "Nivå per färdighet över tid, från signerade bedömningar, och den validerade nivån")
    LanguageProgressView progress(@PathVariable UUID id) {
        return language.progress(id);
    }

    @PostMapping("/participants/{id}/language-progress/swedish-level")
    @Operation(summary = "För in den validerade nivån som deltagarens svensknivå i registret (som matchningen använder)")
    ParticipantView recordSwedishLevel(@PathVariable UUID id, @Valid @RequestBody SwedishLevelCommand command) {
        return language.recordValidatedSwedishLevel(id, command);
    }
}
