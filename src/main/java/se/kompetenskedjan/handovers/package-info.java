/**
 * Hand-over of a participant between organisations (e.g. Arbetsförmedlingen to a municipality's labour-market unit, or
 * one municipality to another after a move): the responsible organisation proposes, with the participant's consent to
 * share their data with the receiver; the receiving organisation accepts (choosing the new coordinator) or declines
 * with a reason. On acceptance the participants module moves the responsibility.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hand-overs",
        allowedDependencies = {"participants", "identity", "shared"})
package se.kompetenskedjan.handovers;
