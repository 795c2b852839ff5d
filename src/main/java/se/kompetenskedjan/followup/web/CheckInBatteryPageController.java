package se.kompetenskedjan.followup.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.followup.BatteryCommand;
import se.kompetenskedjan.followup.BatteryView;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInBatteries;
import se.kompetenskedjan.followup.QuestionKind;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;

/**
 * The check-in question batteries staff can use, one battery's questions version by version, and the form that
 * creates a battery or saves its next version (the organisation's admins and coordinators).
 */
@Controller
class CheckInBatteryPageController {

    private final CheckInBatteries batteries;
    private final SmartValidator validator;

    CheckInBatteryPageController(CheckInBatteries batteries, SmartValidator validator) {
        this.batteries = batteries;
        this.validator = validator;
    }

    @ModelAttribute("kinds")
    QuestionKind[] kinds() {
        return QuestionKind.values();
    }

    @ModelAttribute("audiences")
    CheckInAudience[] audiences() {
        return CheckInAudience.values();
    }

    @GetMapping("/avstamningar/fragebatterier")
    String list(Model model) {
        model.addAttribute("participantSets", batteries.batteries(CheckInAudience.PARTICIPANT));
        model.addAttribute("supervisorSets", batteries.batteries(CheckInAudience.SUPERVISOR));
        model.addAttribute("mayCreate", batteries.mayCreate());
        return "followup/batteries";
    }

    @GetMapping("/avstamningar/fragebatterier/ny")
    String newForm(Model model) {
        if (!batteries.mayCreate()) {
            throw new AccessDeniedException("the organisation's admins and coordinators make batteries");
        }
        model.addAttribute("form", BatteryForm.empty());
        return "followup/battery-form";
    }

    @PostMapping("/avstamningar/fragebatterier/ny")
    String create(@ModelAttribute("form") BatteryForm form, BindingResult binding, RedirectAttributes redirect) {
        form.setLockVersion(null);
        BatteryCommand command = form.command(false);
        if (valid(command, form, binding)) {
            try {
                BatteryView created = batteries.create(command);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/avstamningar/fragebatterier/" + created.id();
            } catch (InvalidFieldException e) {
                reject(e, form, binding);
            }
        }
        return "followup/battery-form";
    }

    @GetMapping("/avstamningar/fragebatterier/{id}/andra")
    String editForm(@PathVariable UUID id, Model model) {
        BatteryView battery = editable(id);
        model.addAttribute("battery", battery);
        model.addAttribute("form", BatteryForm.of(battery));
        return "followup/battery-form";
    }

    @PostMapping("/avstamningar/fragebatterier/{id}/andra")
    String revise(@PathVariable UUID id, @ModelAttribute("form") BatteryForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        BatteryView battery = editable(id);
        model.addAttribute("battery", battery);
        form.setAudience(battery.audience());
        BatteryCommand command = form.command(battery.template());
        if (valid(command, form, binding)) {
            try {
                batteries.revise(id, command);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/avstamningar/fragebatterier/" + id;
            } catch (InvalidFieldException e) {
                reject(e, form, binding);
            } catch (ConflictException e) {
                binding.reject(e.messageKey());
            }
        }
        return "followup/battery-form";
    }

    private BatteryView editable(UUID id) {
        BatteryView battery = batteries.battery(id);
        if (!battery.mayEdit()) {
            throw new AccessDeniedException("the organisation's admins and coordinators change its batteries");
        }
        return battery;
    }

    /** The command's constraints, each problem filed under the form row it came from. */
    private boolean valid(BatteryCommand command, BatteryForm form, BindingResult binding) {
        if (binding.hasErrors()) {
            return false;
        }
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(command, "form");
        validator.validate(command, result);
        List<Integer> rows = form.filledRows();
        for (FieldError error : result.getFieldErrors()) {
            String field = rowField(error.getField(), rows);
            if (binding.getFieldErrorCount(field) == 0) {
                binding.rejectValue(field, "invalid", error.getDefaultMessage());
            }
        }
        return !binding.hasErrors();
    }

    private static void reject(InvalidFieldException e, BatteryForm form, BindingResult binding) {
        List<Integer> rows = form.filledRows();
        e.problems().forEach(p -> {
            String field = rowField(p.field(), rows);
            if (field.equals("lockVersion")) {
                binding.reject(p.messageKey());
            } else {
                binding.rejectValue(field, p.messageKey());
            }
        });
    }

    /** "questions[1].text" of the command is the form's row of the second filled question; "choices[0]" is "choices". */
    static String rowField(String field, List<Integer> rows) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^questions\\[(\\d+)](\\.\\w+)?").matcher(field);
        if (!m.find()) {
            return field.replaceAll("\\[.*$", "");
        }
        int index = Integer.parseInt(m.group(1));
        String row = "questions[" + (index < rows.size() ? rows.get(index) : index) + "]";
        return m.group(2) == null ? row + ".text" : row + m.group(2);
    }

    @GetMapping("/avstamningar/fragebatterier/{id}")
    String battery(@PathVariable UUID id, @RequestParam(required = false) Integer version, Model model) {
        BatteryView battery = version == null ? batteries.battery(id) : batteries.version(id, version);
        model.addAttribute("battery", battery);
        model.addAttribute("translationKind", CheckInBatteries.TRANSLATION_KIND);
        return "followup/battery";
    }
}
