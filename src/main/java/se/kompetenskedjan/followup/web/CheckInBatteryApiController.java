package se.kompetenskedjan.followup.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.followup.BatteryCommand;
import se.kompetenskedjan.followup.BatterySummary;
import se.kompetenskedjan.followup.BatteryView;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInBatteries;

@RestController
@Tag(name = "Avstämningar", description = "Frågebatterier för veckans avstämning: versionerade frågor till deltagare "
        + "och handledare (skala 1–5, ja/nej, trafikljus, val, fritext).")
class CheckInBatteryApiController {

    private final CheckInBatteries batteries;

    CheckInBatteryApiController(CheckInBatteries batteries) {
        this.batteries = batteries;
    }

    @GetMapping("/api/v1/checkin-batteries")
    @Operation(summary = "Plattformens frågebatterier och min organisations, senaste versionen")
    List<BatterySummary> batteries(@RequestParam(required = false) CheckInAudience audience) {
        return batteries.batteries(audience);
    }

    @GetMapping("/api/v1/checkin-batteries/{id}")
    @Operation(summary = "Ett frågebatteri, senaste versionen")
    BatteryView battery(@PathVariable UUID id) {
        return batteries.battery(id);
    }

    @GetMapping("/api/v1/checkin-batteries/{id}/versions/{version}")
    @Operation(summary = "En tidigare version av ett frågebatteri, som den var")
    BatteryView version(@PathVariable UUID id, @PathVariable int version) {
        return batteries.version(id, version);
    }

    @PostMapping("/api/v1/checkin-batteries")
    @Operation(summary = "Skapa ett frågebatteri i min organisation (template: ett för hela plattformen)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<BatteryView> create(@Valid @RequestBody BatteryCommand command) {
        BatteryView created = batteries.create(command);
        return ResponseEntity.created(URI.create("/api/v1/checkin-batteries/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/checkin-batteries/{id}")
    @Operation(summary = "Spara en ny version; lockVersion är den som lästes, key behåller en fråga som samma fråga")
    BatteryView revise(@PathVariable UUID id, @Valid @RequestBody BatteryCommand command) {
        return batteries.revise(id, command);
    }
}
