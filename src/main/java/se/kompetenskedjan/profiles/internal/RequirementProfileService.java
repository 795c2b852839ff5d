package se.kompetenskedjan.profiles.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import se.kompetenskedjan.profiles.LockCommand;
import se.kompetenskedjan.profiles.ProfileCommand;
import se.kompetenskedjan.profiles.ProfileStatus;
import se.kompetenskedjan.profiles.ProfileSummary;
import se.kompetenskedjan.profiles.ProfileSearch;
import se.kompetenskedjan.profiles.ProfileVersionSummary;
import se.kompetenskedjan.profiles.ProfileVersionView;
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.RequestMemo;
import se.kompetenskedjan.shared.Paging;

@Service
@Transactional
class RequirementProfileService implements RequirementProfiles {

    private final RequirementProfileRepository profiles;
    private final ProfileVersionRepository versions;
    private final ProfileEditor editor;
    private final ProfilesAccessPolicy policy;
    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;
    private final VersionedViews<ProfileVersionView> publishedViews = new VersionedViews<>(1_000);
    private final TransactionTemplate reading;

    RequirementProfileService(RequirementProfileRepository profiles, ProfileVersionRepository versions,
            ProfileEditor editor, ProfilesAccessPolicy policy, CurrentUsers currentUsers, JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.profiles = profiles;
        this.versions = versions;
        this.editor = editor;
        this.policy = policy;
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<ProfileSummary> profiles(ProfileSearch search) {
        CurrentUser user = currentUsers.current();
        boolean template = Boolean.TRUE.equals(search.template());
        UUID owner = template ? null
                : search.organisationId() != null ? search.organisationId() : user.organisationId().value();
        boolean drafts = policy.maySeeDrafts(user, owner);
        var pageRequest = Paging.of(search.page(), search.size(), Sort.unsorted());
        String ownerCondition = owner == null ? "p.organisation_id is null" : "p.organisation_id = :owner";
        String visible = "(:drafts or v.status <> 'DRAFT')";
        long total = jdbc.sql("""
                select count(*) from requirement_profile p
                 where %s and exists (select 1 from requirement_profile_version v where v.profile_id = p.id and %s)"""
                        .formatted(ownerCondition, visible))
                .params(params(owner, drafts)).query(Long.class).single();
        String query = """
                select p.id as profile_id, v.id as version_id, v.version_number, v.status, v.title, v.easy_title,
                       p.organisation_id, v.occupation_label, v.ssyk_code, v.published_at,
                       (select count(*) from requirement_item i where i.version_id = v.id) as item_count,
                       exists (select 1 from requirement_profile_version d
                                where d.profile_id = p.id and d.status = 'DRAFT') as has_draft
                  from requirement_profile p
                  join lateral (select * from requirement_profile_version v
                                 where v.profile_id = p.id and %s
                                 order by (v.status = 'PUBLISHED') desc, v.version_number desc limit 1) v on true
                 where %s
                 order by lower(v.title), p.id
                 limit :limit offset :offset""".formatted(visible, ownerCondition);
        List<ProfileSummary> rows = jdbc.sql(query)
                .params(params(owner, drafts))
                .param("limit", pageRequest.getPageSize()).param("offset", pageRequest.getOffset())
                .query((rs, n) -> new ProfileSummary(rs.getObject("profile_id", UUID.class),
                        rs.getObject("version_id", UUID.class), rs.getInt("version_number"),
                        ProfileStatus.valueOf(rs.getString("status")), rs.getString("title"),
                        rs.getString("easy_title"), rs.getObject("organisation_id", UUID.class),
                        rs.getString("occupation_label"), rs.getString("ssyk_code"),
                        rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant(),
                        rs.getInt("item_count"), drafts && rs.getBoolean("has_draft")))
                .list();
        int size = pageRequest.getPageSize();
        return new PageResult<>(rows, pageRequest.getPageNumber(), size, total, (int) ((total + size - 1) / size));
    }

    private static Map<String, Object> params(UUID owner, boolean drafts) {
        Map<String, Object> params = new HashMap<>();
        params.put("drafts", drafts);
        if (owner != null) {
            params.put("owner", owner);
        }
        return params;
    }

    @Override
    public ProfileVersionView create(ProfileCommand command) {
        CurrentUser user = currentUsers.current();
        boolean template = Boolean.TRUE.equals(command.template());
        policy.requireCreate(user, template);
        return editor.create(template ? null : user.organisationId().value(), command, IdSource.random()).view();
    }

    @Override
    @Transactional(readOnly = true)
    public ProfileVersionView current(UUID profileId) {
        CurrentUser user = currentUsers.current();
        List<ProfileVersion> history = history(profileId);
        return history.stream().filter(v -> v.status() == ProfileStatus.PUBLISHED).findFirst()
                .or(() -> history.stream().filter(v -> visible(user, v)).findFirst())
                .orElseThrow(() -> new NotFoundException("profile.notFound")).view();
    }

    @Override
    @Transactional(readOnly = true)
    public ProfileVersionView latestPublished(UUID profileId) {
        currentUsers.current();
        return history(profileId).stream().filter(v -> v.status() == ProfileStatus.PUBLISHED).findFirst()
                .orElseThrow(() -> new NotFoundException("profile.notPublished")).view();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<UUID, se.kompetenskedjan.profiles.RequirementType> platformItemTypes(UUID versionId) {
        return jdbc.sql("""
                SELECT i.item_key, i.type FROM requirement_item i
                  JOIN requirement_profile_version v ON v.id = i.version_id
                  JOIN requirement_profile p ON p.id = v.profile_id
                 WHERE i.version_id = :v AND p.organisation_id IS NULL""")
                .param("v", versionId)
                .query((rs, n) -> java.util.Map.entry(rs.getObject("item_key", UUID.class),
                        se.kompetenskedjan.profiles.RequirementType.valueOf(rs.getString("type"))))
                .list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        java.util.Map.Entry::getValue));
    }

