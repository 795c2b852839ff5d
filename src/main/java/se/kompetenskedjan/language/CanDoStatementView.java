package se.kompetenskedjan.language;

import java.util.List;
import java.util.UUID;

/** A workplace can-do statement of the catalogue (reference data), with the SFI courses its CEFR level matches. */
public record CanDoStatementView(UUID id, String code, LanguageSkill skill, CefrLevel level, List<SfiCourse> sfiCourses,
        int position, String text) {
}
