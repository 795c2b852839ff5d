package se.kompetenskedjan.checklists.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.checklists.ChecklistChangeType;
import se.kompetenskedjan.checklists.ChecklistChangeView;
import se.kompetenskedjan.checklists.ChecklistItemCommand;
import se.kompetenskedjan.checklists.ChecklistItemView;
import se.kompetenskedjan.checklists.ChecklistSummary;
import se.kompetenskedjan.checklists.ChecklistTemplateCommand;
import se.kompetenskedjan.checklists.ChecklistTemplateSearch;
import se.kompetenskedjan.checklists.ChecklistTemplateSummary;
import se.kompetenskedjan.checklists.ChecklistTemplateView;
import se.kompetenskedjan.checklists.ChecklistView;
import se.kompetenskedjan.checklists.Checklists;
import se.kompetenskedjan.checklists.Industry;
import se.kompetenskedjan.checklists.LockCommand;
import se.kompetenskedjan.checklists.MoveCommand;
import se.kompetenskedjan.checklists.NewChecklistCommand;
import se.kompetenskedjan.checklists.RenameCommand;
import se.kompetenskedjan.checklists.RewordCommand;
import se.kompetenskedjan.checklists.TemplateItemCommand;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.placements.PlacementDirectory;
import se.kompetenskedjan.placements.PlacementHeader;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.profiles.ProfileVersionView;
import se.kompetenskedjan.profiles.RequirementItemView;
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.RequestMemo;
import se.kompetenskedjan.shared.Texts;

@Service
@Transactional
class ChecklistService implements Checklists {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final RequirementProfiles profiles;
    private final Placements placements;
    private final PlacementDirectory placementDirectory;
    private final ParticipantRegister participants;
    private final ValidationAccess access;
    private final Clock clock;

