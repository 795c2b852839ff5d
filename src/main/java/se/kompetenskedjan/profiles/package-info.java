/**
 * Requirement profiles (kravprofiler) and ladders (kompetenstrappor / kompetenskedjor): what an employer requires
 * for an occupation, on one level scale, versioned so that plans keep the version they were made against; and the
 * ordered steps (with branches and side tracks) that lead there, with ready-made templates to copy. Not personal
 * data: every signed-in user may read what is published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Profiles",
        allowedDependencies = {"identity", "shared", "translations"})
package se.kompetenskedjan.profiles;
