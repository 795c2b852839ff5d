package se.kompetenskedjan.taxonomy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.taxonomy.ConceptType;
import se.kompetenskedjan.taxonomy.ConceptView;
import se.kompetenskedjan.taxonomy.ImportResult;

/**
 * Reads the catalogue with SQL. Search: trigram index on the lower-case label for LIKE '%word%', the Swedish full-text index for word forms,
 * the SSYK code and concept id indexes for exact codes; ranked in SQL, paged with LIMIT/OFFSET.
 */
@Component
class ConceptQueries {

    private static final String COLUMNS = "c.id, c.concept_id, c.type, c.label, c.ssyk_code, c.definition, c.parent_id, c.active";
    private static final int MAX_WORDS = 8;

    private final JdbcClient jdbc;

    ConceptQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<ConceptView> search(ConceptType type, String query, boolean includeInactive, PageRequest paging) {
        StringBuilder where = new StringBuilder("where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (type != null) {
            where.append(" and c.type = :type");
            params.put("type", type.jobtechName());
        }
        if (!includeInactive) {
            where.append(" and c.active");
        }
        String rank = "";
        String q = query == null ? "" : query.strip().replaceAll("\\s+", " ");
        if (!q.isEmpty()) {
            List<String> words = Arrays.stream(q.split(" ")).limit(MAX_WORDS).toList();
            List<String> wordMatches = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                wordMatches.add("c.search_label like lower(:w" + i + ")");
                params.put("w" + i, "%" + escapeLike(words.get(i)) + "%");
            }
            String allWords = "(" + String.join(" and ", wordMatches) + ")";
            boolean digits = q.chars().allMatch(Character::isDigit);
            params.put("q", q);
            params.put("prefix", escapeLike(q) + "%");
            params.put("wordPrefix", "% " + escapeLike(q) + "%");
            where.append(" and (").append(allWords)
                    .append(" or c.search_vector @@ plainto_tsquery('swedish', :q)")
                    .append(" or c.concept_id = :q");
            if (digits) {
                where.append(" or c.ssyk_code like :prefix")
                        .append(" or c.parent_id in (select g.id from taxonomy_concept g where g.ssyk_code = :q)");
            }
            where.append(")");
            rank = """
                    case when c.search_label = lower(:q) or c.ssyk_code = :q or c.concept_id = :q then 0
                         when c.search_label like lower(:prefix) or c.ssyk_code like :prefix then 1
                         when (' ' || c.search_label) like lower(:wordPrefix) then 2
                         when %s then 3
                         else 4 end, """.formatted(allWords);
        }
        long total = jdbc.sql("select count(*) from taxonomy_concept c " + where).params(params).query(Long.class).single();
        List<ConceptView> items = total == 0 ? List.of() : jdbc.sql("select " + COLUMNS + " from taxonomy_concept c "
                        + where + " order by " + rank + "(c.parent_id is null and c.ssyk_code is null), c.search_label, c.id"
                        + " limit :limit offset :offset")
                .params(params).param("limit", paging.getPageSize()).param("offset", paging.getOffset())
                .query(ConceptQueries::concept).list();
        int pages = (int) ((total + paging.getPageSize() - 1) / paging.getPageSize());
        return new PageResult<>(items, paging.getPageNumber(), paging.getPageSize(), total, pages);
    }

    Optional<ConceptView> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from taxonomy_concept c where c.id = :id").param("id", id)
                .query(ConceptQueries::concept).optional();
    }

    Optional<ConceptView> findByConceptId(ConceptType type, String conceptId) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from taxonomy_concept c where c.concept_id = :conceptId");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("conceptId", conceptId);
        if (type != null) {
            sql.append(" and c.type = :type");
            params.put("type", type.jobtechName());
        }
        sql.append(" order by c.active desc, c.type limit 1");
        return jdbc.sql(sql.toString()).params(params).query(ConceptQueries::concept).optional();
    }

    List<ConceptView> children(UUID parentId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from taxonomy_concept c where c.parent_id = :id and c.active"
                        + " order by c.ssyk_code nulls last, c.search_label, c.id limit :limit")
                .param("id", parentId).param("limit", limit).query(ConceptQueries::concept).list();
    }

    List<ConceptView> ancestry(UUID id) {
        return jdbc.sql("""
                with recursive chain as (
                    select c.*, 0 as depth from taxonomy_concept c where c.id = :id
                    union all
                    select p.*, chain.depth + 1 from taxonomy_concept p join chain on p.id = chain.parent_id
                    where chain.depth < 10)
                select %s from chain c order by c.depth
                """.formatted(COLUMNS)).param("id", id).query(ConceptQueries::concept).list();
    }

    PageResult<ImportResult> imports(PageRequest paging) {
        long total = jdbc.sql("select count(*) from taxonomy_import").query(Long.class).single();
        List<ImportResult> items = jdbc.sql("""
                select id, imported_at, imported_by, imported_by_name, source, added, updated, deactivated, unchanged,
                       skipped, duration_ms
                from taxonomy_import order by imported_at desc, id limit :limit offset :offset
                """).param("limit", paging.getPageSize()).param("offset", paging.getOffset())
                .query((rs, n) -> new ImportResult(rs.getObject("id", UUID.class),
                        rs.getTimestamp("imported_at").toInstant(), rs.getObject("imported_by", UUID.class),
                        rs.getString("imported_by_name"), rs.getString("source"), rs.getInt("added"),
                        rs.getInt("updated"), rs.getInt("deactivated"), rs.getInt("unchanged"), rs.getInt("skipped"),
                        rs.getLong("duration_ms")))
                .list();
        int pages = (int) ((total + paging.getPageSize() - 1) / paging.getPageSize());
        return new PageResult<>(items, paging.getPageNumber(), paging.getPageSize(), total, pages);
    }

    private static ConceptView concept(ResultSet rs, int row) throws SQLException {
        return new ConceptView(rs.getObject("id", UUID.class), rs.getString("concept_id"),
                ConceptType.fromJobtechName(rs.getString("type")).orElseThrow(), rs.getString("label"),
                rs.getString("ssyk_code"), rs.getString("definition"), rs.getObject("parent_id", UUID.class),
                rs.getBoolean("active"));
    }

    /** The text as a LIKE pattern matching itself literally (backslash is PostgreSQL's default escape). */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
