package se.kompetenskedjan.progression.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.progression.CohortMatrixView;
import se.kompetenskedjan.progression.MatrixFilter;
import se.kompetenskedjan.progression.Progression;
import se.kompetenskedjan.progression.ProgressionExport;
import se.kompetenskedjan.shared.InvalidFieldException;

/** The progression pages: one participant's matrix, and the cohort matrix with its filter form and export links. */
@Controller
class ProgressionPageController {

    /** A problem with a filter: the message and the id of the form field it belongs to. */
    record FilterError(String field, String message) {
    }

    private final Progression progression;
    private final ParticipantRegister participants;
    private final MatrixChoices choices;
    private final MessageSource messages;
    private final ProgressionService service;

    ProgressionPageController(Progression progression, ParticipantRegister participants, MatrixChoices choices,
            MessageSource messages, ProgressionService service) {
        this.progression = progression;
        this.service = service;
        this.participants = participants;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/deltagare/{id}/progression")
    String participant(@PathVariable UUID id, Model model) {
        model.addAttribute("progression", progression.participant(id));
        model.addAttribute("who", participants.summaries(List.of(id)).stream().findFirst().orElse(null));
        return "validation/progression/participant";
    }

    @GetMapping("/progression")
    String matrix(@RequestParam(name = "enhet", required = false) String unit,
            @RequestParam(name = "steg", required = false) String step,
            @RequestParam(name = "yrke", required = false) String occupation,
            @RequestParam(name = "mall", required = false) String template,
            @RequestParam(name = "checklista", required = false) String checklist,
            @RequestParam(name = "sida", required = false) String page, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("enhet", unit);
        values.put("steg", step);
        values.put("yrke", occupation);
        values.put("mall", template);
        values.put("checklista", checklist);
        model.addAttribute("values", values);
        List<FilterError> errors = new ArrayList<>();
        MatrixFilter filter = filter(values, page, errors);
        CohortMatrixView matrix = null;
        if (errors.isEmpty()) {
            try {
                matrix = progression.matrix(filter);
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> errors.add(new FilterError(fieldOf(p.field()), text(p.messageKey()))));
            }
        }
        if (matrix == null) {
            service.requireStaff();
        }
        model.addAttribute("errors", errors);
        model.addAttribute("matrix", matrix);
        model.addAttribute("units", choices.units());
        model.addAttribute("templates", choices.templates());
        model.addAttribute("stepGroups", choices.steps());
        String query = query(values);
        model.addAttribute("xlsxUrl", "/progression/matris.xlsx" + query);
        model.addAttribute("csvUrl", "/progression/matris.csv" + query);
        model.addAttribute("pageUrl", "/progression" + (query.isEmpty() ? "?" : query + "&") + "sida=");
        return "validation/progression/matrix";
    }

    @GetMapping("/progression/matris.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(name = "enhet", required = false) String unit,
            @RequestParam(name = "steg", required = false) String step,
            @RequestParam(name = "yrke", required = false) String occupation,
            @RequestParam(name = "mall", required = false) String template,
            @RequestParam(name = "checklista", required = false) String checklist) {
        return export(unit, step, occupation, template, checklist, ProgressionExport.Format.XLSX);
    }

    @GetMapping("/progression/matris.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "enhet", required = false) String unit,
            @RequestParam(name = "steg", required = false) String step,
            @RequestParam(name = "yrke", required = false) String occupation,
            @RequestParam(name = "mall", required = false) String template,
            @RequestParam(name = "checklista", required = false) String checklist) {
        return export(unit, step, occupation, template, checklist, ProgressionExport.Format.CSV);
    }

    private ResponseEntity<byte[]> export(String unit, String step, String occupation, String template,
            String checklist, ProgressionExport.Format format) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("enhet", unit);
        values.put("steg", step);
        values.put("yrke", occupation);
        values.put("mall", template);
        values.put("checklista", checklist);
        List<FilterError> errors = new ArrayList<>();
        MatrixFilter filter = filter(values, null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(String.valueOf(errors.get(0).field()), "progression.filter.invalid");
        }
        return ProgressionApiController.download(progression.export(filter, format));
    }

    /** The page's filter parameters as a MatrixFilter; ids that are not ids become errors of their fields. */
    private MatrixFilter filter(Map<String, String> values, String page, List<FilterError> errors) {
        UUID unitId = id(values.get("enhet"), "enhet", "progression.filter.unit.invalid", errors);
        UUID ladderId = null;
        UUID stepId = null;
        String step = values.get("steg");
        if (step != null && !step.isBlank()) {
            String[] parts = step.strip().split("/");
            ladderId = parts.length == 2 ? id(parts[0], "steg", "progression.filter.step.invalid", errors) : null;
            stepId = parts.length == 2 && ladderId != null ? id(parts[1], "steg", "progression.filter.step.invalid", errors)
                    : null;
            if (parts.length != 2) {
                errors.add(new FilterError("steg", text("progression.filter.step.invalid")));
            }
        }
        UUID templateId = id(values.get("mall"), "mall", "progression.filter.template.invalid", errors);
        UUID checklistId = id(values.get("checklista"), null, "progression.filter.checklist.unknown", errors);
        Integer pageNumber = null;
        if (page != null && !page.isBlank()) {
            try {
                pageNumber = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                errors.add(new FilterError(null, text("progression.filter.page.invalid")));
            }
        }
        String occupation = values.get("yrke");
        return new MatrixFilter(unitId, ladderId, stepId, occupation == null || occupation.isBlank() ? null
                : occupation, checklistId, templateId, pageNumber, null);
    }

    private UUID id(String value, String field, String messageKey, List<FilterError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FilterError(field, text(messageKey)));
            return null;
        }
    }

    /** The form field a service's field problem belongs to. */
    private static String fieldOf(String field) {
        return switch (field) {
            case "unitId" -> "enhet";
            case "ladderId", "stepId" -> "steg";
            case "occupation" -> "yrke";
            case "templateId" -> "mall";
            default -> null;
        };
    }

    private static String query(Map<String, String> values) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                builder.queryParam(name, value.strip());
            }
        });
        return builder.encode().build().toUriString();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
