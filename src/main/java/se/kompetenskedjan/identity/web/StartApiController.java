package se.kompetenskedjan.identity.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.shared.Attention;
import se.kompetenskedjan.shared.StartPage;

/** The start page's content for apps: what waits for the signed-in user now, and the figures their role sees. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisationer, enheter och användare")
class StartApiController {

    /** text: the line as the start page shows it, in the request's language. */
    record AttentionLine(String messageKey, String text, long count, Attention.Urgency urgency, String link) {
    }

    /** count: null when the group is under the threshold (heldBack). */
    record FigureLine(String messageKey, String text, Long count, boolean heldBack) {
    }

    record StartView(List<AttentionLine> attention, List<FigureLine> figures, int threshold) {
    }

    private final StartPage startPage;
    private final MessageSource messages;

    StartApiController(StartPage startPage, MessageSource messages) {
        this.startPage = startPage;
        this.messages = messages;
    }

    @GetMapping("/start")
    @Operation(summary = "Startsidan: det som väntar på den inloggade användaren nu och nyckeltal för rollen",
            description = "Antal, aldrig namn. Nyckeltal under tröskeln (kk.statistics.threshold, 5) har count null.")
    StartView start() {
        Locale locale = LocaleContextHolder.getLocale();
        return new StartView(
                startPage.attention().stream().map(a -> new AttentionLine(a.messageKey(),
                        messages.getMessage(a.messageKey(), new Object[] {a.count()}, locale), a.count(), a.urgency(),
                        a.link())).toList(),
                startPage.figures().stream().map(f -> new FigureLine(f.messageKey(),
                        messages.getMessage(f.messageKey(), null, locale), f.count(), f.heldBack())).toList(),
                startPage.threshold());
    }
}
