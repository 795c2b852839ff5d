/**
 * Small value types, error handling and web chrome shared by every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package se.kompetenskedjan.shared;
