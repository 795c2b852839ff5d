/**
 * The occupation catalogue: the SSYK 2012 tree with its occupation names, and JobTech Taxonomy's skills, languages,
 * driving licences, municipalities and other concepts, as reference data with our own ids beside JobTech's concept
 * ids. Loaded from the bundled snapshot on first start; the platform admin loads newer exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Taxonomy", allowedDependencies = {"identity", "shared"})
package se.kompetenskedjan.taxonomy;
