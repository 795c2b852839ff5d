/**
 * The participant register: participants, consent to share their data, who supervises them, and the access rule
 * that decides who may see whom.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participants")
package se.kompetenskedjan.participants;
