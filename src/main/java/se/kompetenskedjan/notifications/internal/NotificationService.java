package se.kompetenskedjan.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.notifications.Notifications;
import se.kompetenskedjan.notifications.OutboxMessageView;
import se.kompetenskedjan.notifications.OutboxStatus;
import se.kompetenskedjan.notifications.SinkMessageView;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;

@Service
@Transactional
class NotificationService implements Notifications {

    private final OutboxStore store;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    NotificationService(OutboxStore store, IdentityDirectory identity, CurrentUsers currentUsers, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> enqueue(UUID recipientUserId, String subject, String body, String cause) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Optional<UserView> recipient = identity.findUser(new UserId(recipientUserId)).filter(UserView::enabled)
                .filter(u -> u.email() != null && !u.email().isBlank());
        if (recipient.isEmpty()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        boolean inserted = store.insert(id, recipient.get().organisationId(), recipientUserId, null, subject, body, cause,
                clock.instant());
        return inserted ? Optional.of(id) : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<OutboxMessageView> outbox(OutboxStatus status, Integer page, Integer size) {
        UUID scope = scope();
        PageRequest paging = Paging.of(page, size, Sort.unsorted());
        OutboxStatus of = status == null ? OutboxStatus.DEAD : status;
        List<OutboxStore.Row> rows = store.list(of, scope, (int) paging.getOffset(), paging.getPageSize());
        Map<UUID, String> names = identity.displayNames(rows.stream().map(OutboxStore.Row::recipientUserId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        long total = store.count(of, scope);
        return new PageResult<>(rows.stream().map(r -> view(r, names)).toList(), paging.getPageNumber(),
                paging.getPageSize(), total, (int) ((total + paging.getPageSize() - 1) / paging.getPageSize()));
    }

    @Override
    public OutboxMessageView retry(UUID messageId) {
        UUID scope = scope();
        if (scope != null && !store.organisationOf(messageId).map(scope::equals).orElse(false)) {
            throw new NotFoundException("outbox.notFound");
        }
        OutboxStore.Row row = store.find(messageId).orElseThrow(() -> new NotFoundException("outbox.notFound"));
        if (!store.revive(row.id(), clock.instant())) {
            throw new ConflictException("outbox.notDead");
        }
        OutboxStore.Row revived = store.find(messageId).orElseThrow();
        return view(revived, identity.displayNames(revived.recipientUserId() == null ? Set.of()
                : Set.of(revived.recipientUserId())));
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<SinkMessageView> sink(Integer page, Integer size) {
        UUID scope = scope();
        PageRequest paging = Paging.of(page, size, Sort.unsorted());
        List<OutboxStore.SinkRow> rows = store.sinkRows(scope, (int) paging.getOffset(), paging.getPageSize());
        long total = store.sinkCount(scope);
        return new PageResult<>(rows.stream().map(r -> new SinkMessageView(r.id(), r.messageId(), r.to(),
                r.subject(), r.body(), r.deliveredAt())).toList(), paging.getPageNumber(), paging.getPageSize(),
                total, (int) ((total + paging.getPageSize() - 1) / paging.getPageSize()));
    }

    /** The organisation whose messages the signed-in admin sees; null for the platform's admins (all). */
    private UUID scope() {
        CurrentUser user = currentUsers.current();
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("admins keep the outbox");
        }
        return user.platformHost() ? null : user.organisationId().value();
    }

    private static OutboxMessageView view(OutboxStore.Row r, Map<UUID, String> names) {
        String recipient = r.recipientUserId() == null ? r.recipientAddress()
                : names.getOrDefault(r.recipientUserId(), "–");
        return new OutboxMessageView(r.id(), recipient, r.subject(), r.status(), r.attempts(), r.nextAttemptAt(),
                r.lastError(), r.createdAt(), r.sentAt());
    }
}
