package se.kompetenskedjan.participants.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.kompetenskedjan.participants.ParticipantFile;
import se.kompetenskedjan.participants.ParticipantRegister;

/** The participant's own page, in plain Swedish: my details, my consents, and who has looked at my data. */
@Controller
class MyPageController {

    private final ParticipantRegister register;

    MyPageController(ParticipantRegister register) {
        this.register = register;
    }

    @GetMapping("/min-sida")
    @Transactional(readOnly = true)
    String myPage(@RequestParam(required = false) Integer page, Model model) {
        UUID me = register.myParticipantId();
        ParticipantFile file = register.file(me);
        model.addAttribute("file", file);
        model.addAttribute("p", file.participant());
        model.addAttribute("log", register.myAccessLog(page, 10));
        return "participants/my-page";
    }
}