    /**
     * Read once per web request (a page asks for the same version several times), in a transaction only then; a
     * published or retired version's items and tasks are loaded again only when its lock version has moved.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public ProfileVersionView version(UUID versionId) {
        CurrentUser user = currentUsers.current();
        return RequestMemo.get(ProfileVersionView.class, versionId, () -> reading.execute(tx -> {
            Long published = jdbc.sql("""
                    SELECT lock_version FROM requirement_profile_version WHERE id = :id AND status <> 'DRAFT'""")
                    .param("id", versionId).query(Long.class).optional().orElse(null);
            if (published != null) {
                return publishedViews.get(versionId, published, () -> find(versionId).view());
            }
            ProfileVersion version = find(versionId);
            if (version.draft()) {
                policy.requireDrafts(user, version.organisationId());
            }
            return version.view();
        }));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProfileVersionSummary> versions(UUID profileId) {
        CurrentUser user = currentUsers.current();
        return history(profileId).stream().filter(v -> visible(user, v)).map(ProfileVersion::versionSummary).toList();
    }

    @Override
    public ProfileVersionView updateDraft(UUID versionId, ProfileCommand command) {
        CurrentUser user = currentUsers.current();
        ProfileVersion version = find(versionId);
        policy.requireEdit(user, version.organisationId());
        checkLock(command.lockVersion(), version);
        RequestMemo.forget(ProfileVersionView.class, versionId);
        return editor.replaceDraft(version, command, IdSource.random()).view();
    }

    @Override
    public ProfileVersionView publish(UUID versionId, LockCommand command) {
        CurrentUser user = currentUsers.current();
        ProfileVersion version = find(versionId);
        policy.requireEdit(user, version.organisationId());
        checkLock(command.lockVersion(), version);
        RequestMemo.forget(ProfileVersionView.class, versionId);
        return editor.publish(version).view();
    }

    @Override
    public ProfileVersionView newVersion(UUID profileId) {
        CurrentUser user = currentUsers.current();
        RequirementProfile profile = profiles.findById(profileId)
                .orElseThrow(() -> new NotFoundException("profile.notFound"));
        policy.requireEdit(user, profile.organisationId());
        return editor.newVersion(profileId, IdSource.random()).view();
    }

    @Override
    public ProfileVersionView retire(UUID versionId, LockCommand command) {
        CurrentUser user = currentUsers.current();
        ProfileVersion version = find(versionId);
        policy.requireEdit(user, version.organisationId());
        checkLock(command.lockVersion(), version);
        RequestMemo.forget(ProfileVersionView.class, versionId);
        return editor.retire(version).view();
    }

    @Override
    public void discardDraft(UUID versionId) {
        CurrentUser user = currentUsers.current();
        ProfileVersion version = find(versionId);
        policy.requireEdit(user, version.organisationId());
        RequestMemo.forget(ProfileVersionView.class, versionId);
        editor.discardDraft(version);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canCreate() {
        return currentUsers.currentIfAny().map(policy::mayCreate).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canEdit(UUID profileId) {
        return currentUsers.currentIfAny().flatMap(user -> profiles.findById(profileId)
                .map(p -> policy.mayEdit(user, p.organisationId()))).orElse(false);
    }

    private boolean visible(CurrentUser user, ProfileVersion version) {
        return !version.draft() || policy.maySeeDrafts(user, version.organisationId());
    }

    private List<ProfileVersion> history(UUID profileId) {
        List<ProfileVersion> history = versions.history(profileId);
        if (history.isEmpty()) {
            throw new NotFoundException("profile.notFound");
        }
        return history;
    }

    private ProfileVersion find(UUID versionId) {
        return versions.findById(versionId).orElseThrow(() -> new NotFoundException("profile.version.notFound"));
    }

    private static void checkLock(Long lockVersion, ProfileVersion version) {
        if (lockVersion == null) {
            throw new InvalidFieldException("lockVersion", "profile.lockVersion.required");
        }
        if (lockVersion != version.lockVersion()) {
            throw new ConflictException("problem.editConflict");
        }
    }
}
