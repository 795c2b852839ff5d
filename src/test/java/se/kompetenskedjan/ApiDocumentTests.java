package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.ApiResponses.uuid;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document at /v3/api-docs tells the truth (issue 12, item 9): an independent parser (swagger-parser)
 * finds nothing wrong with it; every 4xx is documented as application/problem+json with the ProblemDetail schema;
 * no two types share a schema name; and for every POST and PUT with a JSON body, an example built only from the
 * document's own schema is read by the server without a complaint about its shape, and the status the server then
 * answers (201, 404, 409, ...) is one the document lists for that operation.
 *
 * <p>The examples are sent by accounts of an organisation this class creates (so that what they create stays out of
 * the demo region): its coordinator, else its administrator, else the platform administrator, whichever first gets
 * past the access check. Path ids are those of what an earlier example created under the same collection where there
 * is one (an organisation's units), otherwise unknown ids, answered 404 after the body has been read.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentTests {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/ProblemDetail";
    static final String PROBLEM_TYPE = "urn:kompetenskedjan:problem:";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private String documentText;
    private JsonNode document;

    @BeforeAll
    void readTheDocument() {
        ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).as(docs.body()).isEqualTo(200);
        documentText = docs.body();
        document = docs.json();
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    void anIndependentParserFindsNothingWrongWithTheDocument() {
        SwaggerParseResult result = parse(documentText);

        assertThat(result.getMessages()).as("swagger-parser's messages on /v3/api-docs").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(result.getOpenAPI().getPaths()).hasSizeGreaterThan(100);
    }

    @Test
    void theParserWouldSayWhatIsWrongWithABrokenDocument() {
        ObjectNode broken = (ObjectNode) document.deepCopy();
        ((ObjectNode) broken.path("paths").path("/api/v1/participants").path("post")).remove("responses");
        ((ObjectNode) broken.path("components").path("schemas").path("ParticipantCommand").path("properties"))
                .putObject("coordinator").put("$ref", "#/components/schemas/NoSuchSchema");

        List<String> messages = parse(broken.toString()).getMessages();

        assertThat(messages).anyMatch(m -> m.contains("responses") && m.contains("/api/v1/participants"));
        assertThat(messages).anyMatch(m -> m.contains("NoSuchSchema"));
    }

    private static SwaggerParseResult parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readContents(text, null, options);
    }

    @Test
    void creatingOperationsAreDocumentedAs201AndEvery4xxAsAProblem() {
        JsonNode paths = document.path("paths");
        assertThat(responseCodes(paths.path("/api/v1/participants").path("post"))).contains("201").doesNotContain("200");
        assertThat(responseCodes(paths.path("/api/v1/participants/{id}/consents").path("post"))).contains("201");
        assertThat(responseCodes(paths.path("/api/v1/proposals").path("post"))).contains("201");
        assertThat(responseCodes(paths.path("/api/v1/participants/{id}").path("put"))).contains("200", "400", "401",
                "403", "404", "409", "415").doesNotContain("201");
        assertThat(responseCodes(paths.path("/api/v1/me/password").path("post"))).contains("204").doesNotContain("200");
        assertThat(responseCodes(paths.path("/api/v1/assessments/{id}/evidence/files").path("post"))).contains("413");
        // Public: no sign-in, so neither 401 nor 403
        assertThat(document.path("paths").path("/api/v1/certificates/verify").path("post").path("security").isArray()).isTrue();
        assertThat(responseCodes(paths.path("/api/v1/certificates/verify").path("post"))).doesNotContain("401", "403");
        assertThat(document.path("components").path("securitySchemes").propertyNames()).contains("bearerAuth", "basicAuth");

        JsonNode problem = document.path("components").path("schemas").path("ProblemDetail");
        assertThat(problem.path("properties").propertyNames()).contains("type", "title", "status", "detail", "errors");

        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations++;
                String op = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                Set<String> codes = responseCodes(method.getValue());
                if (codes.contains("200") && codes.contains("201")) {
                    wrong.add(op + ": both 200 and 201");
                }
                if (codes.stream().noneMatch(code -> code.startsWith("2"))) {
                    wrong.add(op + ": no 2xx");
                }
                for (Map.Entry<String, JsonNode> response : method.getValue().path("responses").properties()) {
                    if (response.getKey().startsWith("4")) {
                        JsonNode content = response.getValue().path("content");
                        if (content.size() != 1 || !PROBLEM_REF.equals(content.path(PROBLEM_JSON).path("schema").path("$ref").asString())) {
                            wrong.add(op + " " + response.getKey() + ": " + content);
                        }
                    } else if (response.getValue().path("content").has("*/*")) {
                        wrong.add(op + " " + response.getKey() + ": */* instead of a media type");
                    }
                }
                if (!method.getKey().equals("get") && !codes.containsAll(List.of("409", "415"))) {
                    wrong.add(op + ": a write without 409 or 415");
                }
            }
        }
        assertThat(operations).isGreaterThan(150);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everySchemaNameStandsForOneType() {
        Map<String, Set<String>> typesByName = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : handlerMapping.getHandlerMethods().entrySet()) {
            if (mapping.getKey().getPatternValues().stream().noneMatch(p -> p.startsWith("/api/"))) {
                continue;
            }
            HandlerMethod handler = mapping.getValue();
            schemaNames(handler.getMethod().getGenericReturnType(), typesByName, new TreeSet<>());
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    schemaNames(parameter.getGenericParameterType(), typesByName, new TreeSet<>());
                }
            }
        }
        Map<String, Set<String>> shared = new TreeMap<>();
        typesByName.forEach((name, types) -> {
            if (types.size() > 1) {
                shared.put(name, types);
            }
        });
        assertThat(typesByName).as("schema names of the API's records").hasSizeGreaterThan(100);
        assertThat(shared).as("schema names that stand for more than one type (give one an @Schema(name))").isEmpty();
        assertThat(document.path("components").path("schemas").propertyNames())
                .containsAll(typesByName.keySet().stream().filter(name -> !name.startsWith("PageResult")).toList());
    }

    /** Collects the schema name springdoc gives each of the project's records reachable from the type. */
    private static String schemaNames(Type type, Map<String, Set<String>> names, Set<String> seen) {
        if (type instanceof WildcardType wildcard) {
            return schemaNames(wildcard.getUpperBounds()[0], names, seen);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            StringBuilder name = new StringBuilder(raw.getSimpleName());
            for (Type argument : parameterized.getActualTypeArguments()) {
                String inner = schemaNames(argument, names, seen);
                name.append(inner == null ? "" : inner);
            }
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class
                    || raw == ResponseEntity.class) {
                return null;
            }
            if (raw.getName().startsWith("se.kompetenskedjan.")) {
                names.computeIfAbsent(name.toString(), k -> new TreeSet<>()).add(parameterized.getTypeName());
                schemaNames(raw, names, seen);
            }
            return name.toString();
        }
        if (!(type instanceof Class<?> clazz) || !clazz.getName().startsWith("se.kompetenskedjan.") || clazz.isEnum()) {
            return type instanceof Class<?> c ? c.getSimpleName() : null;
        }
        Schema annotation = clazz.getAnnotation(Schema.class);
        String name = annotation != null && !annotation.name().isEmpty() ? annotation.name() : clazz.getSimpleName();
        if (clazz.getTypeParameters().length == 0) {
            names.computeIfAbsent(name, k -> new TreeSet<>()).add(clazz.getName());
        }
        if (seen.add(clazz.getName()) && clazz.isRecord()) {
            for (RecordComponent component : clazz.getRecordComponents()) {
                schemaNames(component.getGenericType(), names, seen);
            }
        }
        return name;
    }

    private static Set<String> responseCodes(JsonNode operation) {
        return new TreeSet<>(operation.path("responses").propertyNames());
    }

    // ------------------------------------------------------------------------------------------------------------

    /** One POST or PUT with a JSON body, as sent and as answered. */
    record Sent(String operation, String caller, int status, String body) {
    }

    @Test
    void everyPostAndPutAcceptsTheShapeItsSchemaDocuments() {
        Examples examples = new Examples(document.path("components").path("schemas"));
        String token = Long.toString(Math.abs(new Random().nextLong()) % 1_000_000_000L, 36);
        ApiClient platformAdmin = ApiClient.as(port, DemoUsers.PLATFORM_ADMIN);
        UUID organisation = uuid(created(platformAdmin.post("/api/v1/organisations",
                Map.of("name", "Dokumentprovet " + token, "type", "MUNICIPALITY"))).path("id"));
        String password = "Tofslarka-" + UUID.randomUUID() + "-Vinterbad";
        Map<String, ApiClient> callers = new LinkedHashMap<>();
        for (String role : List.of("COORDINATOR", "ADMIN")) {
            String username = "dokprov." + role.toLowerCase(Locale.ROOT) + "." + token;
            created(platformAdmin.post("/api/v1/users", Map.of("organisationId", organisation, "username", username,
                    "displayName", "Dokumentprov " + role, "role", role, "password", password)));
            callers.put(username, ApiClient.basic(port, username, password));
        }
        callers.put(DemoUsers.PLATFORM_ADMIN, platformAdmin);

        List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : List.of("post", "put")) {
                JsonNode operation = path.getValue().path(method);
                if (operation.path("requestBody").path("content").has("application/json")) {
                    operations.add(Map.entry(method.toUpperCase(Locale.ROOT) + " " + path.getKey(), operation));
                }
            }
        }
        operations.sort(Comparator.comparingInt((Map.Entry<String, JsonNode> e) -> e.getKey().split("\\{").length)
                .thenComparing(Map.Entry::getKey));
        assertThat(operations).as("POST and PUT operations with a JSON body").hasSizeGreaterThan(60);

        Map<String, String> createdIds = new LinkedHashMap<>();
        List<Sent> sent = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : operations) {
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String template = entry.getKey().substring(method.length() + 1);
            JsonNode operation = entry.getValue();
            String path = examples.path(template, operation, createdIds);
            JsonNode body = examples.of(operation.path("requestBody").path("content").path("application/json").path("schema"));

            Sent answer = null;
            for (Map.Entry<String, ApiClient> caller : callers.entrySet()) {
                ApiClient.Response response = caller.getValue().send(method, path, body.toString(), "application/json");
                answer = new Sent(entry.getKey(), caller.getKey(), response.status(), response.body());
                if (response.status() != 403) {
                    break;
                }
            }
            sent.add(answer);
            if (answer.status() == 201 && answer.body() != null && !answer.body().isBlank()) {
                JsonNode id = JSON.readTree(answer.body()).path("id");
                if (id.isString()) {
                    createdIds.put(template, id.asString());
                }
            }
            String shape = shapeProblem(answer);
            if (shape != null) {
                wrong.add(entry.getKey() + " as " + answer.caller() + ": " + shape + "\n    sent " + body + "\n    got "
                        + answer.status() + " " + answer.body());
            } else if (!responseCodes(operation).contains(Integer.toString(answer.status()))) {
                wrong.add(entry.getKey() + " as " + answer.caller() + ": answered " + answer.status()
                        + ", which the document does not list (" + responseCodes(operation) + "): " + answer.body());
            }
        }

        Map<Integer, Long> byStatus = new TreeMap<>();
        sent.forEach(s -> byStatus.merge(s.status(), 1L, Long::sum));
        System.out.println("ApiDocumentTests: " + sent.size() + " examples sent, answers by status " + byStatus);
        assertThat(wrong).as("examples built from /v3/api-docs that the server did not read as documented").isEmpty();
        // Most examples must get past the access checks, or the test would say little
        assertThat(sent.stream().filter(s -> s.status() != 403 && s.status() != 401).count())
                .isGreaterThanOrEqualTo(sent.size() * 3 / 4);
        assertThat(byStatus.keySet()).as("some examples are accepted (201 documented as 201)").contains(201);
    }

    /**
     * Why the answer says the body did not have the shape the document gives it, or null: the JSON could not be read
     * (type unreadable), a property is not known (unknown-field), a value has the wrong type or is not one of the enum's
     * values (a field error with problem.field.wrongType), or the media type was refused (415). Business answers (404,
     * 409, 422) and checks of a value's content (400 validation with another message: required, too long, unknown
     * reference) are not about the shape.
     */
    private String shapeProblem(Sent answer) {
        if (answer.status() >= 500) {
            return "server error";
        }
        if (answer.status() == 415) {
            return "media type refused";
        }
        if (answer.status() != 400) {
            return null;
        }
        JsonNode problem = JSON.readTree(answer.body());
        String type = problem.path("type").asString();
        if (type.equals(PROBLEM_TYPE + "unreadable") || type.equals(PROBLEM_TYPE + "unknown-field")) {
            return type;
        }
        String wrongType = messages.getMessage("problem.field.wrongType", null, Locale.forLanguageTag("sv"));
        for (JsonNode error : problem.path("errors")) {
            if (wrongType.equals(error.path("message").asString())) {
                return "wrong type at " + error.path("field").asString();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Builds a value for a schema of the document: every property, the first enum value, formats and patterns honoured. */
    static final class Examples {
        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
        private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
        private final JsonNode schemas;
        private final Random random = new Random(20261206L);

        Examples(JsonNode schemas) {
            this.schemas = schemas;
        }

        /** The path with its parameters filled: the id of what was created under the same prefix, or an example. */
        String path(String template, JsonNode operation, Map<String, String> createdIds) {
            Matcher matcher = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String prefix = template.substring(0, matcher.start() - 1);
                String value = createdIds.get(prefix);
                if (value == null) {
                    JsonNode schema = NODES.objectNode().put("type", "string").put("format", "uuid");
                    for (JsonNode parameter : operation.path("parameters")) {
                        if (parameter.path("name").asString().equals(matcher.group(1))) {
                            schema = parameter.path("schema");
                        }
                    }
                    value = of(schema).asString();
                }
                matcher.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        JsonNode of(JsonNode schema) {
            return of(schema, 0);
        }

        private JsonNode of(JsonNode schema, int depth) {
            if (schema.has("$ref")) {
                String ref = schema.path("$ref").asString();
                return of(schemas.path(ref.substring(ref.lastIndexOf('/') + 1)), depth + 1);
            }
            for (String choice : List.of("oneOf", "anyOf")) {
                if (schema.has(choice)) {
                    return of(schema.path(choice).get(0), depth + 1);
                }
            }
            if (schema.has("allOf")) {
                ObjectNode merged = NODES.objectNode();
                for (JsonNode part : schema.path("allOf")) {
                    JsonNode value = of(part, depth + 1);
                    if (value instanceof ObjectNode object) {
                        merged.setAll(object);
                    }
                }
                return merged;
            }
            if (schema.has("enum")) {
                return schema.path("enum").get(0);
            }
            String type = type(schema);
            return switch (type) {
                case "object" -> object(schema, depth);
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    int count = Math.max(1, schema.path("minItems").asInt(0));
                    if (schema.has("maxItems")) {
                        count = Math.min(count, schema.path("maxItems").asInt());
                    }
                    for (int i = 0; i < count && depth < 8; i++) {
                        array.add(of(schema.path("items"), depth + 1));
                    }
                    yield array;
                }
                case "integer" -> NODES.numberNode(Math.max(schema.path("minimum").asLong(0),
                        Math.min(1, schema.path("maximum").asLong(Long.MAX_VALUE))));
                case "number" -> NODES.numberNode(Math.max(schema.path("minimum").asDouble(0),
                        Math.min(1, schema.path("maximum").asDouble(Double.MAX_VALUE))));
                case "boolean" -> NODES.booleanNode(false);
                case "string" -> NODES.stringNode(text(schema));
                default -> NODES.nullNode();
            };
        }

        private JsonNode object(JsonNode schema, int depth) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                if (depth < 8 && !property.getValue().path("readOnly").asBoolean(false)) {
                    object.set(property.getKey(), of(property.getValue(), depth + 1));
                }
            }
            if (schema.path("additionalProperties").isObject() && depth < 8) {
                object.set("a", of(schema.path("additionalProperties"), depth + 1));
            }
            return object;
        }

        private static String type(JsonNode schema) {
            JsonNode type = schema.path("type");
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (!t.asString().equals("null")) {
                        return t.asString();
                    }
                }
            }
            if (type.isString()) {
                return type.asString();
            }
            return schema.has("properties") ? "object" : schema.has("items") ? "array" : "";
        }

        private String text(JsonNode schema) {
            String value = switch (schema.path("format").asString("")) {
                case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
                case "date" -> TestDates.today().toString();
                case "date-time" -> TestDates.today().atStartOfDay().atOffset(java.time.ZoneOffset.UTC)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                case "email" -> "prov@example.se";
                case "uri" -> "https://example.se/";
                default -> null;
            };
            if (value != null) {
                return value;
            }
            if (schema.has("pattern")) {
                String sample = ApiFuzzTests.Regex.sample(schema.path("pattern").asString(), random);
                if (sample != null && !sample.isEmpty()) {
                    return sample;
                }
            }
            StringBuilder text = new StringBuilder("Prov");
            while (text.length() < schema.path("minLength").asInt(0)) {
                text.append('x');
            }
            int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
            return text.length() > max ? text.substring(0, max) : text.toString();
        }
    }
}
