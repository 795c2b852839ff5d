package se.kompetenskedjan.followup.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.MultiValueMap;
import se.kompetenskedjan.followup.BatteryView;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInCommand;
import se.kompetenskedjan.followup.CheckInForm;
import se.kompetenskedjan.followup.Obstacle;
import se.kompetenskedjan.shared.InvalidFieldException;

/**
 * The one-page check-in form as posted: an answer per question ("q-" and its key), the obstacles ticked, a note. Its
 * values stay for the page shown again with errors, each error under its question.
 */
final class CheckInAnswers {

    final Map<String, String> values = new HashMap<>();
    final Set<Obstacle> obstacles = EnumSet.noneOf(Obstacle.class);
    String obstacleNote;
    /** Error message by question key ("obstacleNote" for the note), in question order. */
    final Map<String, String> errors = new LinkedHashMap<>();

    static CheckInAnswers empty() {
        return new CheckInAnswers();
    }

    static CheckInAnswers of(CheckInForm form, MultiValueMap<String, String> posted) {
        CheckInAnswers answers = new CheckInAnswers();
        for (BatteryView.QuestionView q : form.questions()) {
            String value = posted.getFirst("q-" + q.key());
            if (value != null && !value.isBlank()) {
                answers.values.put(q.key().toString(), value.strip());
            }
        }
        for (String o : posted.getOrDefault("obstacle", List.of())) {
            for (Obstacle obstacle : Obstacle.values()) {
                if (obstacle.name().equals(o)) {
                    answers.obstacles.add(obstacle);
                }
            }
        }
        answers.obstacleNote = posted.getFirst("obstacleNote");
        return answers;
    }

    CheckInCommand command(CheckInForm form, CheckInAudience audience) {
        List<CheckInCommand.Answer> list = new ArrayList<>();
        for (BatteryView.QuestionView q : form.questions()) {
            String value = values.get(q.key().toString());
            if (value != null) {
                list.add(new CheckInCommand.Answer(q.key(), value));
            }
        }
        String note = obstacleNote == null || obstacleNote.isBlank() ? null : obstacleNote.strip();
        if (note != null && note.length() > 300) {
            throw new InvalidFieldException("obstacleNote", "checkin.obstacleNote.tooLong");
        }
        return new CheckInCommand(audience, null, form.batteryId(), form.batteryVersion(), list, obstacles, note, null);
    }

    /** The service's problems, each under its question: "answers[i]" are the posted answers in question order. */
    void reject(InvalidFieldException e, CheckInForm form, MessageSource messages) {
        List<UUID> answered = form.questions().stream().map(BatteryView.QuestionView::key)
                .filter(k -> values.containsKey(k.toString())).toList();
        for (InvalidFieldException.FieldProblem p : e.problems()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(answers|questions)\\[(\\d+)]").matcher(p.field());
            String key = p.field();
            if (m.find()) {
                int index = Integer.parseInt(m.group(2));
                List<UUID> keys = m.group(1).equals("answers") ? answered
                        : form.questions().stream().map(BatteryView.QuestionView::key).toList();
                key = index < keys.size() ? keys.get(index).toString() : key;
            }
            errors.putIfAbsent(key, messages.getMessage(p.messageKey(), null, LocaleContextHolder.getLocale()));
        }
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Set<Obstacle> getObstacles() {
        return obstacles;
    }

    public String getObstacleNote() {
        return obstacleNote;
    }

    public Map<String, String> getErrors() {
        return errors;
    }
}
