package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzes every POST, PUT and PATCH of the live OpenAPI document (/v3/api-docs), so that a new endpoint is covered
 * without touching this class. For each operation a valid request is built from its schema: path ids and referenced
 * ids from what the API itself lists, values from the schema's types, formats, enums, patterns and limits, version
 * fields from the resource as the API shows it. It is then mutated: malformed JSON, wrong types, nulls, missing
 * required fields, 100,000-character strings, numbers beyond int64 and 1e308, negative numbers, impossible dates,
 * unknown enum values, unknown and malformed ids, emoji, combining marks, right-to-left text, NUL and control
 * characters, injection strings, and for uploads odd file parts. Every answer must be below 500, and every 4xx must
 * be application/problem+json; all failures are reported together, each named by operation and mutation.
 *
 * <p>The demo data is shared with the other tests of the JVM, so writes that may succeed only go to what this class
 * created itself: the valid request of an operation on a collection (POST /participants, POST /placements, ...)
 * creates a fixture, and operations on a single resource use such fixtures wherever there is one; a person referred
 * to in a body is a fixture person. An operation that can only reach demo data (e.g. revoking a demo certificate,
 * rotating a demo organisation's key) gets only the mutations that are invalid by construction, and so do the
 * operations in {@link #NEVER_VALID}; those in {@link #ADDITIVE} only add beside demo data and get them all. Generated with a fixed seed per operation; the printed table shows per
 * operation which account was used and how the answers were distributed.
 *
 * <p>Not tagged "db": it runs once, in the default pass on the embedded PostgreSQL, sharing that pass's context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ApiFuzzTests {

    static final long SEED = 20260611L;
    /** Per operation, besides the path and whole-body mutations and the sweeps: a seeded sample of one-field mutations. */
    static final int FIELD_MUTATIONS_PER_OPERATION = 16;
    /** Requests sent at once for the mutations that cannot change anything. */
    static final int PARALLEL = 3;
    /** The accounts tried for each operation, in this order; the first whose valid request gets through is used. */
    static final List<String> CALLERS = List.of(DemoUsers.COORDINATOR, DemoUsers.EMPLOYER_MANAGER, DemoUsers.ADMIN,
            DemoUsers.PLATFORM_ADMIN);
    /**
     * Operations whose accepted requests would change what all other tests rely on even without a demo id in the
     * path: a taxonomy import replaces the shared occupation catalogue; a workplace without an account registered by
     * a demo coordinator makes that coordinator the employer's stand-in (with an inbox of proposals). They get only
     * mutations that must be refused.
     */
    static final Set<String> NEVER_VALID = Set.of("POST /api/v1/taxonomy/imports", "POST /api/v1/external-workplaces");
    /**
     * Operations that only add something new beside the demo data they point at (an evidence note or file on an
     * assessment, a copy of a ladder template): all their mutations may go there, for want of a fixture.
     */
    static final Set<String> ADDITIVE = Set.of("POST /api/v1/assessments/{id}/evidence",
            "POST /api/v1/assessments/{id}/evidence/files", "POST /api/v1/ladder-templates/{id}/copies");
    /** Share of the operations whose valid request must get past the access checks with one of the callers. */
    static final double MIN_PAST_ACCESS = 0.75;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /**
     * Mutated bodies of the password endpoints count as wrong current passwords (the login throttle) and may end a
     * fixture's sessions; later tests of this JVM sign in as the same demo accounts from the same address.
     */
    @AfterEach
    void theDemoAccountsAreNotThrottledForLaterTests() {
        jdbc.sql("DELETE FROM login_throttle").update();
        jdbc.sql("UPDATE user_account SET sessions_valid_from = NULL").update();
    }

    @Test
    void everyWriteOperationAnswersBadInputWithAProblemAndNeverWithA5xx() throws Exception {
        Fuzzer fuzzer = new Fuzzer("http://localhost:" + port);
        fuzzer.run();
        System.out.println(fuzzer.coverage());

        assertThat(fuzzer.operations).as("write operations in /v3/api-docs").hasSizeGreaterThan(40);
        assertThat(fuzzer.failures)
                .withFailMessage(() -> fuzzer.failures.size() + " answers broke the rules (5xx, or a 4xx that is not "
                        + "application/problem+json):\n" + String.join("\n", fuzzer.failures))
                .isEmpty();
        long past = fuzzer.tallies.values().stream().filter(t -> t.pastAccess).count();
        assertThat(past).as("operations whose valid request got past the access checks:\n" + fuzzer.coverage())
                .isGreaterThanOrEqualTo(Math.round(MIN_PAST_ACCESS * fuzzer.operations.size()));
    }

    // ------------------------------------------------------------------------------------------------------------

    record Operation(String method, String template, JsonNode spec) {
        String key() {
            return method + " " + template;
        }

        List<String> segments() {
            return List.of(template.substring(1).split("/"));
        }

        int pathParams() {
            return (int) segments().stream().filter(s -> s.startsWith("{")).count();
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> out = new ArrayList<>();
            spec.path("parameters").forEach(p -> {
                if (in.equals(p.path("in").asString())) {
                    out.add(p);
                }
            });
            return out;
        }
    }

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return body == null || body.isBlank() ? null : Fuzzer.JSON.readTree(body);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** A request as sent: path and query already encoded, body as bytes. */
    record Request(String method, String path, String contentType, byte[] body) {
    }

    /** A mutation of the valid request; refused = invalid by construction, so it cannot change anything. */
    record Mutation(String name, boolean refused, Function<Plan, Request> request) {
    }

    /** Whose data an operation's path points at: none, fixtures of this class, the demo region's, or nothing known. */
    enum Target {
        NONE, FIXTURE, DEMO, UNKNOWN
    }

    /** What an operation is fuzzed with: caller, filled path and query, and the valid body (kept fresh). */
    static final class Plan {
        final Operation op;
        final Random random;
        String user;
        String path;
        final Map<String, String> params = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        Target target = Target.NONE;
        JsonNode body;
        /** How far its valid request got: 0 success, 1 conflict, 2 refused as invalid, 3 not found, 4 forbidden, 5 not sent. */
        int rank = 5;
        String status = "not sent";
        String detail = "";
        /** GET paths whose answers gave the body its version fields. */
        List<String> templates = new ArrayList<>();

        Plan(Operation op) {
            this.op = op;
            this.random = new Random(SEED ^ op.key().hashCode());
        }

        boolean validSendsAllowed() {
            return (target != Target.DEMO || ADDITIVE.contains(op.key())) && !NEVER_VALID.contains(op.key());
        }

        String uuid() {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }
    }

    static final class Tally {
        final Map<String, Integer> counts = new LinkedHashMap<>();
        String user = "-";
        Target target = Target.NONE;
        int sent;
        boolean pastAccess;
        String baseStatus = "-";
        String baseDetail = "";

        synchronized void add(int status) {
            sent++;
            counts.merge(bucket(status), 1, Integer::sum);
        }

        static String bucket(int status) {
            if (status >= 200 && status < 300) {
                return "2xx";
            }
            return switch (status) {
                case 400, 409, 422, 401, 403, 404 -> Integer.toString(status);
                default -> status >= 500 ? "5xx" : "4xx";
            };
        }

        synchronized int count(String bucket) {
            return counts.getOrDefault(bucket, 0);
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    static final class Fuzzer {

        static final JsonMapper JSON = JsonMapper.builder().build();
        static final JsonNodeFactory NODES = JsonNodeFactory.instance;
        static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
        static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        /** GETs that answer with a file or a document other than JSON: never read for ids. */
        static final Pattern BINARY = Pattern.compile(".*(\\.pdf|\\.xlsx|\\.csv|/file|/credential|/report)$");
        /** A string value starting with this is written into the JSON as it is: NaN, 1e309, "\ud800". */
        static final String RAW = "\u0001raw:";

        final String baseUrl;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        /** Makes names and usernames unique when the database is kept between runs; no mutation depends on it. */
        final String token = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000, 36);
        final LocalDate today = TestDates.today();
        final AtomicInteger counter = new AtomicInteger();
        final AtomicInteger crawled = new AtomicInteger();

        JsonNode schemas;
        final List<Operation> operations = new ArrayList<>();
        final Set<String> getTemplates = new LinkedHashSet<>();
        final Known known = new Known();
        final Map<String, Tally> tallies = new LinkedHashMap<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        final Map<String, JsonNode> getCache = new ConcurrentHashMap<>();

        Fuzzer(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        void run() throws Exception {
            Reply docs = send(null, new Request("GET", "/v3/api-docs", null, null));
            assertThat(docs.status()).as(docs.body()).isEqualTo(200);
            JsonNode doc = docs.json();
            schemas = doc.path("components").path("schemas");
            for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                    String m = method.getKey().toUpperCase(Locale.ROOT);
                    if (m.equals("GET")) {
                        getTemplates.add(path.getKey());
                    } else if (m.equals("POST") || m.equals("PUT") || m.equals("PATCH")) {
                        operations.add(new Operation(m, path.getKey(), method.getValue()));
                    }
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(PARALLEL, CALLERS.size()));
            try {
                crawl(pool);
                // Valid requests first, parents before children, so that there are fixtures for what needs them.
                List<Operation> byDepth = new ArrayList<>(operations);
                byDepth.sort(Comparator.comparingInt(Operation::pathParams).thenComparing(Operation::template)
                        .thenComparing(Operation::method));
                Map<String, Plan> plans = new LinkedHashMap<>();
                int deepest = byDepth.stream().mapToInt(Operation::pathParams).max().orElse(0);
                for (int depth = 0; depth <= deepest; depth++) {
                    for (Operation op : byDepth) {
                        if (op.pathParams() == depth) {
                            Tally tally = new Tally();
                            tallies.put(op.key(), tally);
                            Plan plan = prepare(op, tally, CALLERS);
                            plans.put(op.key(), plan);
                            choose(plan, tally);
                        }
                    }
                    crawlFixtures();
                    // Once more for those that did not get through: a fixture made at this depth (a consent for a
                    // proposal, a checklist for its items) may be what they lacked; before the next depth's valid
                    // requests use them up (a consent's withdrawal).
                    for (Operation op : byDepth) {
                        Plan plan = plans.get(op.key());
                        if (op.pathParams() <= depth && plan.rank > 1) {
                            Plan again = prepare(op, tallies.get(op.key()), plan.rank == 2 ? List.of(plan.user) : CALLERS);
                            if (again.rank <= plan.rank) {
                                plans.put(op.key(), again);
                                choose(again, tallies.get(op.key()));
                            }
                        }
                    }
                }
                // Then the mutations, children before parents, so that a changed parent does not spoil its children's.
                Collections.reverse(byDepth);
                for (Operation op : byDepth) {
                    fuzz(plans.get(op.key()), tallies.get(op.key()), pool);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        // --- HTTP ---------------------------------------------------------------------------------------------------

        Reply send(String user, Request request) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.path()))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json, application/problem+json")
                    // A script, as the API asks of writes signed in with HTTP Basic (ScriptOnlyBasicWrites): so that
                    // wrong content types and uploads get as far as Spring.
                    .header("X-Requested-With", "ApiFuzzTests")
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            if (request.contentType() != null) {
                builder.header("Content-Type", request.contentType());
            }
            if (user != null) {
                builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            try {
                HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.body());
            } catch (IOException e) {
                // A connection the server dropped is an answer too, and not an acceptable one.
                return new Reply(599, "", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        JsonNode get(String user, String path, boolean fresh) {
            String key = user + " " + path;
            if (!fresh && getCache.containsKey(key)) {
                JsonNode cached = getCache.get(key);
                return cached.isMissingNode() ? null : cached;
            }
            crawled.incrementAndGet();
            Reply reply = send(user, new Request("GET", path, null, null));
            JsonNode json = reply.status() == 200 && reply.contentType().contains("json") ? reply.json() : null;
            getCache.put(key, json == null ? JSON.missingNode() : json);
            return json;
        }

        /** Sends a request of the fuzz, counts it, and records it when it breaks the rules. */
        Reply fire(Plan plan, Tally tally, String mutation, Request request) {
            Reply reply = send(plan.user, request);
            tally.add(reply.status());
            boolean problem = reply.contentType().startsWith("application/problem+json");
            if (reply.status() >= 500 || (reply.status() >= 400 && !problem)) {
                String body = reply.body() == null ? "" : reply.body().replaceAll("\\s+", " ");
                failures.add(plan.op.key() + " [" + mutation + "] as " + plan.user + " → " + reply.status() + " "
                        + (reply.contentType().isEmpty() ? "(no Content-Type)" : reply.contentType()) + ": "
                        + body.substring(0, Math.min(body.length(), 300)));
            }
            return reply;
        }

        // --- what the API lists: ids and the objects behind them ----------------------------------------------------

        /**
         * Every GET of the document that shows JSON, filled with the ids found so far, as each caller; then once more,
         * further down the lists, for the kinds still not found (assessments exist for few participants).
         */
        void crawl(ExecutorService pool) throws Exception {
            List<String> templates = getTemplates.stream()
                    .filter(t -> !BINARY.matcher(t).matches())
                    .sorted(Comparator.comparingInt((String t) -> t.split("\\{").length).thenComparing(t -> t))
                    .toList();
            List<Future<?>> futures = new ArrayList<>();
            for (String user : CALLERS) {
                futures.add(pool.submit(() -> {
                    for (int pass = 0; pass < 2; pass++) {
                        for (String template : templates) {
                            List<String> segments = List.of(template.substring(1).split("/"));
                            String kind = kindOf(segments);
                            boolean search = pass == 1 && template.contains("{") && known.candidates(kind, "", null, user).isEmpty();
                            if (pass == 1 && !search) {
                                continue;
                            }
                            for (Map<String, String> ids : fillings(segments, user, search ? 8 : 1)) {
                                if (search && !known.candidates(kind, "", null, user).isEmpty()) {
                                    break;
                                }
                                JsonNode json = get(user, concrete(segments, ids), false);
                                if (json != null) {
                                    known.harvest(json, kind, parentOf(segments, ids), user, false);
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }

        /**
         * What the API lists under the fixtures is a fixture too (a proposal a confirmed allocation made for the
         * fixture person): read as the fixture's creator.
         */
        void crawlFixtures() {
            for (String template : getTemplates) {
                List<String> segments = List.of(template.substring(1).split("/"));
                if (!template.contains("{") || BINARY.matcher(template).matches()) {
                    continue;
                }
                Map<String, String> ids = new LinkedHashMap<>();
                String user = null;
                for (int i = 0; i < segments.size() && ids != null; i++) {
                    if (segments.get(i).startsWith("{")) {
                        String name = segments.get(i).substring(1, segments.get(i).length() - 1);
                        Known.Entry fixture = known.candidates(kindBefore(segments, i), name, lastValue(ids), CALLERS.get(0))
                                .stream().filter(Known.Entry::created).findFirst().orElse(null);
                        if (fixture == null) {
                            ids = null;
                        } else {
                            ids.put(name, fixture.id());
                            user = fixture.user();
                        }
                    }
                }
                if (ids != null && !segments.get(segments.size() - 1).startsWith("{")) {
                    JsonNode json = get(user, concrete(segments, ids), true);
                    if (json != null) {
                        known.harvest(json, kindOf(segments), parentOf(segments, ids), user, true);
                    }
                }
            }
        }

        /** Up to max ways to fill the path parameters (the last one varies) from what the caller was shown. */
        List<Map<String, String>> fillings(List<String> segments, String user, int max) {
            List<Map<String, String>> out = new ArrayList<>();
            out.add(new LinkedHashMap<>());
            for (int i = 0; i < segments.size(); i++) {
                String segment = segments.get(i);
                if (!segment.startsWith("{")) {
                    continue;
                }
                String name = segment.substring(1, segment.length() - 1);
                String kind = kindBefore(segments, i);
                List<Map<String, String>> next = new ArrayList<>();
                for (Map<String, String> partial : out) {
                    String parent = lastValue(partial);
                    List<String> values = known.candidates(kind, name, parent, user).stream()
                            .filter(e -> e.user().equals(user) || e.created()).map(Known.Entry::id)
                            .distinct().limit(max).toList();
                    if (values.isEmpty()) {
                        values = fromParentObject(name, parent);
                    }
                    for (String value : values) {
                        Map<String, String> filled = new LinkedHashMap<>(partial);
                        filled.put(name, value);
                        next.add(filled);
                    }
                }
                out = next.size() > max ? new ArrayList<>(next.subList(0, max)) : next;
            }
            return out;
        }

        /** A parameter that is a property of its parent's object, e.g. a plan's revision. */
        List<String> fromParentObject(String name, String parent) {
            if (parent == null) {
                return List.of();
            }
            for (Known.Entry entry : known.entries) {
                if (entry.id().equals(parent) && entry.object().has(name)) {
                    return List.of(entry.object().get(name).asString());
                }
            }
            return List.of();
        }

        static String kindBefore(List<String> segments, int param) {
            String name = segments.get(param).substring(1, segments.get(param).length() - 1);
            return param > 0 && !segments.get(param - 1).startsWith("{") ? segments.get(param - 1) : name;
        }

        static String lastValue(Map<String, String> ids) {
            String last = null;
            for (String value : ids.values()) {
                last = value;
            }
            return last;
        }

        static String concrete(List<String> segments, Map<String, String> ids) {
            StringBuilder path = new StringBuilder();
            for (String segment : segments) {
                path.append('/');
                path.append(segment.startsWith("{") ? ids.get(segment.substring(1, segment.length() - 1)) : segment);
            }
            return path.toString();
        }

        /** The kind of what a path answers with: its last literal segment ("participants", "plans", ...). */
        static String kindOf(List<String> segments) {
            for (int i = segments.size() - 1; i >= 0; i--) {
                if (!segments.get(i).startsWith("{")) {
                    return segments.get(i);
                }
            }
            return "";
        }

        /** The id of the resource a collection path belongs to: the last path parameter before its last segment. */
        static String parentOf(List<String> segments, Map<String, String> ids) {
            int last = segments.size() - 1;
            if (segments.get(last).startsWith("{")) {
                last--;
            }
            String parent = null;
            for (int i = 0; i < last; i++) {
                if (segments.get(i).startsWith("{")) {
                    parent = ids.get(segments.get(i).substring(1, segments.get(i).length() - 1));
                }
            }
            return parent;
        }

        // --- the valid request ----------------------------------------------------------------------------------------

        /**
         * Chooses the caller: the first whose valid request succeeds (or is refused for a conflict), else the first
         * that got a 400 rather than 401/403/404. Operations on demo data send no valid request: the caller is the
         * first who can read the resource.
         */
        Plan prepare(Operation op, Tally tally, List<String> callers) {
            Plan best = null;
            for (String user : callers) {
                Plan plan = fill(op, user, 0);
                if (!plan.validSendsAllowed()) {
                    // No valid request: the caller is the first who can read the resource or, with nothing to read
                    // (a taxonomy import), the first whom a mutation that must be refused does not get a 401/403.
                    String readable = readablePrefix(plan);
                    plan.body = baseBodies(plan).get(0);
                    boolean usable;
                    if (readable != null) {
                        usable = get(user, readable, false) != null;
                    } else {
                        int status = refusedProbe(plan, tally);
                        usable = status != 401 && status != 403;
                        if (usable) {
                            // refused past the access checks: the mutations will be too
                            plan.rank = 2;
                            plan.status = status + " (invalid request)";
                        }
                    }
                    if (best == null && usable) {
                        best = plan;
                        break;
                    }
                    continue;
                }
                Reply reply = sendValid(plan, tally);
                // Not found: another candidate for the last path parameter may be the right kind ("versions").
                for (int skip = 1; skip < 4 && reply.status() == 404 && plan.target != Target.NONE; skip++) {
                    Plan other = fill(op, user, skip);
                    if (other.path.equals(plan.path) || !other.validSendsAllowed()) {
                        break;
                    }
                    plan = other;
                    reply = sendValid(plan, tally);
                }
                int status = reply.status();
                plan.rank = status / 100 == 2 ? 0 : status == 409 || status == 422 ? 1
                        : status == 404 && op.pathParams() > 0 ? 3 : status == 401 || status == 403 ? 4 : 2;
                plan.status = Integer.toString(status);
                plan.detail = status / 100 == 2 ? "" : String.valueOf(reply.body());
                if (best == null || plan.rank < best.rank) {
                    best = plan;
                }
                if (status / 100 == 2) {
                    remember(plan, reply, plan.body == null ? "" : plan.body.toString());
                }
                if (plan.rank <= 1) {
                    break;
                }
            }
            if (best == null) {
                best = fill(op, callers.get(0), 0);
                best.body = baseBodies(best).get(0);
            }
            return best;
        }

        /** The answer to the first mutation of the operation that must be refused. */
        int refusedProbe(Plan plan, Tally tally) {
            for (Mutation mutation : mutations(plan).get(0)) {
                if (mutation.refused()) {
                    return fire(plan, tally, mutation.name(), mutation.request().apply(plan)).status();
                }
            }
            return 0;
        }

        /** The valid request, trying the next base body while the answer is 400. */
        Reply sendValid(Plan plan, Tally tally) {
            Reply reply = null;
            for (JsonNode base : baseBodies(plan)) {
                plan.body = base;
                reply = fire(plan, tally, "valid request", request(plan, plan.body, plan.query, plan.path));
                if (reply.status() != 400) {
                    break;
                }
            }
            return reply;
        }

        void choose(Plan plan, Tally tally) {
            tally.user = plan.user;
            tally.target = plan.target;
            tally.baseStatus = plan.status;
            tally.baseDetail = plan.detail;
            tally.pastAccess = plan.rank <= 2;
        }

        /** Fills the path (fixtures first), the query and the templates of an operation for one caller. */
        Plan fill(Operation op, String user, int skip) {
            Plan plan = new Plan(op);
            plan.user = user;
            List<String> segments = op.segments();
            boolean demo = false;
            boolean unknown = false;
            boolean fixture = false;
            for (int i = 0; i < segments.size(); i++) {
                if (!segments.get(i).startsWith("{")) {
                    continue;
                }
                String name = segments.get(i).substring(1, segments.get(i).length() - 1);
                String parent = lastValue(plan.params);
                List<Known.Entry> candidates = known.candidates(kindBefore(segments, i), name, parent, user);
                boolean last = segments.subList(i + 1, segments.size()).stream().noneMatch(x -> x.startsWith("{"));
                String value;
                if (!candidates.isEmpty()) {
                    Known.Entry chosen = candidates.get(last ? Math.min(skip, candidates.size() - 1) : 0);
                    value = chosen.id();
                    fixture |= chosen.created();
                    demo |= !chosen.created();
                } else {
                    List<String> fromParent = fromParentObject(name, parent);
                    value = !fromParent.isEmpty() ? fromParent.get(0) : isInteger(paramSchema(op, name)) ? "1" : plan.uuid();
                    unknown |= fromParent.isEmpty();
                }
                plan.params.put(name, value);
            }
            plan.path = concrete(segments, plan.params);
            plan.target = demo ? Target.DEMO : fixture ? Target.FIXTURE : unknown ? Target.UNKNOWN : Target.NONE;
            for (JsonNode parameter : op.parameters("query")) {
                JsonNode schema = resolve(parameter.path("schema"));
                String name = parameter.path("name").asString();
                if (parameter.path("required").asBoolean(false) || "uuid".equals(schema.path("format").asString())) {
                    plan.query.put(name, textOf(valid(schema, name, plan, false, 0)));
                }
            }
            return plan;
        }

        JsonNode paramSchema(Operation op, String name) {
            for (JsonNode parameter : op.parameters("path")) {
                if (name.equals(parameter.path("name").asString())) {
                    return resolve(parameter.path("schema"));
                }
            }
            return NODES.objectNode();
        }

        static boolean isInteger(JsonNode schema) {
            return "integer".equals(schema.path("type").asString());
        }

        String readablePrefix(Plan plan) {
            List<String> readable = readablePrefixes(plan);
            return readable.isEmpty() ? null : readable.get(readable.size() - 1);
        }

        /** The prefixes of the filled path that the API shows with a GET: the resources the operation acts on. */
        List<String> readablePrefixes(Plan plan) {
            List<String> segments = plan.op.segments();
            List<String> out = new ArrayList<>();
            for (int end = 1; end <= segments.size(); end++) {
                String template = "/" + String.join("/", segments.subList(0, end));
                boolean resource = segments.get(end - 1).startsWith("{") || (end == segments.size() && plan.op.method().equals("PUT"));
                if (getTemplates.contains(template) && resource) {
                    out.add(concrete(segments.subList(0, end), plan.params));
                }
            }
            return out;
        }

        /**
         * The valid bodies to try, best first: for a PUT the resource as the API shows it, completed from the schema;
         * then one from the schema alone. Version fields come from the resources the path points at.
         */
        List<JsonNode> baseBodies(Plan plan) {
            JsonNode schema = requestSchema(plan.op);
            if (schema == null) {
                return Collections.singletonList(null);
            }
            Map<String, JsonNode> resources = new LinkedHashMap<>();
            plan.templates = readablePrefixes(plan);
            for (String prefix : plan.templates) {
                JsonNode json = get(plan.user, prefix, true);
                if (json != null) {
                    resources.put(prefix, json);
                }
            }
            List<JsonNode> bases = new ArrayList<>();
            JsonNode generated = valid(schema, "", plan, false, 0);
            JsonNode full = valid(schema, "", plan, true, 0);
            if (generated instanceof ObjectNode object && full instanceof ObjectNode all) {
                applyVersions(object, schema, plan, resources);
                applyVersions(all, schema, plan, resources);
                if (!plan.op.method().equals("PUT") && !resources.isEmpty()) {
                    changeStates(object, schema, resourceObject(plan, resources));
                }
                if (plan.op.method().equals("PUT") && !resources.isEmpty()) {
                    JsonNode current = resourceObject(plan, resources);
                    ObjectNode merged = object.deepCopy();
                    for (String property : resolve(schema).path("properties").propertyNames()) {
                        JsonNode value = current.get(property);
                        if (value != null && !value.isNull()) {
                            merged.set(property, value.deepCopy());
                        }
                    }
                    bases.add(merged);
                }
            }
            bases.add(generated);
            if (!full.equals(generated)) {
                bases.add(full);
            }
            return bases;
        }

        /** An action that sets a state the resource already has would be refused: take the next value instead. */
        void changeStates(ObjectNode body, JsonNode schema, JsonNode current) {
            for (Map.Entry<String, JsonNode> property : resolve(schema).path("properties").properties()) {
                JsonNode values = resolve(property.getValue()).path("enum");
                JsonNode value = body.get(property.getKey());
                if (values.size() > 1 && value != null && value.equals(current.get(property.getKey()))) {
                    for (int i = 0; i < values.size(); i++) {
                        if (values.get(i).equals(value)) {
                            body.set(property.getKey(), values.get((i + 1) % values.size()).deepCopy());
                            break;
                        }
                    }
                }
            }
        }

        /** The object behind the last path parameter: the resource itself, or an element of a list it contains. */
        JsonNode resourceObject(Plan plan, Map<String, JsonNode> resources) {
            JsonNode deepest = null;
            for (JsonNode json : resources.values()) {
                deepest = json;
            }
            String last = lastValue(plan.params);
            JsonNode element = last == null ? null : findById(deepest, last);
            return element != null ? element : deepest;
        }

        static JsonNode findById(JsonNode node, String id) {
            if (node == null) {
                return null;
            }
            if (node.isObject() && id.equals(node.path("id").asString(null))) {
                return node;
            }
            if (node.isObject() || node.isArray()) {
                for (JsonNode child : node.values()) {
                    JsonNode found = findById(child, id);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

        /** version and lockVersion from the deepest resource that shows them; xVersion from resource x's version. */
        void applyVersions(ObjectNode body, JsonNode schema, Plan plan, Map<String, JsonNode> resources) {
            String last = lastValue(plan.params);
            for (String property : resolve(schema).path("properties").propertyNames()) {
                JsonNode value = null;
                if (property.equals("version") || property.equals("lockVersion")) {
                    for (JsonNode json : resources.values()) {
                        JsonNode element = last == null ? null : findById(json, last);
                        for (JsonNode candidate : element == null ? List.of(json) : List.of(element, json)) {
                            if (candidate.path(property).isNumber()) {
                                value = candidate.get(property);
                                break;
                            }
                        }
                    }
                } else if (property.endsWith("Version")) {
                    String owner = Known.kebab(Known.plural(property.substring(0, property.length() - "Version".length())));
                    for (Map.Entry<String, JsonNode> resource : resources.entrySet()) {
                        if (resource.getKey().contains("/" + owner + "/") && resource.getValue().path("version").isNumber()) {
                            value = resource.getValue().get("version");
                        }
                    }
                }
                if (value != null) {
                    body.set(property, value.deepCopy());
                }
            }
        }

        /** After a success the versions have moved on: read them again. */
        void refresh(Plan plan) {
            if (!(plan.body instanceof ObjectNode object)) {
                return;
            }
            Map<String, JsonNode> resources = new LinkedHashMap<>();
            for (String prefix : plan.templates) {
                JsonNode json = get(plan.user, prefix, true);
                if (json != null) {
                    resources.put(prefix, json);
                }
            }
            applyVersions(object, requestSchema(plan.op), plan, resources);
        }

        void remember(Plan plan, Reply reply, String sent) {
            JsonNode json = reply.json();
            if (json != null && plan.op.method().equals("POST")) {
                List<String> segments = plan.op.segments();
                known.harvest(json, kindOf(segments), parentOf(segments, plan.params), plan.user, true, sent);
            }
        }

        JsonNode requestSchema(Operation op) {
            for (JsonNode type : op.spec().path("requestBody").path("content").values()) {
                return type.path("schema");
            }
            return null;
        }

        /** The body's media type; multipart also when springdoc lists a body of file parts as JSON. */
        String requestContentType(Operation op) {
            for (Map.Entry<String, JsonNode> type : op.spec().path("requestBody").path("content").properties()) {
                boolean files = resolve(type.getValue().path("schema")).path("properties").values().stream()
                        .anyMatch(p -> "binary".equals(resolve(p).path("format").asString()));
                return type.getKey().startsWith("multipart/") || files ? "multipart/form-data" : type.getKey();
            }
            return null;
        }

        JsonNode resolve(JsonNode schema) {
            int guard = 0;
            while (schema != null && schema.has("$ref") && guard++ < 10) {
                String ref = schema.get("$ref").asString();
                schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            }
            if (schema != null && schema.path("allOf").size() > 0) {
                return resolve(schema.get("allOf").get(0));
            }
            if (schema != null && (schema.path("oneOf").size() > 0 || schema.path("anyOf").size() > 0)) {
                return resolve((schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf")).get(0));
            }
            return schema;
        }

        static String type(JsonNode schema) {
            JsonNode type = schema.path("type");
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (!"null".equals(t.asString())) {
                        return t.asString();
                    }
                }
            }
            if (type.isMissingNode() && schema.has("properties")) {
                return "object";
            }
            return type.asString("string");
        }

        static Set<String> requiredOf(JsonNode schema) {
            Set<String> required = new LinkedHashSet<>();
            schema.path("required").forEach(r -> required.add(r.asString()));
            return required;
        }

        /** A valid value for a schema: required properties only (all of them when full), the fewest list elements. */
        JsonNode valid(JsonNode raw, String name, Plan plan, boolean full, int depth) {
            JsonNode schema = resolve(raw);
            switch (type(schema)) {
                case "object" -> {
                    ObjectNode object = NODES.objectNode();
                    Set<String> required = requiredOf(schema);
                    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                        if ((required.contains(property.getKey()) || full) && depth < 4) {
                            JsonNode value = valid(property.getValue(), property.getKey(), plan, full, depth + 1);
                            JsonNode items = resolve(resolve(property.getValue()).path("items"));
                            if (value instanceof ArrayNode array && array.isEmpty() && "uuid".equals(items.path("format").asString())) {
                                // A required list of references: everything known (a consent shared with every
                                // organisation lets the fixture person be proposed anywhere).
                                references(property.getKey(), plan).stream()
                                        .limit(Math.min(10, resolve(property.getValue()).path("maxItems").asInt(10)))
                                        .forEach(array::add);
                            }
                            if (value instanceof ArrayNode array && array.isEmpty() && depth < 3) {
                                // A required list is rarely meant to be empty ("at least one question").
                                array.add(valid(items, Known.singular(property.getKey()), plan, false, depth + 2));
                            }
                            object.set(property.getKey(), value);
                        }
                    }
                    return object;
                }
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    int count = Math.max(schema.path("minItems").asInt(0), full && depth < 4 ? 1 : 0);
                    Set<String> distinct = new LinkedHashSet<>();
                    for (int i = 0; i < count * 3 && array.size() < count; i++) {
                        JsonNode element = valid(schema.path("items"), Known.singular(name), plan, full, depth + 1);
                        if (distinct.add(element.toString())) {
                            array.add(element);
                        }
                    }
                    return array;
                }
                case "integer" -> {
                    long value = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
                    if (schema.has("maximum") && value > schema.get("maximum").asLong()) {
                        value = schema.get("maximum").asLong();
                    }
                    return NODES.numberNode(name.equals("version") || name.endsWith("Version") ? 0 : value);
                }
                case "number" -> {
                    double min = schema.path("minimum").asDouble(0);
                    return NODES.numberNode((min + schema.path("maximum").asDouble(min + 2)) / 2);
                }
                case "boolean" -> {
                    return NODES.booleanNode(false);
                }
                default -> {
                    if (schema.has("enum")) {
                        return schema.get("enum").get(0).deepCopy();
                    }
                    return NODES.stringNode(switch (schema.path("format").asString("")) {
                        case "uuid" -> reference(name, plan);
                        case "date" -> dateFor(name).toString();
                        case "date-time" -> today.atStartOfDay(SWEDEN).toOffsetDateTime().toString();
                        case "email" -> "fuzz." + token + "." + counter.incrementAndGet() + "@example.se";
                        case "binary", "byte" -> "Fuzz";
                        default -> text(schema, name, plan);
                    });
                }
            }
        }

        LocalDate dateFor(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.matches(".*(until|ends|end|due|review|to)(on)?$")) {
                return today.plusDays(30);
            }
            return n.endsWith("from") ? today.minusDays(14) : today;
        }

        String text(JsonNode schema, String name, Plan plan) {
            int max = schema.path("maxLength").asInt(200);
            int min = schema.path("minLength").asInt(0);
            if (schema.has("pattern")) {
                String sample = Regex.sample(schema.get("pattern").asString(), plan.random);
                if (sample != null && (sample + token).length() <= max
                        && Pattern.matches(schema.get("pattern").asString(), sample + token)) {
                    return sample + token;
                }
                if (sample != null && sample.length() >= min && sample.length() <= max) {
                    return sample;
                }
            }
            if (name.equals("from") || name.equals("to")) {
                return name.equals("from") ? "08:00" : "16:00";
            }
            StringBuilder text = new StringBuilder("Fuzz " + name + " " + token + " " + counter.incrementAndGet() + " – en rimlig text");
            while (text.length() < min) {
                text.append(" och lite till");
            }
            return text.substring(0, Math.min(text.length(), max));
        }

        /**
         * An id for a field that refers to something: a person is always a fixture person; otherwise what the caller
         * was shown under that name ("placementId", or "organisationId" for "partnerOrganisationIds"), an entry of
         * the kind the name says, a fixture, or an unknown id.
         */
        String reference(String name, Plan plan) {
            List<String> ids = references(name, plan);
            return ids.isEmpty() ? plan.uuid() : ids.get(0);
        }

        /** The ids a reference field could take, best first (see {@link #reference}). */
        List<String> references(String name, Plan plan) {
            String stem = Known.singular(name).replaceAll("(Id|Key)$", "");
            if (stem.isEmpty() || name.equals("id")) {
                return List.of();
            }
            String kind = Known.kebab(Known.plural(stem));
            List<Known.Entry> entries = known.candidates(kind, name, null, plan.user);
            if (kind.endsWith("participants")) {
                return entries.stream().filter(Known.Entry::created).map(Known.Entry::id).toList();
            }
            Set<String> out = new LinkedHashSet<>();
            String single = Known.singular(name);
            List<String> names = new ArrayList<>(List.of(single));
            for (Matcher m = Pattern.compile("[A-Z]").matcher(single); m.find(); ) {
                names.add(Character.toLowerCase(single.charAt(m.start())) + single.substring(m.start() + 1));
            }
            for (String candidate : names) {
                if (!candidate.matches("(id|key)")) {
                    out.addAll(known.pool(plan.user, candidate));
                }
            }
            entries.forEach(e -> out.add(e.id()));
            return new ArrayList<>(out);
        }

        static String textOf(JsonNode node) {
            return node.isString() ? node.asString() : node.toString();
        }

        // --- requests -------------------------------------------------------------------------------------------------

        Request request(Plan plan, JsonNode body, Map<String, String> query, String path) {
            String contentType = requestContentType(plan.op);
            String url = path + queryString(query);
            if (contentType == null) {
                return new Request(plan.op.method(), url, null, null);
            }
            if (contentType.startsWith("multipart/")) {
                return multipart(plan.op.method(), url, parts(plan, body));
            }
            return new Request(plan.op.method(), url, contentType, bytes(body));
        }

        static String queryString(Map<String, String> query) {
            return query.isEmpty() ? "" : "?" + query.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        }

        /** Percent-encodes everything but unreserved characters, so that any text can travel in a path or query. */
        static String encode(String text) {
            StringBuilder out = new StringBuilder();
            for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                    out.append(c);
                } else {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
            return out.toString();
        }

        /** The JSON text of a body; string values starting with RAW are written as they are. */
        static byte[] bytes(JsonNode body) {
            String text = JSON.writeValueAsString(body);
            if (text.contains("\\u0001raw:")) {
                text = Pattern.compile("\"\\\\u0001raw:((?:[^\"\\\\]|\\\\.)*)\"").matcher(text)
                        .replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace("\\\\", "\\").replace("\\\"", "\"")));
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }

        record Part(String name, String fileName, String contentType, byte[] content) {
            Part with(String newName, String newType, byte[] newContent) {
                return new Part(name, newName, newType, newContent);
            }
        }

        /** The parts of a multipart body: a small text file for each binary property, a field for each other one. */
        List<Part> parts(Plan plan, JsonNode body) {
            List<Part> parts = new ArrayList<>();
            JsonNode schema = resolve(requestSchema(plan.op));
            if (body != null) {
                for (Map.Entry<String, JsonNode> property : body.properties()) {
                    byte[] value = textOf(property.getValue()).getBytes(StandardCharsets.UTF_8);
                    boolean file = "binary".equals(resolve(schema.path("properties").path(property.getKey())).path("format").asString());
                    parts.add(file ? new Part(property.getKey(), "fuzz.txt", "text/plain", value)
                            : new Part(property.getKey(), null, null, value));
                }
            }
            return parts;
        }

        static Request multipart(String method, String url, List<Part> parts) {
            String boundary = "fuzz-boundary-7a1c";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Part part : parts) {
                StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                        .append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
                if (part.fileName() != null) {
                    head.append("; filename=\"").append(part.fileName()).append('"');
                }
                head.append("\r\n");
                if (part.contentType() != null) {
                    head.append("Content-Type: ").append(part.contentType()).append("\r\n");
                }
                out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
                out.writeBytes(part.content());
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Request(method, url, "multipart/form-data; boundary=" + boundary, out.toByteArray());
        }

        // --- mutations ------------------------------------------------------------------------------------------------

        /**
         * Sends the mutations: those invalid by construction side by side (they cannot change anything), then the
         * others one by one, reading the versions again after each success.
         */
        void fuzz(Plan plan, Tally tally, ExecutorService pool) throws Exception {
            List<Mutation> mutations = select(plan, mutations(plan));
            List<Future<?>> futures = new ArrayList<>();
            for (Mutation mutation : mutations) {
                if (mutation.refused()) {
                    Request request = mutation.request().apply(plan);
                    futures.add(pool.submit(() -> fire(plan, tally, mutation.name(), request)));
                }
            }
            for (Future<?> future : futures) {
                future.get();
            }
            for (Mutation mutation : mutations) {
                if (!mutation.refused()) {
                    if (fire(plan, tally, mutation.name(), mutation.request().apply(plan)).status() / 100 == 2) {
                        refresh(plan);
                    }
                }
            }
        }

        /** The path, whole-body and sweep mutations, and a seeded sample of the one-field ones. */
        List<Mutation> select(Plan plan, List<List<Mutation>> tiers) {
            boolean validAllowed = plan.validSendsAllowed();
            List<Mutation> chosen = new ArrayList<>(tiers.get(0).stream().filter(m -> validAllowed || m.refused()).toList());
            List<Mutation> fields = new ArrayList<>(tiers.get(1).stream().filter(m -> validAllowed || m.refused()).toList());
            Collections.shuffle(fields, new Random(SEED ^ plan.op.key().hashCode()));
            chosen.addAll(fields.subList(0, Math.min(fields.size(), FIELD_MUTATIONS_PER_OPERATION)));
            return chosen;
        }

        static final String LONG_TEXT = "å".repeat(100_000);
        static final String NUL_TEXT = "Fuzz\u0000nul";
        /** Unicode that stresses storage, sorting and rendering; one per field in turn. */
        static final List<String> UNICODE = List.of("Fuzz 👩🏽‍⚕️🧑🏿‍🔧🇸🇪 ✅", "Z̵̡̛͉a̷͖l̶͈g̷̣o̴̞ Å̊s̈a",
                "Fuzz \u202Egpj.exe\u202C", "مرحبا بالعالم עברית", "\uFEFF\u200B\u200D\u2060", " \t \u00A0 ");
        /** Strings that would do harm if some layer interpreted them; one per field in turn. */
        static final List<String> INJECTIONS = List.of("'; DROP TABLE participant;--", "x' OR '1'='1' --",
                "<script>alert(1)</script><img src=x onerror=alert(1)>", "{{7*7}} ${7*7} #{7*7} *{7*7} [[${7*7}]]",
                "${jndi:ldap://fuzz.invalid/a}", "../../../../etc/passwd%00.json", "=HYPERLINK(\"http://fuzz.invalid\";\"klicka\")",
                "%s%s%n%x %1$s");

        /** Two tiers: path, whole-body mutations and sweeps over all fields; then one field at a time. */
        List<List<Mutation>> mutations(Plan plan) {
            List<Mutation> first = new ArrayList<>();
            List<Mutation> second = new ArrayList<>();
            pathMutations(plan, first);
            queryMutations(plan, first);
            JsonNode schema = requestSchema(plan.op);
            if (schema != null && requestContentType(plan.op).startsWith("multipart/")) {
                multipartMutations(plan, first);
            } else if (schema != null) {
                bodyMutations(plan, resolve(schema), first, second);
            }
            return List.of(first, second);
        }

        /** An unknown and a malformed value for each path parameter; odd encodings for the last one. */
        void pathMutations(Plan plan, List<Mutation> out) {
            List<String> names = new ArrayList<>(plan.params.keySet());
            for (String name : names) {
                boolean integer = isInteger(paramSchema(plan.op, name));
                Map<String, String> values = new LinkedHashMap<>();
                values.put("unknown id", integer ? "987654321" : plan.uuid());
                values.put("malformed id", encode("inte-ett-id' OR '1'='1"));
                if (integer) {
                    values.put("negative number", "-1");
                    values.put("number beyond int64", "99999999999999999999");
                }
                if (name.equals(names.get(names.size() - 1))) {
                    values.put("5,000-character id", "a".repeat(5000));
                    values.put("right-to-left override in id", encode("\u202E" + plan.params.get(name)));
                    values.put("encoded slash in id", "..%2F..%2F" + plan.params.get(name));
                    values.put("encoded backslash in id", "..%5C" + plan.params.get(name));
                    values.put("encoded NUL in id", plan.params.get(name) + "%00");
                }
                values.forEach((what, value) -> out.add(new Mutation("path " + name + ": " + what, true, p -> {
                    Map<String, String> params = new LinkedHashMap<>(p.params);
                    params.put(name, value);
                    return request(p, p.body, p.query, concrete(p.op.segments(), params));
                })));
            }
        }

        void queryMutations(Plan plan, List<Mutation> out) {
            for (JsonNode parameter : plan.op.parameters("query")) {
                String name = parameter.path("name").asString();
                JsonNode schema = resolve(parameter.path("schema"));
                Map<String, String> values = new LinkedHashMap<>();
                Set<String> refused = new LinkedHashSet<>();
                if ("uuid".equals(schema.path("format").asString())) {
                    values.put("unknown id", plan.uuid());
                    values.put("malformed id", "inte-ett-id");
                    refused.add("malformed id");
                } else if (isInteger(schema)) {
                    values.put("not a number", "tjugo");
                    values.put("number beyond int64", "99999999999999999999");
                    refused.addAll(values.keySet());
                } else {
                    values.put("1,000 characters", "ö".repeat(1000));
                    values.put("NUL character", NUL_TEXT);
                    values.put("right-to-left override", "\u202Etxt.exe");
                    values.put("script tag", "<script>alert(1)</script>");
                }
                values.forEach((what, value) -> out.add(new Mutation("query " + name + ": " + what, refused.contains(what), p -> {
                    Map<String, String> query = new LinkedHashMap<>(p.query);
                    query.put(name, value);
                    return request(p, p.body, query, p.path);
                })));
            }
        }

        void bodyMutations(Plan plan, JsonNode schema, List<Mutation> first, List<Mutation> second) {
            String type = requestContentType(plan.op);
            boolean anyRequired = !requiredOf(schema).isEmpty();
            first.add(raw("malformed JSON", true, type, p -> {
                byte[] b = bytes(p.body);
                return Arrays.copyOf(b, Math.max(1, b.length - 1));
            }));
            first.add(raw("empty body", true, type, p -> new byte[0]));
            first.add(raw("JSON array instead of an object", true, type, p -> utf8("[]")));
            first.add(raw("JSON null", anyRequired, type, p -> utf8("null")));
            first.add(raw("10,000 nested arrays", true, type, p -> utf8("[".repeat(10_000) + "]".repeat(10_000))));
            first.add(raw("invalid UTF-8", true, type, p -> new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}));
            first.add(raw("text/plain", true, "text/plain", p -> bytes(p.body)));
            first.add(raw("empty object", anyRequired, type, p -> utf8("{}")));
            first.add(raw("unknown property", false, type, p -> {
                JsonNode copy = p.body.deepCopy();
                if (copy instanceof ObjectNode object) {
                    object.put("fuzzUnknown", "x");
                }
                return bytes(copy);
            }));
            JsonNode full = valid(schema, "", plan, true, 0);
            first.add(raw("every optional field filled", false, type, p -> {
                JsonNode filled = full.deepCopy();
                if (filled instanceof ObjectNode f && p.body instanceof ObjectNode b) {
                    f.setAll(b.deepCopy());
                }
                return bytes(filled);
            }));

            List<Field> fields = new ArrayList<>();
            collectFields(schema, new ArrayList<>(), fields, 0, new LinkedHashSet<>());
            List<Field> texts = fields.stream().filter(Field::isFreeText).toList();
            // Sweeps: one kind of value in every field of its type at once, cut to the field's length where it has one.
            sweep(first, type, fields, "every field null", f -> f.required(), f -> NODES.nullNode());
            sweep(first, type, fields, "every field of the wrong type", f -> true, Fuzzer::wrongType);
            sweep(first, type, fields.stream().filter(Field::isText).toList(), "every text 100,000 characters",
                    f -> f.schema().has("maxLength"), f -> NODES.stringNode(LONG_TEXT));
            rotate(first, type, texts, "unicode and right-to-left text", UNICODE, 0);
            rotate(first, type, texts, "injection strings", INJECTIONS, 0);
            rotate(first, type, texts, "injection strings, shifted", INJECTIONS, INJECTIONS.size() / 2);
            sweep(first, type, texts, "every text with NUL", f -> false, f -> NODES.stringNode(NUL_TEXT));
            sweep(first, type, texts, "every text with control characters", f -> false,
                    f -> NODES.stringNode(cut("Fuzz\u0007\u001B[31m\u007F\r\nX-Injected: ja", f)));
            sweep(first, type, texts, "every text empty", f -> false, f -> NODES.stringNode(""));
            sweep(first, type, texts, "every text a lone surrogate", f -> false, f -> NODES.stringNode(RAW + "Fuzz \\ud800"));
            List<Field> numbers = fields.stream().filter(Field::isNumber).toList();
            sweep(first, type, numbers, "every number beyond int64", f -> true, f -> NODES.stringNode(RAW + "99999999999999999999999"));
            sweep(first, type, numbers, "every number 1e308", f -> f.isInteger() || f.schema().has("maximum"), f -> NODES.numberNode(1e308));
            sweep(first, type, numbers, "every number negative", f -> f.schema().path("minimum").asDouble(-1) >= 0,
                    f -> NODES.numberNode(-1));
            List<Field> dates = fields.stream().filter(Field::isDate).toList();
            sweep(first, type, dates, "every date 2026-02-30", f -> true, f -> NODES.stringNode("2026-02-30"));
            sweep(first, type, dates, "every date 0000-00-00", f -> true, f -> NODES.stringNode("0000-00-00"));
            sweep(first, type, dates, "every date +999999999-12-31", f -> false, f -> NODES.stringNode("+999999999-12-31"));
            sweep(first, type, fields.stream().filter(Field::isEnum).toList(), "every enum unknown", f -> true,
                    f -> NODES.stringNode("ROBOT"));
            Map<Field, String> unknownIds = new LinkedHashMap<>();
            fields.stream().filter(Field::isUuid).forEach(f -> unknownIds.put(f, plan.uuid()));
            sweep(first, type, List.copyOf(unknownIds.keySet()), "every id unknown", f -> false,
                    f -> NODES.stringNode(unknownIds.get(f)));
            sweep(first, type, fields.stream().filter(Field::isArray).toList(), "every list too long",
                    f -> f.schema().has("maxItems"), f -> tooLong(f, plan));

            for (Field field : fields) {
                String at = field.display();
                second.add(set(type, at + ": null", field.required(), field, f -> NODES.nullNode()));
                second.add(set(type, at + ": wrong type", true, field, Fuzzer::wrongType));
                if (field.required()) {
                    // Each required field missing, always (not sampled).
                    first.add(new Mutation(at + ": missing", true, p -> body(p, type, remove(p.body, field.path()))));
                }
                if (field.isText()) {
                    second.add(set(type, at + ": 100,000 characters", field.schema().has("maxLength"), field,
                            f -> NODES.stringNode(LONG_TEXT)));
                }
                if (field.isFreeText()) {
                    String injection = INJECTIONS.get(plan.random.nextInt(INJECTIONS.size()));
                    second.add(set(type, at + ": " + injection, false, field, f -> NODES.stringNode(cut(injection, f))));
                    second.add(set(type, at + ": NUL character", false, field, f -> NODES.stringNode(NUL_TEXT)));
                }
                if (field.isNumber()) {
                    second.add(set(type, at + ": 9223372036854775808", true, field, f -> NODES.stringNode(RAW + "9223372036854775808")));
                    second.add(set(type, at + ": 1e309", field.isInteger() || field.schema().has("maximum"), field,
                            f -> NODES.stringNode(RAW + "1e309")));
                    second.add(set(type, at + ": -2147483649", field.schema().path("format").asString("").equals("int32")
                            || field.schema().path("minimum").asDouble(-1) >= 0, field, f -> NODES.numberNode(-2147483649L)));
                }
                if (field.isDate()) {
                    second.add(set(type, at + ": 2026-02-30", true, field, f -> NODES.stringNode("2026-02-30")));
                    second.add(set(type, at + ": -999999999-01-01", false, field, f -> NODES.stringNode("-999999999-01-01")));
                    second.add(set(type, at + ": 9999-12-31", false, field, f -> NODES.stringNode("9999-12-31")));
                }
                if (field.isEnum()) {
                    second.add(set(type, at + ": unknown value", true, field, f -> NODES.stringNode("ROBOT")));
                }
                if (field.isUuid()) {
                    String unknown = plan.uuid();
                    second.add(set(type, at + ": unknown id", false, field, f -> NODES.stringNode(unknown)));
                }
                if (field.isArray()) {
                    second.add(set(type, at + ": too many elements", field.schema().has("maxItems"), field, f -> tooLong(f, plan)));
                    second.add(set(type, at + ": [null]", false, field, f -> NODES.arrayNode().addNull()));
                }
            }
        }

        static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        /** A text cut to the field's maximum length (by code points), so that it gets past the length check. */
        static String cut(String text, Field field) {
            int max = field.schema().path("maxLength").asInt(Integer.MAX_VALUE);
            return text.codePointCount(0, text.length()) <= max ? text
                    : text.substring(0, text.offsetByCodePoints(0, Math.max(0, max)));
        }

        static Mutation raw(String name, boolean refused, String contentType, Function<Plan, byte[]> body) {
            return new Mutation(name, refused, p -> new Request(p.op.method(), p.path + queryString(p.query), contentType, body.apply(p)));
        }

        Mutation set(String contentType, String name, boolean refused, Field field, Function<Field, JsonNode> value) {
            return new Mutation(name, refused, p -> body(p, contentType, put(p, p.body, field, value.apply(field))));
        }

        /** One mutation setting every field; refused as soon as one of the values must be refused. */
        void sweep(List<Mutation> out, String contentType, List<Field> fields, String name,
                Function<Field, Boolean> refused, Function<Field, JsonNode> value) {
            if (!fields.isEmpty()) {
                out.add(new Mutation(name, fields.stream().anyMatch(refused::apply), p -> {
                    JsonNode body = p.body;
                    for (Field field : fields) {
                        body = put(p, body, field, value.apply(field));
                    }
                    return body(p, contentType, body);
                }));
            }
        }

        /** One mutation giving each text field the next of the values, cut to its length. */
        void rotate(List<Mutation> out, String contentType, List<Field> fields, String name, List<String> values, int offset) {
            Map<Field, String> chosen = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                chosen.put(fields.get(i), cut(values.get((i + offset) % values.size()), fields.get(i)));
            }
            sweep(out, contentType, fields, name, f -> false, f -> NODES.stringNode(chosen.get(f)));
        }

        Request body(Plan plan, String contentType, JsonNode body) {
            return new Request(plan.op.method(), plan.path + queryString(plan.query), contentType, bytes(body));
        }

        JsonNode tooLong(Field field, Plan plan) {
            int size = Math.min(field.schema().path("maxItems").asInt(5000) + 1, 5001);
            ArrayNode array = NODES.arrayNode();
            JsonNode element = valid(field.schema().path("items"), Known.singular(field.name()), plan, false, 1);
            for (int i = 0; i < size; i++) {
                array.add(element.deepCopy());
            }
            return array;
        }

        static JsonNode wrongType(Field field) {
            return switch (field.type()) {
                case "integer", "number", "boolean", "array" -> NODES.stringNode("fel typ");
                case "object" -> NODES.numberNode(42);
                default -> NODES.objectNode().put("fel", "typ");
            };
        }

        /** A field of a request schema: its path from the root ("goals", 0, "text"), its schema, whether required. */
        record Field(List<Object> path, JsonNode schema, boolean required, String type) {
            String name() {
                for (int i = path.size() - 1; i >= 0; i--) {
                    if (path.get(i) instanceof String s) {
                        return s;
                    }
                }
                return "";
            }

            String display() {
                StringBuilder out = new StringBuilder();
                for (Object segment : path) {
                    if (segment instanceof Integer i) {
                        out.append('[').append(i).append(']');
                    } else {
                        out.append(out.isEmpty() ? "" : ".").append(segment);
                    }
                }
                return out.toString();
            }

            boolean isText() {
                return type.equals("string") && !schema.has("enum") && !schema.has("format");
            }

            boolean isFreeText() {
                return isText() && !schema.has("pattern");
            }

            boolean isNumber() {
                return type.equals("integer") || type.equals("number");
            }

            boolean isInteger() {
                return type.equals("integer");
            }

            boolean isDate() {
                return type.equals("string") && schema.path("format").asString("").startsWith("date");
            }

            boolean isEnum() {
                return schema.has("enum");
            }

            boolean isUuid() {
                return "uuid".equals(schema.path("format").asString());
            }

            boolean isArray() {
                return type.equals("array");
            }
        }

        void collectFields(JsonNode raw, List<Object> prefix, List<Field> out, int depth, Set<String> refs) {
            if (raw.has("$ref") && !refs.add(raw.get("$ref").asString())) {
                return;
            }
            JsonNode schema = resolve(raw);
            String type = type(schema);
            if (type.equals("object")) {
                Set<String> required = requiredOf(schema);
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    List<Object> path = new ArrayList<>(prefix);
                    path.add(property.getKey());
                    JsonNode propertySchema = resolve(property.getValue());
                    out.add(new Field(path, propertySchema, required.contains(property.getKey()), type(propertySchema)));
                    if (depth < 3) {
                        collectFields(property.getValue(), path, out, depth + 1, new LinkedHashSet<>(refs));
                    }
                }
            } else if (type.equals("array") && depth < 3) {
                List<Object> path = new ArrayList<>(prefix);
                path.add(0);
                JsonNode items = resolve(schema.path("items"));
                if (type(items).equals("object")) {
                    collectFields(schema.path("items"), path, out, depth + 1, new LinkedHashSet<>(refs));
                } else {
                    out.add(new Field(path, items, true, type(items)));
                }
            }
        }

        /** A copy of the body with the value at the field's path; missing objects and elements on the way are made. */
        JsonNode put(Plan plan, JsonNode body, Field field, JsonNode value) {
            JsonNode root = body.deepCopy();
            JsonNode schema = resolve(requestSchema(plan.op));
            JsonNode node = root;
            List<Object> path = field.path();
            for (int i = 0; i < path.size() - 1; i++) {
                Object segment = path.get(i);
                JsonNode childSchema = segment instanceof String s ? resolve(schema.path("properties").path(s))
                        : resolve(schema.path("items"));
                boolean wantArray = type(childSchema).equals("array");
                JsonNode child;
                if (segment instanceof String s && node instanceof ObjectNode object) {
                    child = object.get(s);
                    if (child == null || (wantArray ? !child.isArray() : !child.isObject())) {
                        child = valid(childSchema, s, plan, false, 1);
                        object.set(s, child);
                    }
                } else if (segment instanceof Integer index && node instanceof ArrayNode array) {
                    while (array.size() <= index) {
                        array.add(valid(childSchema, "", plan, false, 2));
                    }
                    child = array.get(index);
                    if (wantArray ? !child.isArray() : !child.isObject()) {
                        child = valid(childSchema, "", plan, false, 2);
                        array.set(index, child);
                    }
                } else {
                    return root;
                }
                node = child;
                schema = childSchema;
            }
            Object last = path.get(path.size() - 1);
            if (last instanceof String s && node instanceof ObjectNode object) {
                object.set(s, value);
            } else if (last instanceof Integer index && node instanceof ArrayNode array) {
                while (array.size() <= index) {
                    array.add(value);
                }
                array.set(index, value);
            }
            return root;
        }

        static JsonNode remove(JsonNode body, List<Object> path) {
            JsonNode root = body.deepCopy();
            JsonNode node = root;
            for (int i = 0; i < path.size() - 1 && node != null; i++) {
                node = path.get(i) instanceof String s ? node.get(s) : node.get((Integer) path.get(i));
            }
            if (node instanceof ObjectNode object && path.get(path.size() - 1) instanceof String s) {
                object.remove(s);
            }
            return root;
        }

        /** Uploads: broken multipart bodies, and for each file part odd contents, names and types. */
        void multipartMutations(Plan plan, List<Mutation> out) {
            JsonNode schema = resolve(requestSchema(plan.op));
            Set<String> required = requiredOf(schema);
            List<String> files = schema.path("properties").propertyNames().stream()
                    .filter(name -> "binary".equals(resolve(schema.path("properties").path(name)).path("format").asString()))
                    .toList();
            String method = plan.op.method();
            out.add(new Mutation("no parts at all", true, p -> multipart(method, p.path + queryString(p.query), List.of())));
            out.add(new Mutation("JSON instead of multipart", true,
                    p -> new Request(method, p.path + queryString(p.query), "application/json", utf8("{}"))));
            out.add(new Mutation("multipart without boundary", true,
                    p -> new Request(method, p.path + queryString(p.query), "multipart/form-data", utf8("--x\r\n\r\n"))));
            out.add(new Mutation("multipart cut off", true, p -> new Request(method, p.path + queryString(p.query),
                    "multipart/form-data; boundary=fuzz-boundary-7a1c",
                    utf8("--fuzz-boundary-7a1c\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nno end"))));
            byte[] binary = new byte[2048];
            new Random(SEED).nextBytes(binary);
            for (String file : files) {
                Map<String, Function<Part, Part>> variants = new LinkedHashMap<>();
                Set<String> refused = new LinkedHashSet<>();
                variants.put("empty file", part -> part.with(part.fileName(), part.contentType(), new byte[0]));
                variants.put("malformed JSON file", part -> part.with("fuzz.json", "application/json", utf8("{\"fuzz\": [1, 2")));
                variants.put("binary file", part -> part.with("fuzz.bin", "application/octet-stream", binary));
                variants.put("NUL bytes in the file", part -> part.with("fuzz.json", "application/json", utf8("{\"a\u0000\": \"\u0000\"}")));
                refused.addAll(List.of("malformed JSON file", "binary file", "NUL bytes in the file"));
                variants.put("file name with path traversal", part -> part.with("../../../../etc/passwd", "text/plain", utf8("fuzz")));
                variants.put("file name with NUL", part -> part.with("fuzz\u0000.pdf", "application/pdf", utf8("%PDF-1.4 fuzz")));
                variants.put("file name with right-to-left override", part -> part.with("Fuzz\u202Efdp.exe", "application/pdf",
                        utf8("%PDF-1.4 fuzz")));
                variants.put("300-character file name", part -> part.with("å".repeat(300) + ".pdf", "application/pdf", utf8("%PDF-1.4 fuzz")));
                variants.put("HTML file", part -> part.with("fuzz.html", "text/html", utf8("<script>alert(1)</script>")));
                variants.put("odd part Content-Type", part -> part.with(part.fileName(), "ja/nej; charset=\"ö\"", utf8("fuzz")));
                variants.put("file over the size limit", part -> part.with("stor.pdf", "application/pdf", new byte[21 * 1024 * 1024]));
                refused.add("file over the size limit");
                variants.forEach((what, change) -> out.add(new Mutation(file + ": " + what, refused.contains(what), p -> {
                    List<Part> parts = new ArrayList<>();
                    for (Part part : parts(p, p.body)) {
                        parts.add(part.name().equals(file) ? change.apply(part) : part);
                    }
                    return multipart(method, p.path + queryString(p.query), parts);
                })));
                out.add(new Mutation(file + ": missing", required.contains(file) || files.size() == 1, p -> multipart(method,
                        p.path + queryString(p.query), parts(p, p.body).stream().filter(part -> !part.name().equals(file)).toList())));
            }
        }

        // --- the report -----------------------------------------------------------------------------------------------

        String coverage() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%-78s %-12s %-8s %5s %5s %5s %5s %5s %5s %5s %5s %5s %5s  %s%n", "operation", "caller", "target",
                    "sent", "2xx", "400", "409", "422", "4xx", "401", "403", "404", "5xx", "valid request"));
            tallies.forEach((key, t) -> out.append(String.format(Locale.ROOT,
                    "%-78s %-12s %-8s %5d %5d %5d %5d %5d %5d %5d %5d %5d %5d  %s%n", key, t.user, t.target, t.sent,
                    t.count("2xx"), t.count("400"), t.count("409"), t.count("422"), t.count("4xx"), t.count("401"),
                    t.count("403"), t.count("404"), t.count("5xx"), t.baseStatus + (t.pastAccess ? "" : " (not past access)"))));
            long past = tallies.values().stream().filter(t -> t.pastAccess).count();
            int sent = tallies.values().stream().mapToInt(t -> t.sent).sum();
            tallies.forEach((key, t) -> {
                if (!t.pastAccess && !t.baseDetail.isEmpty()) {
                    String detail = t.baseDetail.replaceAll("\\s+", " ");
                    out.append("  ").append(key).append(" as ").append(t.user).append(": ")
                            .append(detail, 0, Math.min(detail.length(), 200)).append(System.lineSeparator());
                }
            });
            out.append(String.format(Locale.ROOT, "%d operations, %d past the access checks with a valid request; "
                    + "%d requests of the fuzz, %d reads to find ids; %d failures%n", tallies.size(), past, sent,
                    crawled.get(), failures.size()));
            return out.toString();
        }
    }

    /**
     * What the API has shown or created: entries of a kind ("participants", "plans", "versions") under a parent id.
     * An object's id is its "id", or its kind's own key ("versionId" in a list of versions); other "xId" properties
     * are references to an entry of kind "xs" and, with "xKey" properties, fill pools by name for request bodies.
     */
    static final class Known {
        record Entry(String kind, String parent, String id, JsonNode object, String user, boolean created) {
        }

        final List<Entry> entries = new CopyOnWriteArrayList<>();
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        final Set<String> ids = ConcurrentHashMap.newKeySet();
        final Map<String, Map<String, Set<String>>> pools = new ConcurrentHashMap<>();

        void harvest(JsonNode node, String kind, String parent, String user, boolean created) {
            harvest(node, kind, parent, user, created, "");
        }

        /** sent: the request whose answer this is; ids it contained were not created by it. */
        void harvest(JsonNode node, String kind, String parent, String user, boolean created, String sent) {
            if (node == null) {
                return;
            }
            if (node.isArray()) {
                for (JsonNode element : node) {
                    harvest(element, kind, parent, user, created, sent);
                }
                return;
            }
            if (!node.isObject()) {
                return;
            }
            String ownKey = camel(singular(kind)) + "Id";
            String id = uuid(node.get("id")) != null ? uuid(node.get("id")) : uuid(node.get(ownKey));
            if (id != null) {
                add(new Entry(kind, parent, id, node, user, created && !sent.contains(id)));
            }
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String name = property.getKey();
                JsonNode value = property.getValue();
                if (name.matches(".+(Id|Ids|Key|Keys)$")) {
                    String single = singular(name);
                    for (JsonNode v : value.isArray() ? value : List.of(value)) {
                        String ref = uuid(v);
                        if (ref == null) {
                            continue;
                        }
                        pools.computeIfAbsent(user, u -> new ConcurrentHashMap<>())
                                .computeIfAbsent(single, n -> Collections.synchronizedSet(new LinkedHashSet<>())).add(ref);
                        if (single.endsWith("Id") && !single.equals(ownKey)) {
                            // In the answer to a creation, an id never seen before was created along (a new
                            // profile's first version).
                            add(new Entry(kebab(plural(single.substring(0, single.length() - 2))), null, ref,
                                    Fuzzer.NODES.objectNode(), user, created && !ids.contains(ref) && !sent.contains(ref)));
                        }
                    }
                }
                if (value.isArray() || value.isObject()) {
                    boolean page = id == null && (name.equals("items") || name.equals("content")) && value.isArray();
                    harvest(value, page ? kind : kebab(name), id != null ? id : parent, user, created, sent);
                }
            }
        }

        private void add(Entry entry) {
            ids.add(entry.id());
            if (seen.add(entry.user() + " " + entry.kind() + " " + entry.parent() + " " + entry.id() + " " + entry.created())) {
                if (entry.created()) {
                    entries.add(0, entry);
                } else {
                    entries.add(entry);
                }
            }
        }

        static String uuid(JsonNode node) {
            return node != null && node.isString() && Fuzzer.UUID_TEXT.matcher(node.asString()).matches() ? node.asString() : null;
        }

        List<String> pool(String user, String name) {
            Set<String> values = pools.getOrDefault(user, Map.of()).get(name);
            if (values == null) {
                return List.of();
            }
            synchronized (values) {
                return new ArrayList<>(values);
            }
        }

        /**
         * Entries for a path parameter or a reference: of the kind (else of a kind that ends like it, "profile-versions"
         * for "versions", else one the parameter's name starts, orgId → organisations), under the parent when given;
         * the fixtures first, then what the caller was shown, then what others were.
         */
        List<Entry> candidates(String kind, String parameter, String parent, String user) {
            List<Entry> out = pick(k -> k.equals(kind), parent, user);
            if (out.isEmpty()) {
                out = pick(k -> k.endsWith("-" + kind) || kind.endsWith("-" + k), parent, user);
            }
            if (out.isEmpty()) {
                String stem = parameter.replaceAll("(Id|Key)$", "").toLowerCase(Locale.ROOT);
                if (!stem.equals("id") && !stem.isEmpty()) {
                    out = pick(k -> k.startsWith(stem), parent, user);
                }
            }
            return out;
        }

        private List<Entry> pick(java.util.function.Predicate<String> kind, String parent, String user) {
            List<Entry> matching = entries.stream().filter(e -> kind.test(e.kind()))
                    .filter(e -> parent == null || parent.equals(e.parent())).toList();
            List<Entry> ordered = new ArrayList<>();
            matching.stream().filter(Entry::created).forEach(ordered::add);
            matching.stream().filter(e -> !e.created() && e.user().equals(user)).forEach(ordered::add);
            matching.stream().filter(e -> !e.created() && !e.user().equals(user)).forEach(ordered::add);
            Set<String> distinct = new LinkedHashSet<>();
            return ordered.stream().filter(e -> distinct.add(e.id())).toList();
        }

        static String singular(String name) {
            if (name.endsWith("ies")) {
                return name.substring(0, name.length() - 3) + "y";
            }
            return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        }

        static String plural(String name) {
            return name.endsWith("y") ? name.substring(0, name.length() - 1) + "ies" : name + "s";
        }

        /** checklist-templates → checklistTemplates */
        static String camel(String kebab) {
            StringBuilder out = new StringBuilder();
            boolean upper = false;
            for (char c : kebab.toCharArray()) {
                if (c == '-') {
                    upper = true;
                } else {
                    out.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return out.toString();
        }

        /** profileVersions → profile-versions */
        static String kebab(String camel) {
            return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        }
    }

    /** Samples strings for the simple regular expressions of the schemas: classes, groups, alternatives, counts. */
    static final class Regex {
        private final String pattern;
        private final Random random;
        private int at;

        private Regex(String pattern, Random random) {
            this.pattern = pattern;
            this.random = random;
        }

        static String sample(String regex, Random random) {
            for (int attempt = 0; attempt < 5; attempt++) {
                try {
                    String sample = new Regex(regex, random).alternatives();
                    if (!sample.isEmpty() && Pattern.matches(regex, sample)) {
                        return sample;
                    }
                } catch (RuntimeException e) {
                    return null;
                }
            }
            return Pattern.matches(regex, "") ? "" : null;
        }

        /** The first alternative that is not empty. */
        private String alternatives() {
            List<String> options = new ArrayList<>();
            options.add(sequence());
            while (at < pattern.length() && pattern.charAt(at) == '|') {
                at++;
                options.add(sequence());
            }
            return options.stream().filter(o -> !o.isEmpty()).findFirst().orElse("");
        }

        private String sequence() {
            StringBuilder out = new StringBuilder();
            while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
                char c = pattern.charAt(at++);
                List<String> atom;
                if (c == '^' || c == '$') {
                    continue;
                } else if (c == '(') {
                    if (pattern.startsWith("?:", at)) {
                        at += 2;
                    }
                    String inner = alternatives();
                    at++;
                    atom = List.of(inner);
                } else if (c == '[') {
                    atom = charClass();
                } else if (c == '\\') {
                    atom = escape(pattern.charAt(at++));
                } else if (c == '.') {
                    atom = List.of("a");
                } else {
                    atom = List.of(String.valueOf(c));
                }
                int[] count = quantifier();
                int n = count[0] + (count[1] > count[0] ? random.nextInt(Math.min(count[1], count[0] + 8) - count[0] + 1) : 0);
                for (int i = 0; i < n; i++) {
                    out.append(atom.get(random.nextInt(atom.size())));
                }
            }
            return out.toString();
        }

        private int[] quantifier() {
            if (at >= pattern.length()) {
                return new int[] {1, 1};
            }
            char c = pattern.charAt(at);
            if (c == '?') {
                at++;
                return new int[] {1, 1};
            }
            if (c == '*' || c == '+') {
                at++;
                return new int[] {1, 3};
            }
            if (c == '{') {
                int end = pattern.indexOf('}', at);
                String[] bounds = pattern.substring(at + 1, end).split(",", -1);
                at = end + 1;
                int min = Integer.parseInt(bounds[0]);
                int max = bounds.length == 1 ? min : bounds[1].isEmpty() ? min + 3 : Integer.parseInt(bounds[1]);
                return new int[] {min, max};
            }
            return new int[] {1, 1};
        }

        private List<String> escape(char c) {
            return switch (c) {
                case 'd' -> List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
                case 'w' -> List.of("a", "b", "k", "z", "0", "7");
                case 's' -> List.of(" ");
                default -> List.of(String.valueOf(c));
            };
        }

        private List<String> charClass() {
            List<String> chars = new ArrayList<>();
            boolean first = true;
            while (at < pattern.length() && (pattern.charAt(at) != ']' || first)) {
                first = false;
                char c = pattern.charAt(at++);
                if (c == '\\') {
                    chars.addAll(escape(pattern.charAt(at++)));
                } else if (at + 1 < pattern.length() && pattern.charAt(at) == '-' && pattern.charAt(at + 1) != ']') {
                    char to = pattern.charAt(at + 1);
                    at += 2;
                    for (char x = c; x <= to; x++) {
                        chars.add(String.valueOf(x));
                    }
                } else {
                    chars.add(String.valueOf(c));
                }
            }
            at++;
            return chars;
        }
    }
}
