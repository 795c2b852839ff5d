package se.kompetenskedjan.language;

import java.util.List;

import se.kompetenskedjan.participants.SwedishLevel;

/**
 * The CEFR levels the workplace can-do statements are written for, and the SFI courses each corresponds to.
 *
 * <p>The one place of the CEFR ↔ SFI mapping. It is an approximation used in Swedish adult education (Skolverket's
 * course plans relate SFI course endpoints to CEFR): A1 ≈ SFI A/B, A2 ≈ SFI C, B1 ≈ SFI D, B2 ≈ Swedish as a second
 * language at basic level (SAS grund). It says where a participant's workplace Swedish stands in terms teachers and
 * coordinators know; it is not a course grade.
 */
public enum CefrLevel {
    A1(List.of(SfiCourse.SFI_A, SfiCourse.SFI_B)),
    A2(List.of(SfiCourse.SFI_C)),
    B1(List.of(SfiCourse.SFI_D)),
    B2(List.of(SfiCourse.SAS_BASIC));

    private final List<SfiCourse> sfiCourses;

    CefrLevel(List<SfiCourse> sfiCourses) {
        this.sfiCourses = sfiCourses;
    }

    /** The SFI courses (or SAS grund) whose end level roughly matches this CEFR level. */
    public List<SfiCourse> sfiCourses() {
        return sfiCourses;
    }

    /**
     * The Swedish level of the participant register this level stands for: the last SFI course (or SAS grund) whose
     * end level it matches, e.g. B1 → SFI D.
     */
    public SwedishLevel swedishLevel() {
        return SwedishLevel.valueOf(sfiCourses.get(sfiCourses.size() - 1).name());
    }

    /** 1 for A1 … 4 for B2 (0 stands for "not yet A1" where a number is needed, e.g. on a chart). */
    public int rank() {
        return ordinal() + 1;
    }
}
