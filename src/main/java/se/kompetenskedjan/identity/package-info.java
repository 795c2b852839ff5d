/**
 * Organisations, their units (workplaces), staff and participant accounts, roles, login and the security set-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"shared"})
package se.kompetenskedjan.identity;
