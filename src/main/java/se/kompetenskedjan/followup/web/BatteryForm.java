package se.kompetenskedjan.followup.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.followup.BatteryCommand;
import se.kompetenskedjan.followup.BatteryView;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.QuestionKind;

/** The page form of a battery: its questions as rows, with a few empty rows to add new ones; empty rows are left out. */
public class BatteryForm {

    static final int EMPTY_ROWS = 3;

    private String name;
    private CheckInAudience audience = CheckInAudience.PARTICIPANT;
    private List<Row> questions = new ArrayList<>();
    private Long lockVersion;

    /** One question row; choices one per line. */
    public static class Row {
        private UUID key;
        private QuestionKind kind;
        private String text;
        private String choices;
        private boolean required;

        public UUID getKey() {
            return key;
        }

        public void setKey(UUID key) {
            this.key = key;
        }

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getChoices() {
            return choices;
        }

        public void setChoices(String choices) {
            this.choices = choices;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        boolean empty() {
            return key == null && kind == null && (text == null || text.isBlank())
                    && (choices == null || choices.isBlank());
        }
    }

    static BatteryForm empty() {
        BatteryForm form = new BatteryForm();
        form.addEmptyRows();
        return form;
    }

    static BatteryForm of(BatteryView battery) {
        BatteryForm form = new BatteryForm();
        form.name = battery.name();
        form.audience = battery.audience();
        form.lockVersion = battery.lockVersion();
        for (BatteryView.QuestionView q : battery.questions()) {
            Row row = new Row();
            row.key = q.key();
            row.kind = q.kind();
            row.text = q.text();
            row.choices = String.join("\n", q.choices());
            row.required = q.required();
            form.questions.add(row);
        }
        form.addEmptyRows();
        return form;
    }

    void addEmptyRows() {
        for (int i = 0; i < EMPTY_ROWS; i++) {
            questions.add(new Row());
        }
    }

    /** The rows that are not empty, by their index in the form. */
    List<Integer> filledRows() {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            if (!questions.get(i).empty()) {
                filled.add(i);
            }
        }
        return filled;
    }

    BatteryCommand command(boolean template) {
        List<BatteryCommand.BatteryQuestion> rows = filledRows().stream().map(questions::get)
                .map(r -> new BatteryCommand.BatteryQuestion(r.key, r.kind, r.text,
                        r.choices == null ? List.of() : Arrays.stream(r.choices.split("\\R")).map(String::strip)
                                .filter(c -> !c.isEmpty()).toList(), r.required)).toList();
        return new BatteryCommand(name, audience, rows, template, lockVersion);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CheckInAudience getAudience() {
        return audience;
    }

    public void setAudience(CheckInAudience audience) {
        this.audience = audience;
    }

    public List<Row> getQuestions() {
        return questions;
    }

    public void setQuestions(List<Row> questions) {
        this.questions = questions;
    }

    public Long getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(Long lockVersion) {
        this.lockVersion = lockVersion;
    }
}
