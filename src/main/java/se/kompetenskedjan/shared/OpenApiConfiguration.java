package se.kompetenskedjan.shared;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What /v3/api-docs says beyond what springdoc reads from the controllers, for every operation at once: how a caller
 * signs in, and the 4xx answers, each application/problem+json with the ProblemDetail schema (ApiExceptionHandler,
 * identity's ProblemResponses). Which answers an operation can give follows from its shape: 400 when it takes
 * parameters or a body, 404 when its path or body names a resource, 409 and 415 for writes (ScriptOnlyBasicWrites answers
 * 415 to a write without JSON), 413 for uploads, 401, 403 and 429 (login throttle) unless the operation is public
 * (marked with an empty {@code @SecurityRequirements}). What the shape cannot tell, the controllers say:
 * {@code @ResponseStatus(CREATED)} on operations that answer 201, {@code NO_CONTENT} on those that answer 204.
 */
@Configuration
class OpenApiConfiguration {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String PROBLEM_FIELD_SCHEMA = "ProblemFieldError";
    static final String BEARER = "bearerAuth";
    static final String BASIC = "basicAuth";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** What Jackson reads as a java.time.LocalTime (a schedule's from and to), which springdoc documents as any string. */
    static final String LOCAL_TIME_PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?";

    static {
        SpringDocUtils.getConfig().replaceWithSchema(LocalTime.class, text("A time of day, hh:mm or hh:mm:ss")
                .pattern(LOCAL_TIME_PATTERN).example("08:00"));
    }

    @Bean
    OpenApiCustomizer problemResponsesAndSecurity(MessageSource messages) {
        return openApi -> customise(openApi, status -> messages.getMessage("problem.title." + status, null,
                Integer.toString(status), Locale.forLanguageTag("sv")));
    }

    static void customise(OpenAPI openApi, java.util.function.IntFunction<String> title) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        Map<String, Schema> fieldError = new LinkedHashMap<>();
        fieldError.put("field", text("The field, as a path into the body: items[0].text"));
        fieldError.put("message", text("What is wrong with it, in the request's language (Swedish by default)"));
        components.addSchemas(PROBLEM_FIELD_SCHEMA, object(fieldError, List.of("field", "message")));
        components.addSchemas(PROBLEM_SCHEMA, object(problemProperties(), List.of("type", "title", "status", "detail"))
                .description("RFC 9457 problem details"));
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("OAuth2 access token from the organisation's OIDC issuer (production)"));
        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("The demo accounts (demo profile only); a write must send JSON or X-Requested-With"));
        openApi.setSecurity(List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(BASIC)));

        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
            boolean write = WRITES.contains(method);
            boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
            boolean upload = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().keySet().stream().anyMatch(t -> t.startsWith("multipart/"));
            List<Integer> statuses = new ArrayList<>();
            if (hasParameters || operation.getRequestBody() != null) {
                statuses.add(400);
            }
            if (secured) {
                statuses.addAll(List.of(401, 403));
            }
            if (path.contains("{") || operation.getRequestBody() != null) {
                statuses.add(404);
            }
            if (write) {
                statuses.add(409);
            }
            if (upload) {
                statuses.add(413);
            }
            if (write) {
                statuses.add(415);
            }
            if (secured) {
                statuses.add(429);
            }
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            for (int status : statuses) {
                responses.computeIfAbsent(Integer.toString(status), code -> new ApiResponse()
                        .description(title.apply(status))
                        .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
            }
        }));
    }

    private static Map<String, Schema> problemProperties() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", text("urn:kompetenskedjan:problem:<kind>, e.g. validation, unknown-field, unreadable, "
                + "not-found, conflict, forbidden").format("uri"));
        properties.put("title", text("The status in words"));
        properties.put("status", new Schema<Integer>().type("integer").types(Set.of("integer")).format("int32"));
        properties.put("detail", text("What went wrong, in the request's language (Swedish by default)"));
        properties.put("instance", text("The request's path").format("uri"));
        properties.put("errors", new Schema<>().type("array").types(Set.of("array"))
                .items(new Schema<>().$ref("#/components/schemas/" + PROBLEM_FIELD_SCHEMA))
                .description("One entry per invalid or unknown field (type validation and unknown-field)"));
        return properties;
    }

    private static Schema<Object> object(Map<String, Schema> properties, List<String> required) {
        Schema<Object> schema = new Schema<>().type("object").types(Set.of("object"));
        schema.setProperties(new LinkedHashMap<>(properties));
        schema.setRequired(required);
        return schema;
    }

    private static Schema<String> text(String description) {
        Schema<String> schema = new Schema<String>().type("string").types(Set.of("string"));
        return schema.description(description);
    }
}
