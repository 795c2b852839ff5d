package se.kompetenskedjan.checklists;

/** The industries checklist templates are made for (KAK's per-industry checklists, 002). */
public enum Industry {
    HOME_CARE, CLEANING, KITCHEN, PRESCHOOL, PROPERTY_CARE, WAREHOUSE, FURNITURE_PRODUCTION, OTHER
}