    ChecklistService(JdbcClient jdbc, CurrentUsers currentUsers, IdentityDirectory identity,
            RequirementProfiles profiles, Placements placements, PlacementDirectory placementDirectory,
            ParticipantRegister participants, ValidationAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.profiles = profiles;
        this.placements = placements;
        this.placementDirectory = placementDirectory;
        this.participants = participants;
        this.access = access;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ templates

    @Override
    @Transactional(readOnly = true)
    public PageResult<ChecklistTemplateSummary> templates(ChecklistTemplateSearch search) {
        CurrentUser user = currentUsers.current();
        access.requireStaff(user);
        var paging = Paging.of(search.page(), search.size(), org.springframework.data.domain.Sort.unsorted());
        String where = "(t.organisation_id IS NULL OR t.organisation_id = :org)"
                + (search.industry() == null ? "" : " AND t.industry = :industry");
        Map<String, Object> params = new HashMap<>();
        params.put("org", user.organisationId().value());
        if (search.industry() != null) {
            params.put("industry", search.industry().name());
        }
        long total = jdbc.sql("SELECT count(*) FROM checklist_template t WHERE " + where).params(params)
                .query(Long.class).single();
        List<ChecklistTemplateSummary> items = jdbc.sql("""
                SELECT t.id, t.organisation_id, t.industry, t.title, t.easy_title, t.profile_version_id, t.updated_at,
                       (SELECT count(*) FROM checklist_template_item i WHERE i.template_id = t.id AND i.removed_at IS NULL) AS n
                  FROM checklist_template t WHERE \s""" + where + " " + """
                 ORDER BY t.organisation_id IS NOT NULL, t.industry, t.title LIMIT :limit OFFSET :offset""")
                .params(params).param("limit", paging.getPageSize()).param("offset", paging.getOffset())
                .query((rs, n) -> new ChecklistTemplateSummary(uuid(rs, "id"), uuid(rs, "organisation_id"),
                        Industry.valueOf(rs.getString("industry")), rs.getString("title"), rs.getString("easy_title"),
                        uuid(rs, "profile_version_id"), rs.getInt("n"), instant(rs, "updated_at"))).list();
        int pages = (int) ((total + paging.getPageSize() - 1) / paging.getPageSize());
        return new PageResult<>(items, paging.getPageNumber(), paging.getPageSize(), total, pages);
    }

    @Override
    @Transactional(readOnly = true)
    public ChecklistTemplateView template(UUID templateId) {
        CurrentUser user = currentUsers.current();
        access.requireStaff(user);
        return templateView(user, templateId);
    }

    @Override
    public boolean canCreateTemplates() {
        return currentUsers.currentIfAny().map(access::mayCreateTemplates).orElse(false);
    }

    @Override
    public ChecklistTemplateView createTemplate(ChecklistTemplateCommand command) {
        CurrentUser user = currentUsers.current();
        boolean platform = Boolean.TRUE.equals(command.platform());
        if (platform ? !access.mayManagePlatformTemplates(user) : !access.mayCreateTemplates(user)) {
            throw new AccessDeniedException("may not create checklist templates");
        }
        ProfileVersionView profile = checkTemplate(command, Set.of());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO checklist_template (id, organisation_id, industry, title, easy_title, profile_version_id)
                VALUES (:id, :org, :industry, :title, :easy, :profile)""")
                .param("id", id).param("org", platform ? null : user.organisationId().value())
                .param("industry", command.industry().name()).param("title", command.title().strip())
                .param("easy", Texts.blankToNull(command.easyTitle())).param("profile", profile.versionId()).update();
        writeTemplateItems(id, command.items(), Set.of());
        return templateView(user, id);
    }

    @Override
    public ChecklistTemplateView updateTemplate(UUID templateId, ChecklistTemplateCommand command) {
        CurrentUser user = currentUsers.current();
        access.requireStaff(user);
        // A platform template has no owner (NULL), so the row is wrapped to tell "no owner" from "no template".
        UUID owner = jdbc.sql("SELECT organisation_id FROM checklist_template WHERE id = :id").param("id", templateId)
                .query((rs, n) -> Optional.ofNullable(uuid(rs, "organisation_id"))).optional()
                .orElseThrow(() -> new NotFoundException("checklist.template.notFound")).orElse(null);
        access.requireEditTemplate(user, owner);
        if (command.lockVersion() == null) {
            throw new InvalidFieldException("lockVersion", "checklist.lockVersion.required");
        }
        Set<UUID> existing = Set.copyOf(jdbc.sql(
                "SELECT id FROM checklist_template_item WHERE template_id = :t AND removed_at IS NULL")
                .param("t", templateId).query(UUID.class).list());
        ProfileVersionView profile = checkTemplate(command, existing);
        int updated = jdbc.sql("""
                UPDATE checklist_template SET industry = :industry, title = :title, easy_title = :easy,
                       profile_version_id = :profile, updated_at = :now, lock_version = lock_version + 1
                 WHERE id = :id AND lock_version = :lock""")
                .param("industry", command.industry().name()).param("now", Timestamp.from(clock.instant())).param("title", command.title().strip())
                .param("easy", Texts.blankToNull(command.easyTitle())).param("profile", profile.versionId())
                .param("id", templateId).param("lock", command.lockVersion()).update();
        if (updated == 0) {
            throw new ConflictException("checklist.stale");
        }
        writeTemplateItems(templateId, command.items(), existing);
        return templateView(user, templateId);
    }

    private ProfileVersionView checkTemplate(ChecklistTemplateCommand command, Set<UUID> existingItems) {
        ProfileVersionView profile;
        try {
            profile = profiles.version(command.profileVersionId());
        } catch (NotFoundException | AccessDeniedException e) {
            throw new InvalidFieldException("profileVersionId", "checklist.profile.unknown");
        }
        Set<UUID> keys = profile.items().stream().map(RequirementItemView::itemKey).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < command.items().size(); i++) {
            TemplateItemCommand item = command.items().get(i);
            if (!keys.contains(item.itemKey())) {
                problems.add(new FieldProblem("items[" + i + "].itemKey", "checklist.item.itemKey.unknown"));
            }
            if (item.id() != null && !existingItems.contains(item.id())) {
                problems.add(new FieldProblem("items[" + i + "].id", "checklist.item.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return profile;
    }

    /** Writes the items in order: kept ones updated, new ones added, the others marked removed. */
    private void writeTemplateItems(UUID templateId, List<TemplateItemCommand> items, Set<UUID> existing) {
        Set<UUID> kept = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            TemplateItemCommand item = items.get(i);
            if (item.id() != null && kept.add(item.id())) {
                jdbc.sql("""
                        UPDATE checklist_template_item SET position = :pos, item_key = :key, text = :text,
                               easy_text = :easy, descriptor_0 = :d0, descriptor_1 = :d1, descriptor_2 = :d2,
                               descriptor_3 = :d3 WHERE id = :id""")
                        .params(templateItemParams(item, i + 1)).param("id", item.id()).update();
            } else {
                jdbc.sql("""
                        INSERT INTO checklist_template_item (id, template_id, position, item_key, text, easy_text,
                            descriptor_0, descriptor_1, descriptor_2, descriptor_3)
                        VALUES (:id, :template, :pos, :key, :text, :easy, :d0, :d1, :d2, :d3)""")
                        .params(templateItemParams(item, i + 1)).param("id", UUID.randomUUID())
                        .param("template", templateId).update();
            }
        }
        for (UUID gone : existing) {
            if (!kept.contains(gone)) {
                jdbc.sql("UPDATE checklist_template_item SET removed_at = :now WHERE id = :id").param("id", gone)
                        .param("now", Timestamp.from(clock.instant())).update();
            }
        }
    }

    private static Map<String, Object> templateItemParams(TemplateItemCommand item, int position) {
        Map<String, Object> params = new HashMap<>();
        params.put("pos", position);
        params.put("key", item.itemKey());
        params.put("text", item.text().strip());
        params.put("easy", item.easyText().strip());
        params.put("d0", Texts.blankToNull(item.descriptor0()));
        params.put("d1", Texts.blankToNull(item.descriptor1()));
        params.put("d2", Texts.blankToNull(item.descriptor2()));
        params.put("d3", Texts.blankToNull(item.descriptor3()));
        return params;
    }

    private ChecklistTemplateView templateView(CurrentUser user, UUID templateId) {
        record Row(UUID id, UUID org, Industry industry, String title, String easyTitle, UUID profileVersionId,
                Instant updatedAt, long lockVersion) {
        }
        Row row = jdbc.sql("SELECT * FROM checklist_template WHERE id = :id").param("id", templateId)
                .query((rs, n) -> new Row(uuid(rs, "id"), uuid(rs, "organisation_id"),
                        Industry.valueOf(rs.getString("industry")), rs.getString("title"), rs.getString("easy_title"),
                        uuid(rs, "profile_version_id"), instant(rs, "updated_at"), rs.getLong("lock_version")))
                .optional().orElseThrow(() -> new NotFoundException("checklist.template.notFound"));
        ProfileVersionView profile = profiles.version(row.profileVersionId());
        Map<UUID, Boolean> yesNo = profile.items().stream()
                .collect(Collectors.toMap(RequirementItemView::itemKey, i -> i.type().yesNo(), (a, b) -> a));
        List<ChecklistItemView> items = jdbc.sql("""
                SELECT * FROM checklist_template_item WHERE template_id = :t AND removed_at IS NULL ORDER BY position""")
                .param("t", templateId)
                .query((rs, n) -> new ChecklistItemView(uuid(rs, "id"), rs.getInt("position"), uuid(rs, "item_key"),
                        yesNo.getOrDefault(uuid(rs, "item_key"), false), rs.getString("text"), rs.getString("easy_text"),
                        descriptors(rs), null, false)).list();
        String organisationName = row.org() == null ? null
                : identity.organisationNames(List.of(row.org())).get(row.org());
        return new ChecklistTemplateView(row.id(), row.org(), organisationName, row.industry(), row.title(),
                row.easyTitle(), row.profileVersionId(), profile.title(), items, row.updatedAt(), row.lockVersion(),
                access.mayEditTemplate(user, row.org()));
    }

    // ------------------------------------------------------------------------------------------ tailored checklists

    record Placement(UUID id, UUID organisationId, String title) {
    }

    Placement placement(UUID placementId) {
        return placementDirectory.header(placementId)
                .map(p -> new Placement(p.id(), p.organisationId(), p.title()))
                .orElseThrow(() -> new NotFoundException("placement.unknown"));
    }

    /** Read access to a placement's checklists; returns whether the user may also tailor them. */
    boolean requireReadPlacement(CurrentUser user, Placement placement) {
        if (user.is(Role.PARTICIPANT)) {
            if (user.participantId() == null || !access.placedAt(user.participantId(), placement.id())) {
                throw new NotFoundException("checklist.notFound");
            }
            return false;
        }
        if (access.mayTailor(user, placement.id(), placement.organisationId())) {
            return true;
        }
        placements.get(placement.id()); // not visible: 404
        return false;
    }

    private void requireTailor(CurrentUser user, Placement placement) {
        if (!requireReadPlacement(user, placement)) {
            throw new AccessDeniedException("may not tailor the checklists of this placement");
        }
    }

    @Override
    public boolean mayTailor(UUID placementId) {
        CurrentUser user = currentUsers.current();
        Placement placement = placement(placementId);
        return !user.is(Role.PARTICIPANT) && access.mayTailor(user, placement.id(), placement.organisationId());
    }

    @Override
    public ChecklistView create(UUID placementId, NewChecklistCommand command) {
        CurrentUser user = currentUsers.current();
        Placement placement = placement(placementId);
        requireTailor(user, placement);
        ChecklistTemplateView template;
        try {
            template = templateView(user, command.templateId());
        } catch (NotFoundException e) {
            throw new InvalidFieldException("templateId", "checklist.template.unknown");
        }
        UUID id = UUID.randomUUID();
        String title = Texts.blankToNull(command.title()) != null ? command.title().strip() : template.title();
        String easyTitle = Texts.blankToNull(command.easyTitle()) != null ? command.easyTitle().strip() : template.easyTitle();
        jdbc.sql("""
                INSERT INTO checklist (id, placement_id, template_id, profile_version_id, title, easy_title, created_by)
                VALUES (:id, :placement, :template, :profile, :title, :easy, :by)""")
                .param("id", id).param("placement", placementId).param("template", template.id())
                .param("profile", template.profileVersionId()).param("title", title).param("easy", easyTitle)
                .param("by", user.id().value()).update();
        for (ChecklistItemView item : template.items()) {
            jdbc.sql("""
                    INSERT INTO checklist_item (id, checklist_id, position, item_key, yes_no, text, easy_text,
                        descriptor_0, descriptor_1, descriptor_2, descriptor_3, origin_template_item_id)
                    VALUES (:id, :checklist, :pos, :key, :yesNo, :text, :easy, :d0, :d1, :d2, :d3, :origin)""")
                    .param("id", UUID.randomUUID()).param("checklist", id).param("pos", item.position())
                    .param("key", item.itemKey()).param("yesNo", item.yesNo()).param("text", item.text())
                    .param("easy", item.easyText()).param("d0", item.descriptor(0)).param("d1", item.descriptor(1))
                    .param("d2", item.descriptor(2)).param("d3", item.descriptor(3)).param("origin", item.id()).update();
        }
        change(user, id, null, ChecklistChangeType.CREATED, null, template.title());
        return view(user, id, true);
    }

    @Override
    public ChecklistView get(UUID checklistId) {
        CurrentUser user = currentUsers.current();
        return view(user, checklistId, requireReadChecklist(user, checklistId));
    }

    /** The checklist page asks for a checklist and its history: the same user's access is decided once per request. */
    private record ReadAccess() {
    }

    private boolean requireReadChecklist(CurrentUser user, UUID checklistId) {
        return RequestMemo.get(ReadAccess.class, checklistId,
                () -> requireReadPlacement(user, placement(placementOf(checklistId))));
    }

    /** The checklist's row for the assessments: its placement, profile version and items; read access checked by the caller. */
    UUID placementOf(UUID checklistId) {
        return jdbc.sql("SELECT placement_id FROM checklist WHERE id = :id").param("id", checklistId)
                .query(UUID.class).optional().orElseThrow(() -> new NotFoundException("checklist.notFound"));
    }

    @Override
    public List<ChecklistSummary> forPlacement(UUID placementId) {
        CurrentUser user = currentUsers.current();
        requireReadPlacement(user, placement(placementId));
        return summaries("c.placement_id = :p", Map.of("p", placementId));
    }

    @Override
    public List<ChecklistSummary> forParticipant(UUID participantId) {
        ParticipantAccess read = participants.access(participantId, AccessNeed.READ, "checklists");
        Set<UUID> places = placementDirectory.placesOf(participantId, ValidationAccess.PLACED);
        return places.isEmpty() ? List.of() : summaries("c.placement_id IN (:places)", Map.of("places", places));
    }

    private List<ChecklistSummary> summaries(String where, Map<String, Object> params) {
        List<ChecklistSummary> found = jdbc.sql("""
                SELECT c.id, c.placement_id, c.title, c.easy_title, c.updated_at,
                       (SELECT count(*) FROM checklist_item i WHERE i.checklist_id = c.id AND i.removed_at IS NULL) AS n
                  FROM checklist c WHERE \s""" + where + " " + """
                 ORDER BY c.created_at DESC LIMIT 100""")
                .params(params)
                .query((rs, n) -> new ChecklistSummary(uuid(rs, "id"), uuid(rs, "placement_id"), null,
                        rs.getString("title"), rs.getString("easy_title"), rs.getInt("n"), instant(rs, "updated_at")))
                .list();
        Map<UUID, String> titles = placementTitles(found.stream().map(ChecklistSummary::placementId).toList());
        return found.stream().map(c -> new ChecklistSummary(c.id(), c.placementId(), titles.get(c.placementId()),
                c.title(), c.easyTitle(), c.itemCount(), c.updatedAt())).toList();
    }

    Map<UUID, String> placementTitles(Collection<UUID> placementIds) {
        return placementDirectory.headers(placementIds).stream()
                .collect(Collectors.toMap(PlacementHeader::id, PlacementHeader::title));
    }

    @Override
    public ChecklistView addItem(UUID checklistId, ChecklistItemCommand command) {
        CurrentUser user = currentUsers.current();
        requireTailor(user, placement(placementOf(checklistId)));
        UUID profileVersion = jdbc.sql("SELECT profile_version_id FROM checklist WHERE id = :id")
                .param("id", checklistId).query((rs, n) -> uuid(rs, "profile_version_id")).single();
        boolean yesNo = Boolean.TRUE.equals(command.yesNo());
        if (command.itemKey() != null) {
            RequirementItemView requirement = profileVersion == null ? null : profiles.version(profileVersion).items()
                    .stream().filter(i -> i.itemKey().equals(command.itemKey())).findFirst().orElse(null);
            if (requirement == null) {
                throw new InvalidFieldException("itemKey", "checklist.item.itemKey.unknown");
            }
            yesNo = requirement.type().yesNo();
        }
        bump(checklistId, command.lockVersion());
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM checklist_item WHERE checklist_id = :c"
                + " AND removed_at IS NULL").param("c", checklistId).query(Integer.class).single();
        UUID itemId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO checklist_item (id, checklist_id, position, item_key, yes_no, text, easy_text,
                    descriptor_0, descriptor_1, descriptor_2, descriptor_3)
                VALUES (:id, :checklist, :pos, :key, :yesNo, :text, :easy, :d0, :d1, :d2, :d3)""")
                .param("id", itemId).param("checklist", checklistId).param("pos", position)
                .param("key", command.itemKey()).param("yesNo", yesNo).param("text", command.text().strip())
                .param("easy", command.easyText().strip()).param("d0", Texts.blankToNull(command.descriptor0()))
                .param("d1", Texts.blankToNull(command.descriptor1())).param("d2", Texts.blankToNull(command.descriptor2()))
                .param("d3", Texts.blankToNull(command.descriptor3())).update();
        change(user, checklistId, itemId, ChecklistChangeType.ITEM_ADDED, null, command.text().strip());
        return view(user, checklistId, true);
    }

