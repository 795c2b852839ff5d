package se.kompetenskedjan.taxonomy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.taxonomy.ConceptType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the two export formats (see src/main/resources/taxonomy/README.md) into memory and checks their structure.
 * Every problem is an {@link InvalidFieldException} on the part ("hierarchy" or "concepts"), before anything is
 * written.
 */
@Component
class ExportReader {

    static final String HIERARCHY = "hierarchy";
    static final String CONCEPTS = "concepts";

    private static final int MAX_ID = 100;
    private static final int MAX_LABEL = 1000;
    private static final int MAX_CODE = 10;
    private static final int MAX_DEFINITION = 20_000;

    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** A concept read from either file; the key identifies it across both: type and JobTech concept id. */
    record Key(ConceptType type, String conceptId) {
    }

    /** A concept placed in the SSYK tree; parent is null on level 1. */
    record TreeNode(Key key, String label, String ssykCode, String definition, Key parent) {
    }

    /** A concept of the flat lists by type. */
    record ListEntry(Key key, String label, String legacyId) {
    }

    /**
     * What an export delivers. hierarchy is null when the part was not sent; listedTypes are the known types the
     * concept lists deliver (with at least one concept); skipped counts concepts of unknown types.
     */
    record Export(List<TreeNode> hierarchy, Map<Key, ListEntry> listed, Set<ConceptType> listedTypes, int skipped) {

        boolean hasHierarchy() {
            return hierarchy != null;
        }

        boolean lists(ConceptType type) {
            return listedTypes.contains(type);
        }
    }

    Export read(InputStreamSource hierarchyFile, InputStreamSource conceptsFile) {
        if (hierarchyFile == null && conceptsFile == null) {
            throw new InvalidFieldException(List.of(new InvalidFieldException.FieldProblem(HIERARCHY, "taxonomy.import.noFile"),
                    new InvalidFieldException.FieldProblem(CONCEPTS, "taxonomy.import.noFile")));
        }
        List<TreeNode> tree = hierarchyFile == null ? null : readHierarchy(parse(hierarchyFile, HIERARCHY));
        Map<Key, ListEntry> listed = new LinkedHashMap<>();
        Set<ConceptType> listedTypes = EnumSet.noneOf(ConceptType.class);
        int skipped = conceptsFile == null ? 0 : readConcepts(parse(conceptsFile, CONCEPTS), listed, listedTypes);
        return new Export(tree, listed, listedTypes, skipped);
    }

