package se.kompetenskedjan.profiles.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.profiles.LockCommand;
import se.kompetenskedjan.profiles.ProfileCommand;
import se.kompetenskedjan.profiles.ProfileSearch;
import se.kompetenskedjan.profiles.ProfileSummary;
import se.kompetenskedjan.profiles.ProfileVersionSummary;
import se.kompetenskedjan.profiles.ProfileVersionView;
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.shared.PageResult;

@RestController
@RequestMapping("/api/v1/profiles")
@Tag(name = "Kravprofiler", description = "Arbetsgivarens kravprofiler för ett yrke: krav på en gemensam nivåskala "
        + "(0 inte påbörjat, 1 med mycket stöd, 2 med visst stöd, 3 självständigt; intyg och praktiska krav 0 nej, 3 ja), "
        + "obligatoriska eller meriterande, och arbetsuppgifterna. Versionerade: bara ett utkast kan ändras, en "
        + "publicerad version ändras aldrig.")
class ProfileApiController {

    private final RequirementProfiles profiles;

    ProfileApiController(RequirementProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "Kravprofiler för en organisation (standard: den egna) eller plattformens profiler (template=true), sidindelat")
    PageResult<ProfileSummary> list(@ParameterObject ProfileSearch search) {
        return profiles.profiles(search);
    }

    @PostMapping
    @Operation(summary = "Skapa en kravprofil: version 1 som utkast i den egna organisationen")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProfileVersionView> create(@Valid @RequestBody ProfileCommand command) {
        ProfileVersionView created = profiles.create(command);
        return ResponseEntity.created(URI.create("/api/v1/profiles/versions/" + created.versionId())).body(created);
    }

    @GetMapping("/{profileId}")
    @Operation(summary = "Profilens aktuella version: den senast publicerade (eller utkastet om inget är publicerat och du får se det)")
    ProfileVersionView current(@PathVariable UUID profileId) {
        return profiles.current(profileId);
    }

    @GetMapping("/{profileId}/versions")
    @Operation(summary = "Versionshistorik, nyast först")
    List<ProfileVersionSummary> versions(@PathVariable UUID profileId) {
        return profiles.versions(profileId);
    }

    @PostMapping("/{profileId}/versions")
    @Operation(summary = "Påbörja nästa version: ett utkast kopierat från den senaste versionen med samma kravnycklar (itemKey)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProfileVersionView> newVersion(@PathVariable UUID profileId) {
        ProfileVersionView draft = profiles.newVersion(profileId);
        return ResponseEntity.created(URI.create("/api/v1/profiles/versions/" + draft.versionId())).body(draft);
    }

    @GetMapping("/versions/{versionId}")
    @Operation(summary = "En version; publicerade versioner går alltid att läsa")
    ProfileVersionView version(@PathVariable UUID versionId) {
        return profiles.version(versionId);
    }

    @PutMapping("/versions/{versionId}")
    @Operation(summary = "Ändra ett utkast: hela innehållet med krav och arbetsuppgifter; lockVersion måste vara den som lästes (annars 409)")
    ProfileVersionView updateDraft(@PathVariable UUID versionId, @Valid @RequestBody ProfileCommand command) {
        return profiles.updateDraft(versionId, command);
    }

    @DeleteMapping("/versions/{versionId}")
    @Operation(summary = "Kasta ett utkast")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> discardDraft(@PathVariable UUID versionId) {
        profiles.discardDraft(versionId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/versions/{versionId}/publication")
    @Operation(summary = "Publicera ett utkast; därefter ändras versionen aldrig")
    ProfileVersionView publish(@PathVariable UUID versionId, @Valid @RequestBody LockCommand command) {
        return profiles.publish(versionId, command);
    }

    @PostMapping("/versions/{versionId}/retirement")
    @Operation(summary = "Pensionera en publicerad version: den går fortfarande att läsa men kan inte väljas för nya steg")
    ProfileVersionView retire(@PathVariable UUID versionId, @Valid @RequestBody LockCommand command) {
        return profiles.retire(versionId, command);
    }
}