    @Override
    public ChecklistView removeItem(UUID checklistId, UUID itemId, LockCommand command) {
        CurrentUser user = currentUsers.current();
        requireTailor(user, placement(placementOf(checklistId)));
        String text = activeItemText(checklistId, itemId);
        bump(checklistId, command.lockVersion());
        jdbc.sql("UPDATE checklist_item SET removed_at = :now WHERE id = :id").param("id", itemId)
                .param("now", Timestamp.from(clock.instant())).update();
        renumber(checklistId, activeIds(checklistId));
        change(user, checklistId, itemId, ChecklistChangeType.ITEM_REMOVED, text, null);
        return view(user, checklistId, true);
    }

    @Override
    public ChecklistView rewordItem(UUID checklistId, UUID itemId, RewordCommand command) {
        CurrentUser user = currentUsers.current();
        requireTailor(user, placement(placementOf(checklistId)));
        String before = activeItemText(checklistId, itemId);
        bump(checklistId, command.lockVersion());
        jdbc.sql("""
                UPDATE checklist_item SET text = :text, easy_text = :easy, descriptor_0 = :d0, descriptor_1 = :d1,
                       descriptor_2 = :d2, descriptor_3 = :d3 WHERE id = :id""")
                .param("text", command.text().strip()).param("easy", command.easyText().strip())
                .param("d0", Texts.blankToNull(command.descriptor0())).param("d1", Texts.blankToNull(command.descriptor1()))
                .param("d2", Texts.blankToNull(command.descriptor2())).param("d3", Texts.blankToNull(command.descriptor3()))
                .param("id", itemId).update();
        change(user, checklistId, itemId, ChecklistChangeType.ITEM_REWORDED, before, command.text().strip());
        return view(user, checklistId, true);
    }

