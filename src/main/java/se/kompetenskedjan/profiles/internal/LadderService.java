package se.kompetenskedjan.profiles.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.profiles.CopyTemplateCommand;
import se.kompetenskedjan.profiles.LadderCommand;
import se.kompetenskedjan.profiles.LadderSearch;
import se.kompetenskedjan.profiles.LadderSummary;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.RequestMemo;
import se.kompetenskedjan.shared.Paging;

@Service
@Transactional
class LadderService implements Ladders {

    private final LadderRepository ladders;
    private final LadderEditor editor;
    private final ProfilesAccessPolicy policy;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate reading;
    private final JdbcClient jdbc;
    private final VersionedViews<LadderView> views = new VersionedViews<>(1_000);

    LadderService(LadderRepository ladders, LadderEditor editor, ProfilesAccessPolicy policy, CurrentUsers currentUsers,
            PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.ladders = ladders;
        this.editor = editor;
        this.policy = policy;
        this.currentUsers = currentUsers;
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<LadderSummary> ladders(LadderSearch search) {
        CurrentUser user = currentUsers.current();
        UUID owner = search.organisationId() != null ? search.organisationId() : user.organisationId().value();
        return PageResult.of(ladders.findByOrganisation(owner, Paging.of(search.page(), search.size(),
                Sort.by(Sort.Order.asc("name").ignoreCase(), Sort.Order.asc("id")))), Ladder::summary);
    }

    /**
     * Read once per web request (a page asks for the same ladder several times), in a transaction only then; the
     * steps are loaded again only when the ladder's lock version has moved since they were last read.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public LadderView ladder(UUID id) {
        currentUsers.current();
        return RequestMemo.get(LadderView.class, id, () -> reading.execute(tx -> {
            long version = jdbc.sql("SELECT version FROM ladder WHERE id = :id").param("id", id).query(Long.class)
                    .optional().orElseThrow(() -> new NotFoundException("ladder.notFound"));
            return views.get(id, version, () -> find(id).view());
        }));
    }

    @Override
    public LadderView create(LadderCommand command) {
        CurrentUser user = currentUsers.current();
        boolean template = Boolean.TRUE.equals(command.template());
        policy.requireCreate(user, template);
        return editor.create(template ? null : user.organisationId().value(), template, command, IdSource.random())
                .view();
    }

    @Override
    public LadderView update(UUID id, LadderCommand command) {
        CurrentUser user = currentUsers.current();
        Ladder ladder = find(id);
        policy.requireEdit(user, ladder.organisationId());
        if (command.lockVersion() == null) {
            throw new InvalidFieldException("lockVersion", "ladder.lockVersion.required");
        }
        if (command.lockVersion() != ladder.version()) {
            throw new ConflictException("problem.editConflict");
        }
        RequestMemo.forget(LadderView.class, id);
        return editor.replace(ladder, command, IdSource.random()).view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LadderSummary> templates() {
        currentUsers.current();
        return ladders.templates().stream().map(Ladder::summary).toList();
    }

    @Override
    public LadderView copyTemplate(UUID templateId, CopyTemplateCommand command) {
        CurrentUser user = currentUsers.current();
        Ladder template = ladders.findById(templateId).filter(Ladder::template)
                .orElseThrow(() -> new NotFoundException("ladder.template.notFound"));
        policy.requireCreate(user, false);
        return editor.copy(template, user.organisationId().value(), command, IdSource.random()).view();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canCreate() {
        return currentUsers.currentIfAny().map(policy::mayCreate).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canEdit(UUID ladderId) {
        return currentUsers.currentIfAny().flatMap(user -> ladders.findById(ladderId)
                .map(l -> policy.mayEdit(user, l.organisationId()))).orElse(false);
    }

    private Ladder find(UUID id) {
        return ladders.findById(id).orElseThrow(() -> new NotFoundException("ladder.notFound"));
    }
}
