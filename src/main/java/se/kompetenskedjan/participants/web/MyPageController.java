package se.kompetenskedjan.participants.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.kompetenskedjan.participants.ParticipantFile;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.shared.StartPage;

/**
 * The participant's own page and start page, in plain Swedish and their language: what waits for me (a plan to say
 * yes to, this week's check-in, my next things to do, my week), my details, my consents, and who has looked at my data.
 */
@Controller
class MyPageController {

    private final ParticipantRegister register;
    private final StartPage startPage;

    MyPageController(ParticipantRegister register, StartPage startPage) {
        this.register = register;
        this.startPage = startPage;
    }

    @GetMapping("/min-sida")
    @Transactional(readOnly = true)
    String myPage(@RequestParam(required = false) Integer page, Model model) {
        UUID me = register.myParticipantId();
        ParticipantFile file = register.file(me);
        model.addAttribute("file", file);
        model.addAttribute("p", file.participant());
        model.addAttribute("log", register.myAccessLog(page, 10));
        model.addAttribute("attention", startPage.attention());
        return "participants/my-page";
    }
}
