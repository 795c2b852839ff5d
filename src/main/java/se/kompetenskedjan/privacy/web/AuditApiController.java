package se.kompetenskedjan.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.privacy.AuditEntryView;
import se.kompetenskedjan.privacy.AuditFilter;
import se.kompetenskedjan.privacy.AuditTrail;
import se.kompetenskedjan.shared.PageResult;

@RestController
@RequestMapping("/api/v1/audit-entries")
@Tag(name = "Loggning")
class AuditApiController {

    private final AuditTrail auditTrail;

    AuditApiController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GetMapping
    @Operation(summary = "Loggposter för administratörer, filtrerade och sidindelade, nyast först")
    PageResult<AuditEntryView> search(@ParameterObject AuditFilter filter) {
        return auditTrail.search(filter);
    }
}
