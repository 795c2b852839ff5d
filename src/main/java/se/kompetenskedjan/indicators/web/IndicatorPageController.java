package se.kompetenskedjan.indicators.web;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.kompetenskedjan.indicators.DurationTable;
import se.kompetenskedjan.indicators.IndicatorReport;
import se.kompetenskedjan.indicators.IndicatorReports;
import se.kompetenskedjan.indicators.ProtectedTable;
import se.kompetenskedjan.indicators.ReportScope;
import se.kompetenskedjan.shared.IndicatorDefinition;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.SwedishTime;

/** The indicator dashboard /indikatorer: the form, then every table with its definition beside it. */
@Controller
class IndicatorPageController {

    /** The tables of one population: the first (by gender) shown, the other breakdowns folded below it. */
    record Section(String population, String name, List<IndicatorDefinition> definitions, ProtectedTable first,
            List<ProtectedTable> more) {
    }

    /** The days-on-step table as the page shows it, each cell's text made here. */
    record DurationView(DurationTable table, List<List<String>> texts) {
    }

    private final IndicatorReports reports;
    private final MessageSource messages;
    private final Clock clock;

    IndicatorPageController(IndicatorReports reports, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/indikatorer")
    String dashboard(@ModelAttribute("form") IndicatorForm form, BindingResult binding, Model model, Locale locale,
            HttpServletResponse response) {
        Set<ReportScope> scopes = reports.scopes();
        if (scopes.isEmpty()) {
            throw new AccessDeniedException("indicators: not for this role");
        }
        model.addAttribute("scopes", List.copyOf(scopes));
        LocalDate today = SwedishTime.today(clock);
        if (form.getScope() == null) {
            form.setScope(ReportScope.ORGANISATION);
        }
        if (form.getTo() == null && !binding.hasFieldErrors("to")) {
            form.setTo(today);
        }
        if (form.getFrom() == null && !binding.hasFieldErrors("from")) {
            form.setFrom(today.withDayOfYear(1));
        }
        if (form.getOn() == null && !binding.hasFieldErrors("on")) {
            form.setOn(form.getTo() != null ? form.getTo() : today);
        }
        if (!binding.hasErrors()) {
            try {
                show(reports.report(form.getScope(), form.getFrom(), form.getTo(), form.getOn()), model, locale);
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey()));
            }
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "indicators/dashboard";
    }

    private void show(IndicatorReport report, Model model, Locale locale) {
        Map<String, List<ProtectedTable>> byPopulation = new LinkedHashMap<>();
        report.report().tables().forEach(t -> byPopulation.computeIfAbsent(t.population(), p -> new ArrayList<>()).add(t));
        List<Section> journeys = new ArrayList<>();
        List<Section> sources = new ArrayList<>();
        byPopulation.forEach((population, tables) -> {
            ProtectedTable first = tables.get(0);
            Section section = new Section(population, first.definitions().isEmpty() ? first.title()
                    : first.definitions().get(0).name(), first.definitions(), first, tables.subList(1, tables.size()));
            (population.startsWith("source.") ? sources : journeys).add(section);
        });
        model.addAttribute("report", report.report());
        model.addAttribute("journeys", journeys);
        model.addAttribute("sources", sources);
        model.addAttribute("durations", report.durations().stream().map(d -> durationView(d, locale)).toList());
    }

    private DurationView durationView(DurationTable table, Locale locale) {
        NumberFormat days = NumberFormat.getNumberInstance(locale);
        days.setMaximumFractionDigits(1);
        String hidden = messages.getMessage("indicators.duration.hidden", null, locale);
        List<List<String>> texts = table.cells().stream().map(row -> row.stream().map(d -> d.shown()
                ? messages.getMessage("indicators.duration.cell", new Object[] {days.format(d.median()),
                        days.format(d.lowerQuartile()), days.format(d.upperQuartile())}, locale)
                : hidden).toList()).toList();
        return new DurationView(table, texts);
    }
}