    private JsonNode parse(InputStreamSource file, String part) {
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the " + part + " file", e);
        }
        if (isBlank(bytes)) {
            throw new InvalidFieldException(part, "taxonomy.import.empty");
        }
        try {
            JsonNode root = json.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new InvalidFieldException(part, "taxonomy.import.empty");
            }
            return root;
        } catch (JacksonException e) {
            throw new InvalidFieldException(part, "taxonomy.import.notJson");
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    // --- the SSYK hierarchy: {"data": {"concepts": [level-1 {id, preferred_label, type, ssyk_code_2012, narrower: [...]}]}}

    private List<TreeNode> readHierarchy(JsonNode root) {
        JsonNode roots = root.path("data").path("concepts");
        if (!root.isObject() || !roots.isArray()) {
            throw wrongHierarchy();
        }
        if (roots.isEmpty()) {
            throw new InvalidFieldException(HIERARCHY, "taxonomy.import.empty");
        }
        List<TreeNode> nodes = new ArrayList<>();
        Set<Key> seen = new HashSet<>();
        for (JsonNode node : roots) {
            walk(node, ConceptType.SSYK_LEVEL_1, null, nodes, seen);
        }
        return nodes;
    }

    private void walk(JsonNode node, ConceptType expected, Key parent, List<TreeNode> nodes, Set<Key> seen) {
        if (!node.isObject()) {
            throw wrongHierarchy();
        }
        String type = text(node, "type", MAX_ID, true, HIERARCHY);
        if (!expected.jobtechName().equals(type)) {
            throw wrongHierarchy();
        }
        Key key = new Key(expected, text(node, "id", MAX_ID, true, HIERARCHY));
        String label = text(node, "preferred_label", MAX_LABEL, true, HIERARCHY);
        String code = text(node, "ssyk_code_2012", MAX_CODE, false, HIERARCHY);
        String definition = text(node, "definition", MAX_DEFINITION, false, HIERARCHY);
        if (seen.add(key)) { // a concept placed twice keeps its first place
            nodes.add(new TreeNode(key, label, code, definition, parent));
        }
        JsonNode narrower = node.get("narrower");
        if (narrower == null || narrower.isNull()) {
            return;
        }
        ConceptType next = switch (expected) {
            case SSYK_LEVEL_1 -> ConceptType.SSYK_LEVEL_2;
            case SSYK_LEVEL_2 -> ConceptType.SSYK_LEVEL_3;
            case SSYK_LEVEL_3 -> ConceptType.SSYK_LEVEL_4;
            case SSYK_LEVEL_4 -> ConceptType.OCCUPATION_NAME;
            default -> null;
        };
        if (!narrower.isArray() || (next == null && !narrower.isEmpty())) {
            throw wrongHierarchy();
        }
        for (JsonNode child : narrower) {
            walk(child, next, key, nodes, seen);
        }
    }

    // --- the concept lists: {"<type>": {"<legacy id>": {conceptId, preferredLabel, type, legacyAmsTaxonomyId}}}

    private int readConcepts(JsonNode root, Map<Key, ListEntry> listed, Set<ConceptType> listedTypes) {
        if (!root.isObject()) {
            throw wrongConcepts();
        }
        int skipped = 0;
        for (Map.Entry<String, JsonNode> group : root.properties()) {
            String typeName = group.getKey();
            JsonNode entries = group.getValue();
            if (!entries.isObject() || typeName.length() > MAX_ID) {
                throw wrongConcepts();
            }
            ConceptType type = ConceptType.fromJobtechName(typeName).orElse(null);
            for (Map.Entry<String, JsonNode> item : entries.properties()) {
                JsonNode entry = item.getValue();
                if (!entry.isObject() || !typeName.equals(text(entry, "type", MAX_ID, true, CONCEPTS))) {
                    throw wrongConcepts();
                }
                String conceptId = text(entry, "conceptId", MAX_ID, true, CONCEPTS);
                String label = text(entry, "preferredLabel", MAX_LABEL, true, CONCEPTS);
                String legacyId = text(entry, "legacyAmsTaxonomyId", MAX_ID, false, CONCEPTS);
                if (type == null) {
                    skipped++;
                    continue;
                }
                listed.putIfAbsent(new Key(type, conceptId), new ListEntry(new Key(type, conceptId), label, legacyId));
                listedTypes.add(type);
            }
        }
        if (listed.isEmpty()) {
            throw new InvalidFieldException(CONCEPTS, "taxonomy.import.empty");
        }
        return skipped;
    }

    /** A string (or number) property; blank counts as absent. */
    private static String text(JsonNode node, String name, int maxLength, boolean required, String part) {
        JsonNode value = node.get(name);
        String text = null;
        if (value != null && (value.isString() || value.isNumber())) {
            text = value.asString().strip();
        } else if (value != null && !value.isNull()) {
            throw part.equals(HIERARCHY) ? wrongHierarchy() : wrongConcepts();
        }
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if ((required && text == null) || (text != null && text.length() > maxLength)) {
            throw part.equals(HIERARCHY) ? wrongHierarchy() : wrongConcepts();
        }
        return text;
    }

    private static InvalidFieldException wrongHierarchy() {
        return new InvalidFieldException(HIERARCHY, "taxonomy.import.hierarchy.wrongStructure");
    }

    private static InvalidFieldException wrongConcepts() {
        return new InvalidFieldException(CONCEPTS, "taxonomy.import.concepts.wrongStructure");
    }
}
