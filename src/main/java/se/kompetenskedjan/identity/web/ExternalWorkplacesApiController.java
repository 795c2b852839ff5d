package se.kompetenskedjan.identity.web;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.identity.ExternalWorkplaceCommand;
import se.kompetenskedjan.identity.ExternalWorkplaceTakeOverCommand;
import se.kompetenskedjan.identity.ExternalWorkplaceView;
import se.kompetenskedjan.identity.ExternalWorkplaces;

@RestController
@RequestMapping("/api/v1/external-workplaces")
@Tag(name = "Arbetsplatser utan konto")
class ExternalWorkplacesApiController {

    private final ExternalWorkplaces workplaces;

    ExternalWorkplacesApiController(ExternalWorkplaces workplaces) {
        this.workplaces = workplaces;
    }

    @GetMapping
    @Operation(summary = "Arbetsplatser utan konto som din organisation hanterar (plattformens administratör: alla)")
    List<ExternalWorkplaceView> list() {
        return workplaces.list();
    }

    @PostMapping
    @Operation(summary = "Registrera en arbetsplats hos en arbetsgivare utan konto (kommunens koordinator eller administratör)",
            description = "Skapar arbetsgivarens organisation med arbetsplatsen som enda enhet. Kommunens koordinatorer "
                    + "sköter sedan platserna där, svarar på förslag och godkänner avtal för arbetsgivaren tills "
                    + "arbetsgivaren tar över. Organisationsnumret kontrolleras med kontrollsiffra.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ExternalWorkplaceView> register(@Valid @RequestBody ExternalWorkplaceCommand command) {
        ExternalWorkplaceView created = workplaces.register(command);
        return ResponseEntity.created(URI.create("/api/v1/external-workplaces/" + created.organisationId()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "En arbetsplats utan konto")
    ExternalWorkplaceView get(@PathVariable UUID id) {
        return workplaces.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Ändra en arbetsplats utan konto (den hanterande kommunens koordinatorer)")
    ExternalWorkplaceView update(@PathVariable UUID id, @Valid @RequestBody ExternalWorkplaceCommand command) {
        return workplaces.update(id, command);
    }

    @PostMapping("/{id}/take-over")
    @Operation(summary = "Arbetsgivaren tar över arbetsplatsen (den hanterande kommunens eller plattformens administratör)",
            description = "Skapar arbetsgivarens första konto (arbetsgivaransvarig). Kommunens rätt att agera för "
                    + "arbetsgivaren upphör; platserna och förslagen stannar hos arbetsgivaren.")
    ExternalWorkplaceView takeOver(@PathVariable UUID id, @Valid @RequestBody ExternalWorkplaceTakeOverCommand command) {
        return workplaces.takeOver(id, command);
    }
}
