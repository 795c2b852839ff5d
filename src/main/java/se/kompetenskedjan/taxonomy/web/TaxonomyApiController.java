package se.kompetenskedjan.taxonomy.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.taxonomy.ConceptType;
import se.kompetenskedjan.taxonomy.ConceptView;
import se.kompetenskedjan.taxonomy.ImportResult;
import se.kompetenskedjan.taxonomy.TaxonomyCatalogue;
import se.kompetenskedjan.taxonomy.TaxonomyFiles;

@RestController
@RequestMapping("/api/v1/taxonomy")
@Tag(name = "Yrken och begrepp", description = "Yrkesdatabasen: SSYK 2012 med yrkesbenämningar och JobTech Taxonomys "
        + "kompetenser, språk, körkort, kommuner m.m. Läses av alla inloggade; plattformens administratör läser in nya exporter.")
class TaxonomyApiController {

    private final TaxonomyCatalogue catalogue;

    TaxonomyApiController(TaxonomyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/concepts")
    @Operation(summary = "Sök begrepp: del av benämningen (skiftlägesokänsligt), SSYK-kod eller JobTech-id, sidindelat")
    PageResult<ConceptView> search(@RequestParam(required = false) ConceptType type,
            @RequestParam(required = false) String query,
            @Parameter(description = "Ta med begrepp som inte längre finns i den senaste exporten")
            @RequestParam(required = false, defaultValue = "false") boolean includeInactive,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return catalogue.search(type, query, includeInactive, page, size);
    }

    @GetMapping("/concepts/{id}")
    ConceptView get(@PathVariable UUID id) {
        return catalogue.find(id).orElseThrow(() -> new NotFoundException("taxonomy.concept.notFound"));
    }

    @GetMapping("/concepts/{id}/children")
    @Operation(summary = "Underordnade begrepp i SSYK-trädet (grupper, eller yrkesbenämningar under en grupp på nivå 4)")
    List<ConceptView> children(@PathVariable UUID id) {
        return catalogue.children(id);
    }

    @PostMapping("/imports")
    @Operation(summary = "Läs in en nyare export (multipart: delarna hierarchy och/eller concepts, samma format som "
            + "de inbyggda filerna). Allt eller inget; begrepp som exporten inte längre har blir inaktiva.")
    ImportResult importExport(@RequestPart(name = "hierarchy", required = false) MultipartFile hierarchy,
            @RequestPart(name = "concepts", required = false) MultipartFile concepts) {
        List<String> names = new ArrayList<>();
        if (hierarchy != null) {
            names.add("hierarchy=" + name(hierarchy));
        }
        if (concepts != null) {
            names.add("concepts=" + name(concepts));
        }
        return catalogue.importExport(new TaxonomyFiles(hierarchy, concepts, "upload: " + String.join(", ", names)));
    }

    @GetMapping("/imports")
    @Operation(summary = "Inläsningsloggen, senaste först")
    PageResult<ImportResult> imports(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return catalogue.imports(page, size);
    }

    /** The uploaded file's name, without path and control characters, for the import log. */
    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "");
        return name.isBlank() ? "(namnlös)" : name.length() > 150 ? name.substring(0, 150) : name;
    }
}
