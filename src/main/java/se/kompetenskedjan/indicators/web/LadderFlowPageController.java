package se.kompetenskedjan.indicators.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import se.kompetenskedjan.indicators.IndicatorReports;
import se.kompetenskedjan.indicators.LadderChoice;
import se.kompetenskedjan.indicators.LadderFlow;
import se.kompetenskedjan.indicators.LadderFlows;
import se.kompetenskedjan.indicators.ReportScope;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The flow view of a ladder /indikatorer/flode (decision 101): the form (scope, ladder, period), then a chart drawn
 * on the server as SVG, the same figures in a table and a sentence summing them up; no script needed.
 */
@Controller
class LadderFlowPageController {

    private final LadderFlows flows;
    private final IndicatorReports reports;
    private final MessageSource messages;
    private final Clock clock;

    LadderFlowPageController(LadderFlows flows, IndicatorReports reports, MessageSource messages, Clock clock) {
        this.flows = flows;
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/indikatorer/flode")
    String flow(@ModelAttribute("form") FlowForm form, BindingResult binding, Model model, Locale locale,
            HttpServletResponse response) {
        Set<ReportScope> scopes = reports.scopes();
        if (scopes.isEmpty()) {
            throw new AccessDeniedException("indicators: not for this role");
        }
        if (form.getScope() == null) {
            form.setScope(ReportScope.ORGANISATION);
        }
        LocalDate today = SwedishTime.today(clock);
        if (form.getTo() == null && !binding.hasFieldErrors("to")) {
            form.setTo(today);
        }
        if (form.getFrom() == null && !binding.hasFieldErrors("from")) {
            form.setFrom(today.withDayOfYear(1));
        }
        List<LadderChoice> ladders = flows.ladders(form.getScope());
        model.addAttribute("scopes", List.copyOf(scopes));
        model.addAttribute("ladders", ladders);
        if (form.getLadder() == null && !binding.hasFieldErrors("ladder") && !ladders.isEmpty()) {
            form.setLadder(ladders.get(0).id());
        }
        if (!binding.hasErrors() && form.getLadder() != null) {
            try {
                LadderFlow flow = flows.flow(form.getScope(), form.getLadder(), form.getFrom(), form.getTo());
                model.addAttribute("flow", flow);
                model.addAttribute("chart", FlowView.of(flow, messages, locale));
                model.addAttribute("chartWidth", FlowView.WIDTH);
                String query = UriComponentsBuilder.newInstance().queryParam("scope", form.getScope())
                        .queryParam("ladder", form.getLadder()).queryParam("from", form.getFrom())
                        .queryParam("to", form.getTo()).build().toUriString();
                model.addAttribute("xlsxUrl", "/indikatorer/flode.xlsx" + query);
                model.addAttribute("csvUrl", "/indikatorer/flode.csv" + query);
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey()));
            }
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "indicators/flow";
    }
}