    @Override
    public ChecklistView moveItem(UUID checklistId, UUID itemId, MoveCommand command) {
        CurrentUser user = currentUsers.current();
        requireTailor(user, placement(placementOf(checklistId)));
        String text = activeItemText(checklistId, itemId);
        List<UUID> ids = new ArrayList<>(activeIds(checklistId));
        int from = ids.indexOf(itemId);
        if (command.position() > ids.size()) {
            throw new InvalidFieldException("position", "checklist.position.range");
        }
        bump(checklistId, command.lockVersion());
        ids.remove(itemId);
        ids.add(command.position() - 1, itemId);
        renumber(checklistId, ids);
        change(user, checklistId, itemId, ChecklistChangeType.ITEM_MOVED, (from + 1) + ": " + text,
                command.position() + ": " + text);
        return view(user, checklistId, true);
    }

    @Override
    public ChecklistView rename(UUID checklistId, RenameCommand command) {
        CurrentUser user = currentUsers.current();
        requireTailor(user, placement(placementOf(checklistId)));
        String before = jdbc.sql("SELECT title FROM checklist WHERE id = :id").param("id", checklistId)
                .query(String.class).single();
        bump(checklistId, command.lockVersion());
        jdbc.sql("UPDATE checklist SET title = :title, easy_title = :easy WHERE id = :id")
                .param("title", command.title().strip()).param("easy", Texts.blankToNull(command.easyTitle()))
                .param("id", checklistId).update();
        change(user, checklistId, null, ChecklistChangeType.RENAMED, before, command.title().strip());
        return view(user, checklistId, true);
    }

