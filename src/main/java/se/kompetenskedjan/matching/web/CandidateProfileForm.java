package se.kompetenskedjan.matching.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import se.kompetenskedjan.matching.CandidateProfileCommand;
import se.kompetenskedjan.matching.CandidateProfileView;
import se.kompetenskedjan.matching.TravelMode;
import se.kompetenskedjan.shared.InvalidFieldException;

/**
 * The candidate profile as the form sends it (text fields), turned into the command or field problems. Busy hours
 * and the date available are kept as they are (set through the API).
 */
final class CandidateProfileForm {

    private CandidateProfileForm() {
    }

    static CandidateProfileCommand command(boolean seeking, String travelMode, String maxTravelMinutes,
            String interests, String homeLatitude, String homeLongitude, CandidateProfileView current,
            Validator validator) {
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        TravelMode mode = null;
        try {
            mode = travelMode == null ? null : TravelMode.valueOf(travelMode);
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidFieldException.FieldProblem("travelMode", "candidate.travelMode.required"));
        }
        Integer minutes = number(maxTravelMinutes, "maxTravelMinutes", "candidate.maxTravel.range", problems, Integer::valueOf);
        Double lat = number(homeLatitude, "homeLatitude", "placement.latitude.range", problems, Double::valueOf);
        Double lon = number(homeLongitude, "homeLongitude", "placement.longitude.range", problems, Double::valueOf);
        List<String> codes = interests == null || interests.isBlank() ? List.of()
                : Arrays.stream(interests.split("[,\\s]+")).filter(c -> !c.isBlank()).toList();
        CandidateProfileCommand command = new CandidateProfileCommand(seeking, lat, lon, mode, minutes, codes,
                current.busy(), current.availableFrom());
        if (problems.isEmpty()) {
            for (ConstraintViolation<CandidateProfileCommand> v : validator.validate(command)) {
                String template = v.getMessageTemplate();
                problems.add(new InvalidFieldException.FieldProblem(v.getPropertyPath().toString(),
                        template.substring(1, template.length() - 1)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return command;
    }

    private static <T> T number(String text, String field, String key, List<InvalidFieldException.FieldProblem> problems,
            java.util.function.Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new InvalidFieldException.FieldProblem(field, key));
            return null;
        }
    }
}
