package se.kompetenskedjan.followup.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.kompetenskedjan.followup.BatteryView;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInBatteries;

/** The check-in question batteries staff can use, and one battery's questions, version by version. */
@Controller
class CheckInBatteryPageController {

    private final CheckInBatteries batteries;

    CheckInBatteryPageController(CheckInBatteries batteries) {
        this.batteries = batteries;
    }

    @GetMapping("/avstamningar/fragebatterier")
    String list(Model model) {
        model.addAttribute("participantSets", batteries.batteries(CheckInAudience.PARTICIPANT));
        model.addAttribute("supervisorSets", batteries.batteries(CheckInAudience.SUPERVISOR));
        return "followup/batteries";
    }

    @GetMapping("/avstamningar/fragebatterier/{id}")
    String battery(@PathVariable UUID id, @RequestParam(required = false) Integer version, Model model) {
        BatteryView battery = version == null ? batteries.battery(id) : batteries.version(id, version);
        model.addAttribute("battery", battery);
        model.addAttribute("translationKind", CheckInBatteries.TRANSLATION_KIND);
        return "followup/battery";
    }
}
