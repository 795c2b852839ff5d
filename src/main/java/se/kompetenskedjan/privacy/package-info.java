/**
 * The audit trail of every read and write of personal data. Listens to PersonalDataAccessed; never reads other
 * modules' tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy",
        allowedDependencies = {"identity", "shared"})
package se.kompetenskedjan.privacy;
