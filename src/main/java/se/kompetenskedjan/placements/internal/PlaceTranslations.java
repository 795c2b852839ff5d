package se.kompetenskedjan.placements.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.translations.TranslatableContent;
import se.kompetenskedjan.translations.TranslatableDocument;
import se.kompetenskedjan.translations.TranslatableDocument.Section;

/**
 * A place's participant-facing texts for the translations module: the title and the easy description that
 * Platsbanken shows (the full description is for staff). Read by whoever sees the place; translated by whoever may
 * change it. A place is not personal data: nothing is audited.
 */
@Component
class PlaceTranslations implements TranslatableContent {

    private final PlacementService places;
    private final PlacementAccessPolicy policy;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    PlaceTranslations(PlacementService places, PlacementAccessPolicy policy, CurrentUsers currentUsers,
            MessageSource messages) {
        this.places = places;
        this.policy = policy;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return Placements.TRANSLATION_KIND;
    }

    @Override
    public TranslatableDocument document(UUID id) {
        CurrentUser user = currentUsers.current();
        PlacementService.Row place = places.row(id);
        places.requireVisible(user, place);
        return document(user, place, policy.mayManage(user, place.organisationId()));
    }

    private TranslatableDocument document(CurrentUser user, PlacementService.Row place, boolean mayTranslate) {
        String link = user.is(Role.PARTICIPANT) ? "/platsbanken#plats-" + place.id() : "/platser/" + place.id();
        return new TranslatableDocument(kind(), place.id(), place.title(), link, mayTranslate, List.of(
                new Section(text("place.title"), List.of(place.title())),
                new Section(text("place.easyDescription"), Arrays.asList(place.easyDescription()))));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
