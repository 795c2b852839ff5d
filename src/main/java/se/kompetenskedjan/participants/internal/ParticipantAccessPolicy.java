package se.kompetenskedjan.participants.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.context.MessageSource;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.Role;

/**
 * The one place that decides who may see and change a participant:
 * staff see participants of their own organisation and those whose active consent shares them with the staff
 * member's organisation; a supervisor sees only participants currently placed with them; an analyst sees no
 * personal data; a participant sees only themself. Only coordinators and admins of the owning organisation edit.
 */
@Component
class ParticipantAccessPolicy {

    private static final Locale AUDIT_LANGUAGE = Locale.forLanguageTag("sv");

    private final ConsentRepository consents;
    private final SupervisionRepository supervisions;
    private final MessageSource messages;

    ParticipantAccessPolicy(ConsentRepository consents, SupervisionRepository supervisions, MessageSource messages) {
        this.consents = consents;
        this.supervisions = supervisions;
        this.messages = messages;
    }

    Optional<Access> accessTo(CurrentUser user, Participant participant, LocalDate today) {
        switch (user.role()) {
            case ANALYST:
                return Optional.empty();
            case PARTICIPANT:
                return participant.id().equals(user.participantId())
                        ? Optional.of(new Access(Access.Basis.SELF, purpose("self"), false)) : Optional.empty();
            case SUPERVISOR:
                return supervisions.supervises(participant.id(), user.id().value(), today)
                        ? Optional.of(new Access(Access.Basis.SUPERVISION, purpose("supervision"), false))
                        : Optional.empty();
            default:
                if (user.organisationId().value().equals(participant.organisationId())) {
                    return Optional.of(new Access(Access.Basis.OWN_ORGANISATION, purpose("ownOrganisation"),
                            user.isAnyOf(Role.COORDINATOR, Role.ADMIN)));
                }
                List<String> consentPurposes = consents.purposesSharingWith(participant.id(),
                        user.organisationId().value(), today);
                return consentPurposes.isEmpty() ? Optional.empty()
                        : Optional.of(new Access(Access.Basis.CONSENT,
                                purpose("consent") + ": " + consentPurposes.get(0), false));
        }
    }

    Access requireRead(CurrentUser user, Participant participant, LocalDate today) {
        return accessTo(user, participant, today).orElseThrow(() -> new AccessDeniedException("no access to participant"));
    }

    Access requireEdit(CurrentUser user, Participant participant, LocalDate today) {
        Access access = requireRead(user, participant, today);
        if (!access.mayEdit()) {
            throw new AccessDeniedException("may not edit participant");
        }
        return access;
    }

    boolean mayCreate(CurrentUser user) {
        return user.isAnyOf(Role.COORDINATOR, Role.ADMIN);
    }

    void requireList(CurrentUser user) {
        if (user.is(Role.ANALYST)) {
            throw new AccessDeniedException("analysts see statistics only");
        }
    }

    /** The list query's version of accessTo: the same rule as a database predicate, so paging stays in SQL. */
    Specification<Participant> visibleTo(CurrentUser user, LocalDate today) {
        return (root, query, cb) -> switch (user.role()) {
            case ANALYST -> cb.disjunction();
            case PARTICIPANT -> cb.equal(root.get("id"), user.participantId());
            case SUPERVISOR -> {
                Subquery<Integer> supervised = query.subquery(Integer.class);
                Root<Supervision> s = supervised.from(Supervision.class);
                supervised.select(cb.literal(1)).where(
                        cb.equal(s.get("participantId"), root.get("id")),
                        cb.equal(s.get("supervisorId"), user.id().value()),
                        cb.lessThanOrEqualTo(s.get("startsOn"), today),
                        cb.or(cb.isNull(s.get("endsOn")), cb.greaterThanOrEqualTo(s.get("endsOn"), today)));
                yield cb.exists(supervised);
            }
            default -> {
                Subquery<Integer> shared = query.subquery(Integer.class);
                Root<Consent> c = shared.from(Consent.class);
                Join<Consent, ?> organisation = c.join("organisationIds");
                shared.select(cb.literal(1)).where(
                        cb.equal(c.get("participantId"), root.get("id")),
                        cb.equal(organisation, user.organisationId().value()),
                        cb.isNull(c.get("withdrawnAt")),
                        cb.lessThanOrEqualTo(c.get("givenOn"), today),
                        cb.greaterThanOrEqualTo(c.get("validUntil"), today));
                yield cb.or(cb.equal(root.get("organisationId"), user.organisationId().value()), cb.exists(shared));
            }
        };
    }

    /** Purpose written to the audit trail for a list row, where only the basis (not each consent) is known. */
    String listPurpose(CurrentUser user, Participant participant) {
        return switch (user.role()) {
            case PARTICIPANT -> purpose("self");
            case SUPERVISOR -> purpose("supervision");
            default -> user.organisationId().value().equals(participant.organisationId())
                    ? purpose("ownOrganisation") : purpose("consent");
        };
    }

    private String purpose(String key) {
        return messages.getMessage("audit.purpose." + key, null, AUDIT_LANGUAGE);
    }
}
