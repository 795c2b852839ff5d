package se.kompetenskedjan.participants.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UnitId;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ConsentCommand;
import se.kompetenskedjan.participants.MyAccessLog;
import se.kompetenskedjan.participants.ConsentGiven;
import se.kompetenskedjan.participants.ConsentWithdrawn;
import se.kompetenskedjan.participants.ParticipantChanged;
import se.kompetenskedjan.participants.ParticipantHandedOver;
import se.kompetenskedjan.participants.ParticipantRegistered;
import se.kompetenskedjan.participants.ParticipantStatus;
import se.kompetenskedjan.participants.ParticipantStatusChanged;
import se.kompetenskedjan.participants.SwedishLevelRecorded;
import se.kompetenskedjan.participants.ConsentView;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantMatchFacts;
import se.kompetenskedjan.participants.ParticipantCommand;
import se.kompetenskedjan.participants.ParticipantFile;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSearch;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.participants.ParticipantView;
import se.kompetenskedjan.participants.SupervisionView;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.privacy.AuditEntryView;
import se.kompetenskedjan.privacy.AuditTrail;
import se.kompetenskedjan.shared.AuditAction;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.PersonalDataAccessed;
import se.kompetenskedjan.shared.SwedishTime;

@Service
@Transactional
class ParticipantService implements ParticipantRegister {

    private static final List<ParticipantStatus> FINISHED = java.util.Arrays.stream(ParticipantStatus.values())
            .filter(ParticipantStatus::finished).toList();

    private final ParticipantRepository participants;
    private final ConsentRepository consents;
    private final SupervisionRepository supervisions;
    private final ParticipantAccessPolicy policy;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entities;

