package se.kompetenskedjan.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.kompetenskedjan.shared.AuditAction;
import se.kompetenskedjan.shared.PersonalDataAccessed;
import se.kompetenskedjan.shared.SqlOnlyTransactions;

/**
 * Turns the {@link PersonalDataAccessed} events of one request into exactly one audit row per participant and actor.
 *
 * <p>A change (create, update, consent, supervision) is written inside the transaction that makes it, just before it
 * commits: if the row cannot be written, the change fails too. Reads (list &lt; view &lt; export) are gathered in a
 * ledger kept on the web request and written once, with the strongest action and all details, before the response is
 * rendered ({@link AuditFlush}); a read of a participant whose change this request has already recorded (the view
 * returned after a write) adds no row, and a read before a change folds into the change's row. Outside a web request
 * (scheduled jobs, event listeners, the demo loader) the transaction is the unit: its entries are merged in the same way
 * and written before it commits.
 */
@Component
class AuditRecorder {

    private static final String INSERT = """
            INSERT INTO audit_entry (occurred_at, actor_id, actor_name, actor_organisation_id, actor_organisation_name,
                                     action, participant_id, participant_organisation_id, purpose, detail)
            VALUES (:occurredAt, :actorId, :actorName, :actorOrg, :actorOrgName, :action, :participantId,
                    :participantOrg, :purpose, :detail)""";

    static final int DETAIL_LENGTH = 500;

    private static final String LEDGER = AuditRecorder.class.getName() + ".ledger";
    private static final Object TRANSACTION_KEY = new Object();

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionOperations ownTransaction;