    @Override
    public List<ChecklistChangeView> history(UUID checklistId) {
        CurrentUser user = currentUsers.current();
        requireReadChecklist(user, checklistId);
        return jdbc.sql("""
                SELECT * FROM checklist_change WHERE checklist_id = :c ORDER BY changed_at, id LIMIT 500""")
                .param("c", checklistId)
                .query((rs, n) -> new ChecklistChangeView(uuid(rs, "id"), uuid(rs, "item_id"),
                        ChecklistChangeType.valueOf(rs.getString("change")), rs.getString("before_text"),
                        rs.getString("after_text"), rs.getString("changed_by_name"), instant(rs, "changed_at"))).list();
    }

    private String activeItemText(UUID checklistId, UUID itemId) {
        return jdbc.sql("SELECT text FROM checklist_item WHERE id = :id AND checklist_id = :c AND removed_at IS NULL")
                .param("id", itemId).param("c", checklistId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("checklist.item.notFound"));
    }

    private List<UUID> activeIds(UUID checklistId) {
        return jdbc.sql("SELECT id FROM checklist_item WHERE checklist_id = :c AND removed_at IS NULL ORDER BY position, id")
                .param("c", checklistId).query(UUID.class).list();
    }

    private void renumber(UUID checklistId, List<UUID> ids) {
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("UPDATE checklist_item SET position = :pos WHERE id = :id").param("pos", i + 1)
                    .param("id", ids.get(i)).update();
        }
    }

    private void bump(UUID checklistId, Long lockVersion) {
        if (lockVersion == null) {
            throw new InvalidFieldException("lockVersion", "checklist.lockVersion.required");
        }
        int updated = jdbc.sql("""
                UPDATE checklist SET updated_at = :now, lock_version = lock_version + 1
                 WHERE id = :id AND lock_version = :lock""").param("id", checklistId).param("lock", lockVersion)
                .param("now", Timestamp.from(clock.instant())).update();
        if (updated == 0) {
            throw new ConflictException("checklist.stale");
        }
    }

    private void change(CurrentUser user, UUID checklistId, UUID itemId, ChecklistChangeType type, String before,
            String after) {
        jdbc.sql("""
                INSERT INTO checklist_change (id, checklist_id, item_id, change, before_text, after_text, changed_by,
                    changed_by_name) VALUES (:id, :c, :item, :change, :before, :after, :by, :name)""")
                .param("id", UUID.randomUUID()).param("c", checklistId).param("item", itemId)
                .param("change", type.name()).param("before", clip(before)).param("after", clip(after))
                .param("by", user.id().value()).param("name", clip200(user.displayName())).update();
    }

    private static String clip(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static String clip200(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200);
    }

    ChecklistView view(CurrentUser user, UUID checklistId, boolean mayEdit) {
        record Row(UUID id, UUID placementId, String placementTitle, UUID templateId, String templateTitle,
                UUID profileVersionId, String title, String easyTitle, UUID createdBy, Instant createdAt,
                Instant updatedAt, long lockVersion) {
        }
        Row row = jdbc.sql("""
                SELECT c.*, t.title AS template_title FROM checklist c
                  LEFT JOIN checklist_template t ON t.id = c.template_id
                 WHERE c.id = :id""").param("id", checklistId)
                .query((rs, n) -> new Row(uuid(rs, "id"), uuid(rs, "placement_id"), null,
                        uuid(rs, "template_id"), rs.getString("template_title"), uuid(rs, "profile_version_id"),
                        rs.getString("title"), rs.getString("easy_title"), uuid(rs, "created_by"),
                        instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("lock_version")))
                .optional().orElseThrow(() -> new NotFoundException("checklist.notFound"));
        List<ChecklistItemView> items = items(checklistId);
        String createdBy = identity.displayNames(List.of(row.createdBy())).get(row.createdBy());
        return new ChecklistView(row.id(), row.placementId(),
                placementTitles(List.of(row.placementId())).get(row.placementId()), row.templateId(),
                row.templateTitle(), row.profileVersionId(), row.title(), row.easyTitle(), items, createdBy,
                row.createdAt(), row.updatedAt(), row.lockVersion(), mayEdit);
    }

    List<ChecklistItemView> items(UUID checklistId) {
        return jdbc.sql("""
                SELECT * FROM checklist_item WHERE checklist_id = :c ORDER BY removed_at IS NOT NULL, position, id""")
                .param("c", checklistId)
                .query((rs, n) -> new ChecklistItemView(uuid(rs, "id"), rs.getInt("position"), uuid(rs, "item_key"),
                        rs.getBoolean("yes_no"), rs.getString("text"), rs.getString("easy_text"), descriptors(rs),
                        uuid(rs, "origin_template_item_id"), rs.getTimestamp("removed_at") != null)).list();
    }

    static List<String> descriptors(ResultSet rs) throws SQLException {
        return ChecklistItemView.descriptors(rs.getString("descriptor_0"), rs.getString("descriptor_1"),
                rs.getString("descriptor_2"), rs.getString("descriptor_3"));
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
