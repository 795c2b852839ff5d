package se.kompetenskedjan.caseload.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import se.kompetenskedjan.caseload.SavedFilterCommand;
import se.kompetenskedjan.shared.CaseSignalKind;

/** The form that saves a filter: a name, the kinds ticked and whether only what is overdue. */
public class SavedFilterForm {

    private String name;
    private List<CaseSignalKind> kinds = new ArrayList<>();
    private boolean overdueOnly;

    SavedFilterCommand command() {
        return new SavedFilterCommand(name, kinds.isEmpty() ? EnumSet.noneOf(CaseSignalKind.class) : EnumSet.copyOf(kinds),
                overdueOnly);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<CaseSignalKind> getKinds() {
        return kinds;
    }

    public void setKinds(List<CaseSignalKind> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : kinds;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
