/**
 * Language validation: the catalogue of workplace can-do statements (CEFR levels with their SFI courses) and
 * participants' language assessments over time by teachers, supervisors and coordinators; the level each skill shows,
 * and the validated Swedish level, which staff who may edit the participant record in the register (the participants
 * module then publishes {@code SwedishLevelRecorded}). A signed assessment is announced as
 * {@code SwedishLevelValidated}. Personal data: assessments are the participant's; every
 * read and write checks the access rule and is audited through the participants module. The catalogue is not personal
 * data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language validation",
        allowedDependencies = {"participants", "identity", "shared"})
package se.kompetenskedjan.language;
