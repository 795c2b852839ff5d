package se.kompetenskedjan.taxonomy;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of concept in the catalogue, each with JobTech Taxonomy's name for it. */
public enum ConceptType {
    SSYK_LEVEL_1("ssyk-level-1"),
    SSYK_LEVEL_2("ssyk-level-2"),
    SSYK_LEVEL_3("ssyk-level-3"),
    SSYK_LEVEL_4("ssyk-level-4"),
    OCCUPATION_NAME("occupation-name"),
    OCCUPATION_FIELD("occupation-field"),
    OCCUPATION_COLLECTION("occupation-collection"),
    OCCUPATION_EXPERIENCE_YEAR("occupation-experience-year"),
    ISCO_LEVEL_4("isco-level-4"),
    KEYWORD("keyword"),
    SKILL("skill"),
    SKILL_HEADLINE("skill-headline"),
    LANGUAGE("language"),
    LANGUAGE_LEVEL("language-level"),
    DRIVING_LICENCE("driving-licence"),
    MUNICIPALITY("municipality"),
    REGION("region"),
    COUNTRY("country"),
    CONTINENT("continent"),
    EMPLOYMENT_TYPE("employment-type"),
    EMPLOYMENT_DURATION("employment-duration"),
    WORKTIME_EXTENT("worktime-extent"),
    WAGE_TYPE("wage-type"),
    UNEMPLOYMENT_TYPE("unemployment-type"),
    UNEMPLOYMENT_FUND("unemployment-fund"),
    SUN_EDUCATION_LEVEL_1("sun-education-level-1"),
    SUN_EDUCATION_LEVEL_2("sun-education-level-2"),
    SUN_EDUCATION_LEVEL_3("sun-education-level-3"),
    SUN_EDUCATION_FIELD_1("sun-education-field-1"),
    SUN_EDUCATION_FIELD_2("sun-education-field-2"),
    SUN_EDUCATION_FIELD_3("sun-education-field-3"),
    SUN_EDUCATION_FIELD_4("sun-education-field-4"),
    SNI_LEVEL_1("sni-level-1"),
    SNI_LEVEL_2("sni-level-2");

    private static final Map<String, ConceptType> BY_JOBTECH_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ConceptType::jobtechName, Function.identity()));

    private final String jobtechName;

    ConceptType(String jobtechName) {
        this.jobtechName = jobtechName;
    }

    /** JobTech Taxonomy's name of the type, as in its exports and API ({@code ssyk-level-4}). */
    public String jobtechName() {
        return jobtechName;
    }

    public static Optional<ConceptType> fromJobtechName(String name) {
        return Optional.ofNullable(name == null ? null : BY_JOBTECH_NAME.get(name));
    }

    /** The SSYK level 1-4 of a group, 0 for other types. */
    public int ssykLevel() {
        return switch (this) {
            case SSYK_LEVEL_1 -> 1;
            case SSYK_LEVEL_2 -> 2;
            case SSYK_LEVEL_3 -> 3;
            case SSYK_LEVEL_4 -> 4;
            default -> 0;
        };
    }
}
