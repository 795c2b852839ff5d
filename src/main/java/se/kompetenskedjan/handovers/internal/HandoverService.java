package se.kompetenskedjan.handovers.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.handovers.HandoverAcceptance;
import se.kompetenskedjan.handovers.HandoverCommand;
import se.kompetenskedjan.handovers.HandoverDecline;
import se.kompetenskedjan.handovers.HandoverDeclined;
import se.kompetenskedjan.handovers.HandoverProposed;
import se.kompetenskedjan.handovers.HandoverStatus;
import se.kompetenskedjan.handovers.HandoverView;
import se.kompetenskedjan.handovers.Handovers;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.SwedishTime;

@Service
@Transactional
class HandoverService implements Handovers {

    private final HandoverRepository handovers;
    private final ParticipantRegister register;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandoverService(HandoverRepository handovers, ParticipantRegister register, IdentityDirectory identity,
            CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
        this.handovers = handovers;
        this.register = register;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public HandoverView propose(UUID participantId, HandoverCommand command) {
        CurrentUser user = currentUsers.current();
        UUID to = command.toOrganisationId();
        String toName = identity.organisationNames(Set.of(to)).get(to);
        if (toName == null) {
            throw new InvalidFieldException("toOrganisationId", "handover.to.unknown");
        }
        ParticipantAccess access = register.access(participantId, AccessNeed.CHANGE, "hand-over proposed to " + toName);
        if (to.equals(access.participantOrganisationId())) {
            throw new InvalidFieldException("toOrganisationId", "handover.to.self");
        }
        if (!register.sharedWith(participantId, to)) {
            throw new ConflictException("handover.consent.missing");
        }
        if (handovers.existsByParticipantIdAndStatus(participantId, HandoverStatus.PROPOSED)) {
            throw new ConflictException("handover.pending");
        }
        Handover handover = handovers.saveAndFlush(new Handover(UUID.randomUUID(), participantId,
                access.participantOrganisationId(), to, blankToNull(command.note()), user.id().value(),
                clock.instant()));
        events.publishEvent(new HandoverProposed(handover.id(), participantId, handover.fromOrganisationId(), to,
                SwedishTime.today(clock)));
        return views(List.of(handover), Map.of()).get(0);
    }

    @Override
    public List<HandoverView> forParticipant(UUID participantId) {
        register.access(participantId, AccessNeed.READ, "hand-overs");
        return views(handovers.findTop50ByParticipantIdOrderByProposedAtDesc(participantId), Map.of());
    }

    @Override
    public PageResult<HandoverView> incoming(Integer page, Integer size) {
        CurrentUser user = requireCoordinator();
        return page(handovers.findByToOrganisationIdAndStatus(user.organisationId().value(), HandoverStatus.PROPOSED,
                Paging.of(page, size, Sort.by("proposedAt", "id"))));
    }

    @Override
    public PageResult<HandoverView> outgoing(Integer page, Integer size) {
        CurrentUser user = requireCoordinator();
        return page(handovers.findByFromOrganisationId(user.organisationId().value(),
                Paging.of(page, size, Sort.by(Sort.Order.desc("proposedAt"), Sort.Order.asc("id")))));
    }

    @Override
    public HandoverView accept(UUID handoverId, HandoverAcceptance acceptance) {
        CurrentUser user = requireCoordinator();
        Handover handover = receivedBy(user, handoverId);
        register.access(handover.participantId(), AccessNeed.CONTRIBUTE, "hand-over accepted");
        UUID coordinator = acceptance == null || acceptance.coordinatorId() == null ? user.id().value()
                : acceptance.coordinatorId();
        handover.accept(user.id().value(), coordinator, clock.instant());
        handovers.saveAndFlush(handover);
        register.handOver(handover.participantId(), handover.toOrganisationId(), coordinator);
        return views(List.of(handover), Map.of()).get(0);
    }

    @Override
    public HandoverView decline(UUID handoverId, HandoverDecline decline) {
        CurrentUser user = requireCoordinator();
        Handover handover = receivedBy(user, handoverId);
        register.access(handover.participantId(), AccessNeed.CONTRIBUTE, "hand-over declined");
        handover.decline(user.id().value(), decline.reason().strip(), clock.instant());
        handovers.saveAndFlush(handover);
        events.publishEvent(new HandoverDeclined(handover.id(), handover.participantId(),
                handover.fromOrganisationId(), handover.toOrganisationId(), SwedishTime.today(clock)));
        return views(List.of(handover), Map.of()).get(0);
    }

    @Override
    public HandoverView withdraw(UUID handoverId) {
        CurrentUser user = requireCoordinator();
        Handover handover = handovers.findById(handoverId)
                .orElseThrow(() -> new NotFoundException("handover.notFound"));
        if (!handover.fromOrganisationId().equals(user.organisationId().value())) {
            throw new NotFoundException("handover.notFound");
        }
        register.access(handover.participantId(), AccessNeed.CHANGE, "hand-over withdrawn");
        handover.withdraw(user.id().value(), clock.instant());
        handovers.saveAndFlush(handover);
        return views(List.of(handover), Map.of()).get(0);
    }

    /** The receiver's coordinators and admins answer; to anyone else a hand-over to another organisation is not there. */
    private Handover receivedBy(CurrentUser user, UUID handoverId) {
        return handovers.findById(handoverId)
                .filter(h -> h.toOrganisationId().equals(user.organisationId().value()))
                .orElseThrow(() -> new NotFoundException("handover.notFound"));
    }

    private CurrentUser requireCoordinator() {
        CurrentUser user = currentUsers.current();
        if (!user.isAnyOf(Role.COORDINATOR, Role.ADMIN)) {
            throw new AccessDeniedException("hand-overs are for coordinators and admins");
        }
        return user;
    }

    private PageResult<HandoverView> page(Page<Handover> found) {
        Set<UUID> ids = found.getContent().stream().map(Handover::participantId).collect(Collectors.toSet());
        Map<UUID, String> names = ids.isEmpty() ? Map.of() : register.summaries(ids).stream()
                .collect(Collectors.toMap(ParticipantSummary::id, s -> s.firstName() + " " + s.lastName()));
        List<HandoverView> items = views(found.getContent(), names);
        return new PageResult<>(items, found.getNumber(), found.getSize(), found.getTotalElements(),
                found.getTotalPages());
    }

    /** Views with organisation names; the participant's name where the caller has it (list rows it may see). */
    private List<HandoverView> views(List<Handover> rows, Map<UUID, String> participantNames) {
        Set<UUID> organisations = new HashSet<>();
        rows.forEach(h -> {
            organisations.add(h.fromOrganisationId());
            organisations.add(h.toOrganisationId());
        });
        Map<UUID, String> names = organisations.isEmpty() ? Map.of() : identity.organisationNames(organisations);
        Function<Handover, HandoverView> view = h -> new HandoverView(h.id(), h.participantId(),
                participantNames.get(h.participantId()), h.fromOrganisationId(), names.get(h.fromOrganisationId()),
                h.toOrganisationId(), names.get(h.toOrganisationId()), h.note(), h.status(), h.proposedBy(),
                h.proposedAt(), h.decidedBy(), h.decidedAt(), h.declineReason(), h.coordinatorId(), h.version());
        return rows.stream().map(view).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
