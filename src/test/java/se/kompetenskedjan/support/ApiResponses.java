package se.kompetenskedjan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** Assertions the API tests share: a call that must succeed, and ids as the API writes them. */
public final class ApiResponses {

    private ApiResponses() {
    }

    /** The body of a response that must be 200 OK (the body is the failure message otherwise). */
    public static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The body of a response that must be 201 Created. */
    public static JsonNode created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    /** An id as the API writes it: a plain string, or a value object {"value": "..."}. */
    public static UUID uuid(JsonNode node) {
        JsonNode value = node.isObject() ? node.path("value") : node;
        return UUID.fromString(value.asString());
    }
}
