package se.kompetenskedjan.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the running test server, signed in with HTTP Basic (demo profile) or a bearer token. */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "demo-losenord-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final String authorization;
    private final java.util.Map<String, String> headers;

    private ApiClient(String baseUrl, String authorization) {
        this(baseUrl, authorization, java.util.Map.of());
    }

    private ApiClient(String baseUrl, String authorization, java.util.Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.headers = headers;
    }

    /** The same client, sending one more header with every request. */
    public ApiClient withHeader(String name, String value) {
        java.util.Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(baseUrl, authorization, more);
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient("http://localhost:" + port, null);
    }

    public static ApiClient as(int port, String username) {
        return basic(port, username, DEMO_PASSWORD);
    }

    public static ApiClient basic(int port, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient("http://localhost:" + port, "Basic " + token);
    }

    public static ApiClient bearer(int port, String jwt) {
        return new ApiClient("http://localhost:" + port, "Bearer " + jwt);
    }

    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The Swedish message for one field of a problem+json answer, or null. */
        public String fieldError(String field) {
            for (JsonNode error : json().path("errors")) {
                if (field.equals(error.path("field").asString())) {
                    return error.path("message").asString();
                }
            }
            return null;
        }
    }

    public Response get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, "application/json");
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    /**
     * Uploads files as multipart/form-data, one file part per entry (part name to file content), as a script or
     * curl -F would (with X-Requested-With, see send).
     */
    public Response postFiles(String path, java.util.Map<String, String> files) {
        String boundary = "kk-boundary-" + java.util.UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        files.forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(name)
                .append(".json\"\r\n").append("Content-Type: application/json\r\n\r\n").append(content).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send("POST", path, body.toString(), "multipart/form-data; boundary=" + boundary);
    }

    /**
     * Sends a raw body, e.g. malformed JSON; body may be a String (sent as is) or an object (serialised). Writes
     * carry the content type also without a body, and multipart uploads the header X-Requested-With, as the API asks
     * of callers signed in with HTTP Basic (identity/internal/ScriptOnlyBasicWrites).
     */
    public Response send(String method, String path, Object body, String contentType) {
        String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", contentType.contains("json") || contentType.startsWith("multipart/") ? "application/json, application/problem+json" : "*/*")
                .method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        if (text != null || !method.equals("GET")) {
            request.header("Content-Type", contentType);
        }
        if (contentType.startsWith("multipart/")) {
            request.header("X-Requested-With", "ApiClient");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
