package se.kompetenskedjan.tasks;

public enum TaskStatus {
    OPEN, DONE
}
