package se.kompetenskedjan.taxonomy.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.taxonomy.ConceptType;
import se.kompetenskedjan.taxonomy.ConceptView;
import se.kompetenskedjan.taxonomy.TaxonomyCatalogue;

/** The occupation catalogue for people: search, and one concept with its place in the SSYK tree. */
@Controller
class CataloguePageController {

    /** The types offered in the search form; the API offers all. */
    static final List<ConceptType> SEARCHABLE = List.of(ConceptType.OCCUPATION_NAME, ConceptType.SSYK_LEVEL_4,
            ConceptType.SSYK_LEVEL_3, ConceptType.SSYK_LEVEL_2, ConceptType.SSYK_LEVEL_1, ConceptType.SKILL,
            ConceptType.LANGUAGE, ConceptType.DRIVING_LICENCE, ConceptType.MUNICIPALITY, ConceptType.REGION);

    private final TaxonomyCatalogue catalogue;

    CataloguePageController(TaxonomyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/yrken")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) ConceptType type,
            @RequestParam(required = false) Integer page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String query = q == null ? null : q.strip();
        if (query != null && query.length() > TaxonomyCatalogue.MAX_QUERY_LENGTH) {
            query = query.substring(0, TaxonomyCatalogue.MAX_QUERY_LENGTH);
        }
        ConceptType shown = type == null && (query == null || query.isEmpty()) ? ConceptType.OCCUPATION_NAME : type;
        model.addAttribute("result", catalogue.search(shown, query, page, 20));
        model.addAttribute("q", query);
        model.addAttribute("type", type);
        model.addAttribute("types", SEARCHABLE);
        return htmx != null ? "taxonomy/search :: results" : "taxonomy/search";
    }

    @GetMapping("/yrken/{id}")
    String concept(@PathVariable UUID id, Model model) {
        ConceptView concept = catalogue.find(id).orElseThrow(() -> new NotFoundException("taxonomy.concept.notFound"));
        List<ConceptView> ancestry = catalogue.ancestry(id);
        model.addAttribute("concept", concept);
        List<ConceptView> broader = new ArrayList<>(ancestry.subList(1, ancestry.size()));
        Collections.reverse(broader); // from level 1 down to the concept's own group
        model.addAttribute("broader", broader);
        model.addAttribute("children", catalogue.children(id));
        return "taxonomy/concept";
    }
}
