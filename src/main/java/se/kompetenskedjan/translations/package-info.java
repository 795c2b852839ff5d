/**
 * Translations of content that staff and employers write and participants read (ladder and step names, requirement
 * items' easy text, plan goals and activities, self-assessment statements, place descriptions, placement
 * agreements) into the participant languages the installation offers. The modules that own the texts describe them
 * as {@link se.kompetenskedjan.translations.TranslatableDocument}s through a
 * {@link se.kompetenskedjan.translations.TranslatableContent} and decide who may read and translate them; this
 * module keeps the translations, keyed by the Swedish text they translate, and shows what is missing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Translations",
        allowedDependencies = {"identity", "shared"})
package se.kompetenskedjan.translations;
