/**
 * Education (issue 14, item 6): a provider organisation's courses (SFI, Swedish for care, vocational Swedish,
 * orientation, service-assistant and supervisor training), occasions with their teachers and a schedule of concrete
 * sessions generated from a weekly pattern, enrolments of participants by their coordinators, attendance per session,
 * results, and CSV templates and imports for the teachers. Courses and occasions are not personal data; enrolments,
 * attendance and results are, read and written through the participants module's access rule and audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Education",
        allowedDependencies = {"participants", "identity", "shared"})
package se.kompetenskedjan.education;
