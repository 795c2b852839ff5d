package se.kompetenskedjan.profiles.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.profiles.CopyTemplateCommand;
import se.kompetenskedjan.profiles.LadderCommand;
import se.kompetenskedjan.profiles.LadderSearch;
import se.kompetenskedjan.profiles.LadderSummary;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.shared.PageResult;

@RestController
@Tag(name = "Stegmodeller", description = "Kompetenstrappor och kompetenskedjor: steg i ordning med typ, kravprofil "
        + "för att lämna steget, normal och längsta tid, vem som bedömer, förgreningar och sidospår. Färdiga mallar "
        + "att kopiera och anpassa.")
class LadderApiController {

    private final Ladders ladders;

    LadderApiController(Ladders ladders) {
        this.ladders = ladders;
    }

    @GetMapping("/api/v1/ladders")
    @Operation(summary = "Stegmodeller för en organisation (standard: den egna), sidindelat")
    PageResult<LadderSummary> list(@ParameterObject LadderSearch search) {
        return ladders.ladders(search);
    }

    @PostMapping("/api/v1/ladders")
    @Operation(summary = "Skapa en stegmodell med alla steg i den egna organisationen (template=true: en mall, för plattformens administratörer)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<LadderView> create(@Valid @RequestBody LadderCommand command) {
        LadderView created = ladders.create(command);
        return ResponseEntity.created(URI.create("/api/v1/ladders/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/ladders/{id}")
    LadderView get(@PathVariable UUID id) {
        return ladders.ladder(id);
    }

    @PutMapping("/api/v1/ladders/{id}")
    @Operation(summary = "Spara hela stegmodellen med alla steg; lockVersion måste vara den som lästes (annars 409). "
            + "Ett steg leder bara till senare steg i samma stegmodell.")
    LadderView update(@PathVariable UUID id, @Valid @RequestBody LadderCommand command) {
        return ladders.update(id, command);
    }

    @GetMapping("/api/v1/ladder-templates")
    @Operation(summary = "Färdiga mallar")
    List<LadderSummary> templates() {
        return ladders.templates();
    }

    @PostMapping("/api/v1/ladder-templates/{id}/copies")
    @Operation(summary = "Kopiera en mall till den egna organisationen, med kravprofilerna som nya publicerade profiler")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<LadderView> copy(@PathVariable UUID id, @Valid @RequestBody(required = false) CopyTemplateCommand command) {
        LadderView copy = ladders.copyTemplate(id, command == null ? new CopyTemplateCommand(null, null) : command);
        return ResponseEntity.created(URI.create("/api/v1/ladders/" + copy.id())).body(copy);
    }
}
