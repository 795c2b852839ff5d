package se.kompetenskedjan.placements.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.participants.SupervisionCommand;
import se.kompetenskedjan.participants.SupervisionView;
import se.kompetenskedjan.placements.Supervisions;

/** Recording a supervision by hand; the placements module owns who supervises whom (reading: the participants API). */
@RestController
@RequestMapping("/api/v1/participants")
@Tag(name = "Deltagare", description = "Deltagarregistret. Varje läsning och ändring loggas.")
class SupervisionsApiController {

    private final Supervisions supervisions;

    SupervisionsApiController(Supervisions supervisions) {
        this.supervisions = supervisions;
    }

    @PostMapping("/{id}/supervisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrera en handledare för deltagaren (utan placering)")
    ResponseEntity<SupervisionView> record(@PathVariable UUID id, @Valid @RequestBody SupervisionCommand command) {
        SupervisionView supervision = supervisions.record(id, command);
        return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/supervisions/" + supervision.id()))
                .body(supervision);
    }
}