    AuditRecorder(NamedParameterJdbcTemplate jdbc, Clock clock, DataSource dataSource,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new SqlOnlyTransactions(dataSource, transactions,
                TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void record(PersonalDataAccessed event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Pending transaction = transactionPending();
        for (PersonalDataAccessed.Subject subject : event.subjects()) {
            Entry entry = new Entry(event.actor(), subject, event.action(), event.detail());
            Ledger ledger = request == null ? null : ledger(request);
            if (ledger != null && (transaction != null || !isChange(entry.action))) {
                ledger.add(entry, transaction);
            } else if (transaction != null) {
                transaction.add(entry);
            } else {
                throw new IllegalTransactionStateException(
                        "personal data is recorded inside a transaction or a web request, never lost outside one");
            }
        }
    }

    /** Writes the reads gathered in this request that no row records yet; called before the response is written. */
    void flush(RequestAttributes request) {
        Ledger ledger = (Ledger) request.getAttribute(LEDGER, RequestAttributes.SCOPE_REQUEST);
        if (ledger == null || ledger.reads.isEmpty()) {
            return;
        }
        List<Entry> reads = List.copyOf(ledger.reads.values());
        ledger.reads.clear();
        ownTransaction.executeWithoutResult(status -> insert(reads));
        reads.forEach(entry -> ledger.recorded.put(entry.key(), entry.action));
    }

    /** Opens the ledger of a request whose response {@link AuditFlush} will flush it before. */
    void open(RequestAttributes request) {
        if (ledger(request) == null) {
            request.setAttribute(LEDGER, new Ledger(), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Null for a request no one will flush (e.g. a test's mock request): then the transaction is the unit. */
    private static Ledger ledger(RequestAttributes request) {
        return (Ledger) request.getAttribute(LEDGER, RequestAttributes.SCOPE_REQUEST);
    }

    /** The entries of the current transaction, to be written just before it commits; null outside a transaction. */
    private Pending transactionPending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(TRANSACTION_KEY);
        if (pending == null) {
            Pending created = new Pending();
            TransactionSynchronizationManager.bindResource(TRANSACTION_KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    insert(created.entries());
                    created.written = true;
                }

                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TRANSACTION_KEY);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(TRANSACTION_KEY, created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TRANSACTION_KEY);
                    created.completed(status == STATUS_COMMITTED);
                }
            });
            pending = created;
        }
        return pending;
    }

    private void insert(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        SqlParameterSource[] rows = entries.stream().map(entry -> new MapSqlParameterSource()
                .addValue("occurredAt", now)
                .addValue("actorId", entry.actor.userId())
                .addValue("actorName", entry.actor.name())
                .addValue("actorOrg", entry.actor.organisationId())
                .addValue("actorOrgName", entry.actor.organisationName())
                .addValue("action", entry.action.name())
                .addValue("participantId", entry.subject.participantId())
                .addValue("participantOrg", entry.subject.participantOrganisationId())
                .addValue("purpose", entry.subject.purpose())
                .addValue("detail", entry.detail())).toArray(SqlParameterSource[]::new);
        // One batch: a list of a thousand participants is one round trip, not a thousand.
        jdbc.batchUpdate(INSERT, rows);
    }

    /** LIST &lt; VIEW &lt; EXPORT &lt; any change. */
    static int rank(AuditAction action) {
        return switch (action) {
            case LIST -> 0;
            case VIEW -> 1;
            case EXPORT -> 2;
            default -> 3;
        };
    }

    static boolean isChange(AuditAction action) {
        return rank(action) == 3;
    }

    record Key(UUID actorId, UUID participantId) {
    }

    /** One future audit row: the strongest action seen and the details of all accesses it stands for. */
    static final class Entry {
        final PersonalDataAccessed.Actor actor;
        final PersonalDataAccessed.Subject subject;
        AuditAction action;
        final Set<String> details = new LinkedHashSet<>();

        Entry(PersonalDataAccessed.Actor actor, PersonalDataAccessed.Subject subject, AuditAction action, String detail) {
            this.actor = actor;
            this.subject = subject;
            this.action = action;
            if (detail != null && !detail.isBlank()) {
                details.add(detail);
            }
        }

        Key key() {
            return new Key(actor.userId(), subject.participantId());
        }

        /** Folds a weaker or equal access into this one: a change keeps its action and its details come first. */
        void absorb(Entry other) {
            if (rank(other.action) > rank(action)) {
                action = other.action;
                Set<String> merged = new LinkedHashSet<>(other.details);
                merged.addAll(details);
                details.clear();
                details.addAll(merged);
            } else {
                details.addAll(other.details);
            }
        }

        String detail() {
            if (details.isEmpty()) {
                return null;
            }
            String joined = String.join("; ", details);
            return joined.length() <= DETAIL_LENGTH ? joined : joined.substring(0, DETAIL_LENGTH - 1) + "…";
        }
    }

    /**
     * The entries of one transaction. Reads of one participant merge into one entry, and into that participant's change
     * if the transaction makes one; changes of different kinds (an update and a consent) stay separate events.
     */
    static final class Pending {
        private final Map<Key, Entry> reads = new LinkedHashMap<>();
        private final Map<Key, Map<AuditAction, Entry>> changes = new LinkedHashMap<>();
        /** Reads the request's ledger handed to this transaction's change, returned to the ledger on rollback. */
        private final List<Entry> borrowedReads = new ArrayList<>();
        /** Reads a web request made in this transaction: handed to its ledger if the transaction commits. */
        private final Map<Key, Entry> requestReads = new LinkedHashMap<>();
        private Ledger ledger;
        boolean written;

        void add(Entry entry) {
            Key key = entry.key();
            if (isChange(entry.action)) {
                Map<AuditAction, Entry> byAction = changes.computeIfAbsent(key, k -> new LinkedHashMap<>());
                Entry existing = byAction.get(entry.action);
                if (existing == null) {
                    byAction.put(entry.action, entry);
                    Entry read = reads.remove(key);
                    if (read != null) {
                        entry.absorb(read);
                    }
                } else {
                    existing.absorb(entry);
                }
            } else if (changes.containsKey(key)) {
                changes.get(key).values().iterator().next().absorb(entry);
            } else {
                Entry existing = reads.get(key);
                if (existing == null) {
                    reads.put(key, entry);
                } else {
                    existing.absorb(entry);
                }
            }
        }

        boolean hasChange(Key key) {
            return changes.containsKey(key);
        }

        List<Entry> entries() {
            List<Entry> all = new ArrayList<>();
            changes.values().forEach(byAction -> all.addAll(byAction.values()));
            all.addAll(reads.values());
            return all;
        }

        void completed(boolean committed) {
            if (ledger == null) {
                return;
            }
            if (committed && written) {
                changes.forEach((key, byAction) -> byAction.keySet().forEach(action -> ledger.recorded.put(key, action)));
                requestReads.values().forEach(ledger::add);
            } else {
                // A rolled-back transaction showed nothing: its own reads go, the request's earlier reads stay.
                borrowedReads.forEach(ledger::add);
            }
        }
    }

    /** What one web request has touched: reads still to be written, and the participants whose row is written. */
    static final class Ledger {
        final Map<Key, Entry> reads = new LinkedHashMap<>();
        final Map<Key, AuditAction> recorded = new LinkedHashMap<>();

        void add(Entry entry, Pending transaction) {
            Key key = entry.key();
            if (transaction == null) {
                add(entry);
                return;
            }
            transaction.ledger = this;
            if (isChange(entry.action)) {
                transaction.add(entry);
                Entry read = reads.remove(key);
                Entry readHere = transaction.requestReads.remove(key);
                for (Entry earlier : new Entry[] {read, readHere}) {
                    if (earlier != null) {
                        transaction.add(earlier);
                    }
                }
                if (read != null) {
                    transaction.borrowedReads.add(read);
                }
            } else if (transaction.hasChange(key)) {
                transaction.add(entry);
            } else if (!recorded.containsKey(key)) {
                merge(transaction.requestReads, entry);
            }
        }

        /** A read outside any transaction, or of a transaction that committed. */
        void add(Entry read) {
            if (!recorded.containsKey(read.key())) {
                merge(reads, read);
            }
        }

        private static void merge(Map<Key, Entry> into, Entry entry) {
            Entry existing = into.get(entry.key());
            if (existing == null) {
                into.put(entry.key(), entry);
            } else {
                existing.absorb(entry);
            }
        }
    }
}
