package se.kompetenskedjan.tasks.web;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.tasks.TaskCompletion;
import se.kompetenskedjan.tasks.TaskView;
import se.kompetenskedjan.tasks.Tasks;

@RestController
@Tag(name = "Uppgifter", description = "Uppgifter med ansvarig och datum: öppnade av en person, av en avstämning, ett "
        + "möte eller en påminnelse. En uppgift om en deltagare läses och ändras med rätten till deltagaren.")
class TaskApiController {

    private final Tasks tasks;

    TaskApiController(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/api/v1/tasks")
    @Operation(summary = "Mina uppgifter, den tidigast förfallna först; bara öppna om inte includeClosed=true")
    PageResult<TaskView> mine(@RequestParam(defaultValue = "false") boolean includeClosed,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return tasks.mine(includeClosed, page, size);
    }

    @PostMapping("/api/v1/tasks")
    @Operation(summary = "Öppna en uppgift åt mig själv eller en kollega i min organisation (inte deltagare)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<TaskView> open(@Valid @RequestBody TaskCommand command) {
        TaskView opened = tasks.open(command);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + opened.id())).body(opened);
    }

    @GetMapping("/api/v1/tasks/{id}")
    @Operation(summary = "En uppgift (ansvarig, den som öppnade den, organisationens koordinatorer och administratörer)")
    TaskView get(@PathVariable UUID id) {
        return tasks.get(id);
    }

    @PostMapping("/api/v1/tasks/{id}/completion")
    @Operation(summary = "Markera uppgiften som klar, med en anteckning om hur (valfri)")
    TaskView complete(@PathVariable UUID id, @Valid @RequestBody(required = false) TaskCompletion completion) {
        return tasks.complete(id, completion);
    }

    @GetMapping("/api/v1/participants/{id}/tasks")
    @Operation(summary = "Deltagarens uppgifter, öppna först (högst 100)")
    List<TaskView> forParticipant(@PathVariable UUID id) {
        return tasks.forParticipant(id);
    }
}