    ParticipantService(ParticipantRepository participants, ConsentRepository consents,
            SupervisionRepository supervisions, ParticipantAccessPolicy policy, CurrentUsers currentUsers,
            IdentityDirectory identity, AuditTrail auditTrail, ApplicationEventPublisher events,
            jakarta.persistence.EntityManager entities, Clock clock) {
        this.entities = entities;
        this.participants = participants;
        this.consents = consents;
        this.supervisions = supervisions;
        this.policy = policy;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public PageResult<ParticipantSummary> search(ParticipantSearch search) {
        CurrentUser user = currentUsers.current();
        policy.requireList(user);
        Specification<Participant> spec = policy.visibleTo(user, today());
        if (search.query() != null && !search.query().isBlank()) {
            String text = search.query().strip().toLowerCase(Locale.ROOT);
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(root.get("searchName"), "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", '\\'),
                    cb.equal(root.get("personnummer"), search.query().strip()),
                    cb.equal(cb.lower(root.get("reserveIdentity")), text)));
        }
        if (search.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), search.status()));
        }
        if (search.coordinatorId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("coordinatorId"), search.coordinatorId()));
        }
        Page<Participant> page = participants.findAll(spec,
                Paging.of(search.page(), search.size(), Sort.by("lastName", "firstName", "id")));
        return new PageResult<>(listRows(user, page.getContent()), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    @Override
    public ParticipantView get(UUID id) {
        CurrentUser user = currentUsers.current();
        Participant participant = find(id);
        Access access = policy.requireRead(user, participant, today());
        audit(user, AuditAction.VIEW, participant, access, null);
        return view(participant);
    }

    @Override
    public ParticipantFile file(UUID id) {
        CurrentUser user = currentUsers.current();
        Participant participant = find(id);
        Access access = policy.requireRead(user, participant, today());
        audit(user, AuditAction.VIEW, participant, access, "register, consents, supervisors");
        return new ParticipantFile(view(participant), consentViews(id), supervisionViews(id), access.mayEdit());
    }

    @Override
    public ParticipantView create(ParticipantCommand command) {
        return create(UUID.randomUUID(), command);
    }

    /** create with the id given: the demo's seeding, which has made sure the id is new. */
    ParticipantView create(UUID id, ParticipantCommand command) {
        CurrentUser user = currentUsers.current();
        if (!policy.mayCreate(user)) {
            throw new AccessDeniedException("may not create participants");
        }
        checkCoordinator(command.coordinatorId(), user.organisationId().value());
        Participant participant = new Participant(id, user.organisationId().value(), command,
                newReserveIdentity(), clock.instant());
        participants.saveAndFlush(participant);
        audit(user, AuditAction.CREATE, participant, policy.requireRead(user, participant, today()), null);
        events.publishEvent(new ParticipantRegistered(participant.id(), participant.organisationId(),
                participant.coordinatorId(), participant.status(), today()));
        return view(participant);
    }

    @Override
    public ParticipantView update(UUID id, ParticipantCommand command) {
        CurrentUser user = currentUsers.current();
        Participant participant = find(id);
        Access access = policy.requireEdit(user, participant, today());
        if (command.version() == null) {
            throw new InvalidFieldException("version", "participant.version.required");
        }
        if (command.version() != participant.version()) {
            throw new ConflictException("problem.editConflict");
        }
        checkCoordinator(command.coordinatorId(), participant.organisationId());
        ParticipantStatus statusBefore = participant.status();
        SwedishLevel levelBefore = participant.swedishLevel();
        participant.apply(command, newReserveIdentity(), clock.instant());
        participants.saveAndFlush(participant);
        audit(user, AuditAction.UPDATE, participant, access, null);
        events.publishEvent(new ParticipantChanged(participant.id(), participant.organisationId(), participant.version(),
                today()));
        if (participant.status() != statusBefore) {
            events.publishEvent(new ParticipantStatusChanged(participant.id(), participant.organisationId(),
                    statusBefore, participant.status(), today()));
        }
        if (participant.swedishLevel() != levelBefore) {
            events.publishEvent(new SwedishLevelRecorded(participant.id(), participant.organisationId(), levelBefore,
                    participant.swedishLevel(), today()));
        }
        return view(participant);
    }

    @Override
    public ParticipantView setSwedishLevel(UUID id, SwedishLevel level, long version, String detail) {
        CurrentUser user = currentUsers.current();
        Participant participant = find(id);
        Access access = policy.requireEdit(user, participant, today());
        if (version != participant.version()) {
            throw new ConflictException("problem.editConflict");
        }
        SwedishLevel before = participant.swedishLevel();
        participant.swedishLevel(level);
        participants.saveAndFlush(participant);
        audit(user, AuditAction.UPDATE, participant, access, detail);
        events.publishEvent(new SwedishLevelRecorded(participant.id(), participant.organisationId(), before, level,
                today()));
        return view(participant);
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void statusFromJourneys(UUID participantId, ParticipantStatus status, LocalDate on) {
        Participant participant = find(participantId);
        boolean followedBefore = participant.statusFromJourney();
        ParticipantStatus before = participant.followJourneys(status, clock.instant());
        if (before == status && followedBefore) {
            return;
        }
        participants.saveAndFlush(participant);
        events.publishEvent(new ParticipantChanged(participant.id(), participant.organisationId(), participant.version(),
                today()));
        if (before != status) {
            events.publishEvent(new ParticipantStatusChanged(participant.id(), participant.organisationId(), before,
                    status, on));
        }
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void handOver(UUID participantId, UUID toOrganisationId, UUID toCoordinatorId) {
        Participant participant = find(participantId);
        UUID from = participant.organisationId();
        if (toCoordinatorId == null) {
            throw new InvalidFieldException("coordinatorId", "participant.coordinator.invalid");
        }
        checkCoordinator(toCoordinatorId, toOrganisationId);
        participant.handOver(toOrganisationId, toCoordinatorId, clock.instant());
        participants.saveAndFlush(participant);
        events.publishEvent(new ParticipantHandedOver(participantId, from, toOrganisationId, toCoordinatorId, today()));
        events.publishEvent(new ParticipantChanged(participantId, toOrganisationId, participant.version(), today()));
    }

    @Override
    public List<ConsentView> consents(UUID participantId) {
        CurrentUser user = currentUsers.current();
        Participant participant = find(participantId);
        audit(user, AuditAction.VIEW, participant, policy.requireRead(user, participant, today()), "consents");
        return consentViews(participantId);
    }

    @Override
    public ConsentView giveConsent(UUID participantId, ConsentCommand command) {
        return giveConsent(participantId, UUID.randomUUID(), command);
    }

    /** giveConsent with the consent's id given: the demo's seeding, which has made sure the id is new. */
    ConsentView giveConsent(UUID participantId, UUID consentId, ConsentCommand command) {
        CurrentUser user = currentUsers.current();
        Participant participant = find(participantId);
        Access access = policy.requireEdit(user, participant, today());
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        if (identity.organisationNames(command.organisationIds()).size() != command.organisationIds().size()) {
            problems.add(new InvalidFieldException.FieldProblem("organisationIds", "organisation.unknown"));
        }
        if (command.givenOn().isAfter(today())) {
            problems.add(new InvalidFieldException.FieldProblem("givenOn", "consent.givenOn.future"));
        }
        if (command.validUntil().isBefore(command.givenOn())) {
            problems.add(new InvalidFieldException.FieldProblem("validUntil", "consent.validUntil.beforeGiven"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        Consent consent = consents.saveAndFlush(new Consent(consentId, participantId, command.purpose(),
                command.organisationIds(), command.givenOn(), command.validUntil(), user.id().value()));
        audit(user, AuditAction.CONSENT_GIVEN, participant, access, consent.purpose());
        events.publishEvent(new ConsentGiven(consent.id(), participantId, participant.organisationId(),
                Set.copyOf(consent.organisationIds()), command.givenOn(), command.validUntil()));
        return consentViews(List.of(consent)).get(0);
    }

    @Override
    public ConsentView withdrawConsent(UUID participantId, UUID consentId) {
        CurrentUser user = currentUsers.current();
        Participant participant = find(participantId);
        Access access = policy.requireEdit(user, participant, today());
        Consent consent = consents.findById(consentId).filter(c -> c.participantId().equals(participantId))
                .orElseThrow(() -> new NotFoundException("consent.notFound"));
        if (consent.withdrawn()) {
            throw new ConflictException("consent.alreadyWithdrawn");
        }
        consent.withdraw(clock.instant());
        consents.saveAndFlush(consent);
        audit(user, AuditAction.CONSENT_WITHDRAWN, participant, access, consent.purpose());
        events.publishEvent(new ConsentWithdrawn(consent.id(), participantId, participant.organisationId(),
                Set.copyOf(consent.organisationIds()), today()));
        return consentViews(List.of(consent)).get(0);
    }

    @Override
    public List<SupervisionView> supervisions(UUID participantId) {
        CurrentUser user = currentUsers.current();
        Participant participant = find(participantId);
        audit(user, AuditAction.VIEW, participant, policy.requireRead(user, participant, today()), "supervisors");
        return supervisionViews(participantId);
    }

    @Override
    public PageResult<AuditEntryView> accessLog(UUID participantId, Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        Participant participant = find(participantId);
        Access access = policy.requireRead(user, participant, today());
        // Read first, then record: the page shows who had looked before, this read appears from the next one on.
        PageResult<AuditEntryView> log = auditTrail.forParticipant(participantId, page, size);
        audit(user, AuditAction.VIEW, participant, access, "access log");
        return log;
    }

    @Override
    public MyAccessLog myAccessLog(Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        Participant participant = find(myParticipantId());
        Access access = policy.requireRead(user, participant, today());
        UUID me = user.id().value();
        MyAccessLog log = new MyAccessLog(auditTrail.forParticipantExceptBy(participant.id(), me, page, size),
                auditTrail.visitsBy(participant.id(), me));
        audit(user, AuditAction.VIEW, participant, access, "access log");
        return log;
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public ParticipantAccess access(UUID participantId, AccessNeed need, String detail) {
        if (need.changes() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a change is recorded inside the transaction that makes it");
        }
        CurrentUser user = currentUsers.current();
        Participant participant = find(participantId);
        Access access = need.needsEditRight() ? policy.requireEdit(user, participant, today())
                : policy.requireRead(user, participant, today());
        audit(user, need.action(), participant, access, detail);
        return new ParticipantAccess(participantId, participant.organisationId(), access.purpose(),
                need.needsEditRight() || access.mayEdit());
    }

    @Override
    @Transactional(readOnly = true)
    public ParticipantAccess requireRead(UUID participantId) {
        Participant participant = find(participantId);
        Access access = policy.requireRead(currentUsers.current(), participant, today());
        return new ParticipantAccess(participantId, participant.organisationId(), access.purpose(), access.mayEdit());
    }

    @Override
    @Transactional(readOnly = true)
    public ParticipantAccess requireEdit(UUID participantId) {
        Participant participant = find(participantId);
        Access access = policy.requireEdit(currentUsers.current(), participant, today());
        return new ParticipantAccess(participantId, participant.organisationId(), access.purpose(), true);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> belongingTo(Collection<UUID> participantIds, UUID organisationId) {
        if (participantIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> belonging = new java.util.HashSet<>();
        List<UUID> ids = List.copyOf(participantIds);
        for (int from = 0; from < ids.size(); from += IDS_AT_ONCE) {
            belonging.addAll(entities.createQuery(
                    "select p.id from Participant p where p.organisationId = :org and p.id in :ids", UUID.class)
                    .setParameter("org", organisationId)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_AT_ONCE)))
                    .getResultList());
        }
        return belonging;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, UUID> organisationsOf(Collection<UUID> participantIds) {
        Map<UUID, UUID> organisations = new java.util.HashMap<>();
        List<UUID> ids = List.copyOf(new java.util.HashSet<>(participantIds));
        for (int from = 0; from < ids.size(); from += IDS_AT_ONCE) {
            entities.createQuery("select p.id, p.organisationId from Participant p where p.id in :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_AT_ONCE)))
                    .getResultList().forEach(row -> organisations.put((UUID) row[0], (UUID) row[1]));
        }
        return organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> visibleAmong(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Set.of();
        }
        // Ids only, in chunks: callers such as matching ask about thousands of participants at a time.
        Set<UUID> visible = new java.util.HashSet<>();
        Specification<Participant> rule = policy.visibleTo(currentUsers.current(), today());
        List<UUID> ids = List.copyOf(participantIds);
        for (int from = 0; from < ids.size(); from += IDS_AT_ONCE) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_AT_ONCE));
            var cb = entities.getCriteriaBuilder();
            var query = cb.createQuery(UUID.class);
            var root = query.from(Participant.class);
            query.select(root.get("id")).where(rule.and((r, q, b) -> r.get("id").in(chunk)).toPredicate(root, query, cb));
            visible.addAll(entities.createQuery(query).getResultList());
        }
        return visible;
    }

    /** Bind parameters per query stay well below PostgreSQL's limit of 32,767. */
    private static final int IDS_AT_ONCE = 5_000;

    @Override
    public List<ParticipantSummary> summaries(Collection<UUID> participantIds) {
        if (participantIds.size() > 1000) {
            throw new IllegalArgumentException("at most 1000 participants at a time");
        }
        if (participantIds.isEmpty()) {
            return List.of();
        }
        CurrentUser user = currentUsers.current();
        policy.requireList(user);
        return listRows(user, participants.findAll(visibleAmong(user, participantIds),
                Sort.by("lastName", "firstName", "id")));
    }

    /** List rows with their coordinators' names; every participant shown is recorded as seen in a list. */
    private List<ParticipantSummary> listRows(CurrentUser user, List<Participant> shown) {
        if (!shown.isEmpty()) {
            events.publishEvent(new PersonalDataAccessed(actor(user), AuditAction.LIST, shown.stream()
                    .map(p -> new PersonalDataAccessed.Subject(p.id(), p.organisationId(), policy.listPurpose(user, p)))
                    .toList(), null));
        }
        Map<UUID, String> names = identity.displayNames(
                shown.stream().map(Participant::coordinatorId).filter(id -> id != null).toList());
        return shown.stream().map(p -> p.summary(names.get(p.coordinatorId()))).toList();
    }

    private Specification<Participant> visibleAmong(CurrentUser user, Collection<UUID> participantIds) {
        return policy.visibleTo(user, today()).and((root, query, cb) -> root.get("id").in(participantIds));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ParticipantMatchFacts> matchFacts(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        CurrentUser user = currentUsers.current();
        policy.requireList(user);
        // A projection of the few columns matching needs, in chunks: no entities to hydrate and dirty-check.
        List<UUID> ids = List.copyOf(participantIds);
        List<ParticipantMatchFacts> facts = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_AT_ONCE) {
            var cb = entities.getCriteriaBuilder();
            var query = cb.createQuery(ParticipantMatchFacts.class);
            var root = query.from(Participant.class);
            query.select(cb.construct(ParticipantMatchFacts.class, root.get("id"), root.get("organisationId"),
                    root.get("status"), root.get("swedishLevel"), root.get("drivingLicences"), root.get("canCycle")))
                    .where(visibleAmong(user, ids.subList(from, Math.min(ids.size(), from + IDS_AT_ONCE)))
                            .toPredicate(root, query, cb));
            facts.addAll(entities.createQuery(query).getResultList());
        }
        return facts;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean sharedWith(UUID participantId, UUID organisationId) {
        Participant participant = find(participantId);
        policy.requireRead(currentUsers.current(), participant, today());
        return participant.organisationId().equals(organisationId)
                || !consents.purposesSharingWith(participantId, organisationId, today()).isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public UUID myParticipantId() {
        CurrentUser user = currentUsers.current();
        if (user.participantId() == null) {
            throw new AccessDeniedException("not a participant account");
        }
        return user.participantId();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasConsentInForce(UUID participantId, LocalDate today) {
        return entities.createQuery("""
                select count(c) from Consent c where c.participantId = :p and c.withdrawnAt is null
                   and c.givenOn <= :today and c.validUntil >= :today""", Long.class)
                .setParameter("p", participantId).setParameter("today", today).getSingleResult() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> caseloadOf(UUID coordinatorId) {
        return Set.copyOf(entities.createQuery("""
                select p.id from Participant p where p.coordinatorId = :c and p.status not in :finished""", UUID.class)
                .setParameter("c", coordinatorId).setParameter("finished", FINISHED).getResultList());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Set<UUID>> caseloadsIn(UUID organisationId) {
        Map<UUID, Set<UUID>> caseloads = new HashMap<>();
        entities.createQuery("""
                select p.coordinatorId, p.id from Participant p
                 where p.organisationId = :o and p.coordinatorId is not null and p.status not in :finished""",
                        Object[].class)
                .setParameter("o", organisationId).setParameter("finished", FINISHED).getResultList()
                .forEach(row -> caseloads.computeIfAbsent((UUID) row[0], c -> new HashSet<>()).add((UUID) row[1]));
        return caseloads;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canCreate() {
        return currentUsers.currentIfAny().map(policy::mayCreate).orElse(false);
    }

    private void checkCoordinator(UUID coordinatorId, UUID organisationId) {
        if (coordinatorId == null) {
            return;
        }
        boolean valid = identity.findUser(new UserId(coordinatorId))
                .filter(u -> u.enabled() && u.organisationId().equals(organisationId)
                        && (u.role() == Role.COORDINATOR || u.role() == Role.ADMIN))
                .isPresent();
        if (!valid) {
            throw new InvalidFieldException("coordinatorId", "participant.coordinator.invalid");
        }
    }

    private static String newReserveIdentity() {
        return "KK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private Participant find(UUID id) {
        return participants.findById(id).orElseThrow(() -> new NotFoundException("participant.notFound"));
    }

    private ParticipantView view(Participant participant) {
        String coordinator = participant.coordinatorId() == null ? null
                : identity.displayNames(List.of(participant.coordinatorId())).get(participant.coordinatorId());
        return participant.view(coordinator);
    }

    private List<ConsentView> consentViews(UUID participantId) {
        return consentViews(consents.findByParticipantIdOrderByGivenOnDesc(participantId));
    }

    private List<ConsentView> consentViews(List<Consent> list) {
        Set<UUID> organisationIds = list.stream().flatMap(c -> c.organisationIds().stream()).collect(Collectors.toSet());
        Map<UUID, String> names = identity.organisationNames(organisationIds);
        LocalDate today = today();
        return list.stream().map(c -> new ConsentView(c.id(), c.participantId(), c.purpose(),
                c.organisationIds().stream().map(o -> new ConsentView.SharedWith(o, names.get(o)))
                        .sorted(java.util.Comparator.comparing(ConsentView.SharedWith::name)).toList(),
                c.givenOn(), c.validUntil(), c.withdrawnAt(), c.activeOn(today))).toList();
    }

    private List<SupervisionView> supervisionViews(UUID participantId) {
        List<Supervision> list = supervisions.findByParticipantIdOrderByStartsOnDesc(participantId);
        Collection<UUID> supervisorIds = new HashSet<>(list.stream().map(Supervision::supervisorId).toList());
        Map<UUID, String> names = identity.displayNames(supervisorIds);
        return list.stream().map(s -> supervisionView(s, names.get(s.supervisorId()))).toList();
    }

    private static SupervisionView supervisionView(Supervision s, String supervisorName) {
        return new SupervisionView(s.id(), s.participantId(), s.supervisorId(), supervisorName, s.unitId(),
                s.startsOn(), s.endsOn());
    }

    private void audit(CurrentUser user, AuditAction action, Participant participant, Access access, String detail) {
        events.publishEvent(PersonalDataAccessed.one(actor(user), action,
                new PersonalDataAccessed.Subject(participant.id(), participant.organisationId(), access.purpose()),
                detail));
    }

    private static PersonalDataAccessed.Actor actor(CurrentUser user) {
        return new PersonalDataAccessed.Actor(user.id().value(), user.displayName(), user.organisationId().value(),
                user.organisationName());
    }

    private LocalDate today() {
        return SwedishTime.today(clock);
    }
}
