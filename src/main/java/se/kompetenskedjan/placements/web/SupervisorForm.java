package se.kompetenskedjan.placements.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import se.kompetenskedjan.placements.SupervisorCommand;
import se.kompetenskedjan.placements.SupervisorView;

/** A supervisor in the inventory, as the page binds it. */
public class SupervisorForm {

    private UUID unitId;
    private UUID userId;
    private String name;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate supervisorTrainingOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate languageTrainingOn;
    private Integer capacity = 1;
    private boolean partTime;
    private boolean willing = true;
    private String notes;
    private Long lockVersion;

    static SupervisorForm of(SupervisorView s) {
        SupervisorForm f = new SupervisorForm();
        f.unitId = s.unitId();
        f.userId = s.userId();
        f.name = s.name();
        f.title = s.title();
        f.supervisorTrainingOn = s.supervisorTrainingOn();
        f.languageTrainingOn = s.languageTrainingOn();
        f.capacity = s.capacity();
        f.partTime = s.partTime();
        f.willing = s.willing();
        f.notes = s.notes();
        f.lockVersion = s.lockVersion();
        return f;
    }

    SupervisorCommand toCommand() {
        return new SupervisorCommand(unitId, userId, name, title, supervisorTrainingOn, languageTrainingOn, capacity,
                partTime, willing, notes, lockVersion);
    }

    // JavaBean accessors for form binding

    public UUID getUnitId() { return unitId; }
    public void setUnitId(UUID v) { unitId = v; }
    public UUID getUserId() { return userId; }
    public void setUserId(UUID v) { userId = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public LocalDate getSupervisorTrainingOn() { return supervisorTrainingOn; }
    public void setSupervisorTrainingOn(LocalDate v) { supervisorTrainingOn = v; }
    public LocalDate getLanguageTrainingOn() { return languageTrainingOn; }
    public void setLanguageTrainingOn(LocalDate v) { languageTrainingOn = v; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer v) { capacity = v; }
    public boolean isPartTime() { return partTime; }
    public void setPartTime(boolean v) { partTime = v; }
    public boolean isWilling() { return willing; }
    public void setWilling(boolean v) { willing = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public Long getLockVersion() { return lockVersion; }
    public void setLockVersion(Long v) { lockVersion = v; }
}
