package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PageTest;

/**
 * No page offers a link or button that its target then refuses: signed in as each demo role, the pages reachable
 * from the start page are crawled, every link is followed and every form is submitted with the values it offers,
 * and none answers 403, 404 or a server error. Forms are posted inside test transactions that are rolled back, so
 * the demo region is left as it was.
 */
@Transactional
class PageLinksTests extends PageTest {

    /** Pages of one shape (the same path with other ids) are visited this many times per role. */
    private static final int PER_SHAPE = 1;
    private static final int MAX_PAGES = 250;
    private static final Pattern ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+");
    /** Ends the session the crawl runs in, or changes the password it signs in with: not followed. */
    private static final Set<String> NOT_FOLLOWED = Set.of("/logout", "/konto/losenord");

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.PLATFORM_ADMIN, DemoUsers.ADMIN, DemoUsers.COORDINATOR,
            DemoUsers.OTHER_MUNICIPALITY_COORDINATOR, DemoUsers.EMPLOYER_MANAGER, DemoUsers.PRIVATE_EMPLOYER_MANAGER,
            DemoUsers.SUPERVISOR, DemoUsers.TEACHER, DemoUsers.ANALYST, DemoUsers.PARTICIPANT,
            DemoUsers.EMPLOYMENT_SERVICE_COORDINATOR})
    void everyLinkAndButtonOnARolesPagesLeadsSomewhereItMayGo(String username) throws Exception {
        MockHttpSession session = as(username);
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> shapes = new HashMap<>();
        Map<String, Long> timings = new HashMap<>();
        List<Form> forms = new ArrayList<>();
        Set<String> formShapes = new LinkedHashSet<>();
        List<String> refused = new ArrayList<>();
        int pages = 0;
        long started = System.nanoTime();
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            String path = queue.poll();
            long before = System.nanoTime();
            MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
            timings.put(path, (System.nanoTime() - before) / 1_000_000);
            pages++;
            if (refusedOrBroken(response.getStatus())) {
                refused.add("GET " + path + " → " + response.getStatus() + " (linked from " + linkedFrom.get(path) + ")");
                continue;
            }
            String redirect = response.getStatus() / 100 == 3 ? local(absolute(response.getRedirectedUrl())) : null;
            if (redirect != null && seen.add(redirect) && shapes.merge(shape(redirect), 1, Integer::sum) <= PER_SHAPE) {
                linkedFrom.put(redirect, path + " (redirect)");
                queue.add(redirect);
            }
            String type = response.getContentType();
            if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.getContentAsString(), "http://localhost" + path);
            for (Element link : page.select("a[href]")) {
                String target = local(link.attr("abs:href"));
                if (target != null && seen.add(target) && shapes.merge(shape(target), 1, Integer::sum) <= PER_SHAPE) {
                    linkedFrom.put(target, path);
                    queue.add(target);
                }
            }
            for (Element form : page.select("form")) {
                String action = local(form.attr("abs:action").isEmpty() ? "http://localhost" + path : form.attr("abs:action"));
                if (action == null) {
                    continue;
                }
                boolean isPost = "post".equalsIgnoreCase(form.attr("method"));
                if (isPost && formShapes.add(shape(action) + " " + fieldNames(form))) {
                    forms.add(new Form(path, action, fields(form)));
                }
            }
        }
        long crawled = System.nanoTime();
        for (Form form : forms) {
            TestTransaction.flagForRollback();
            TestTransaction.end();
            TestTransaction.start();
            MockHttpServletRequestBuilder request = post(form.action()).session(session).with(csrf());
            form.fields().forEach(request::param);
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (refusedOrBroken(status)) {
                refused.add("POST " + form.action() + " → " + status + " (form on " + form.page() + ")");
            }
        }
        System.out.printf("PageLinksTests %s: %d pages in %d ms, %d forms in %d ms%s; slowest %s%n", username, pages,
                (crawled - started) / 1_000_000, forms.size(), (System.nanoTime() - crawled) / 1_000_000,
                pages >= MAX_PAGES ? " (page limit reached)" : "", timings.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3).toList());
        assertThat(pages).as("pages crawled as %s", username).isGreaterThan(3).isLessThan(MAX_PAGES);
        assertThat(refused).as("links and buttons refused as %s", username).isEmpty();
    }

    private final Map<String, String> linkedFrom = new HashMap<>();

    private record Form(String page, String action, Map<String, String> fields) {
    }

    private static boolean refusedOrBroken(int status) {
        return status == 403 || status == 404 || status >= 500;
    }

    /** The path and query of a link into the application, or null for other sites, anchors and the excluded paths. */
    private static String local(String absolute) {
        if (absolute == null || absolute.isBlank()) {
            return null;
        }
        URI uri = URI.create(absolute.replace(" ", "%20"));
        if (!"localhost".equals(uri.getHost()) || uri.getRawPath() == null) {
            return null;
        }
        String path = uri.getRawPath();
        if (NOT_FOLLOWED.contains(path) || path.startsWith("/webjars/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/fonts/") || path.startsWith("/images/")) {
            return null;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String absolute(String location) {
        return location == null ? null : location.startsWith("/") ? "http://localhost" + location : location;
    }

    /**
     * The path with ids replaced and the names of its query parameters: links of one shape reach the same handler
     * with other data. The language switch ({@code ?lang=}, on every page) is one shape wherever it is.
     */
    private static String shape(String target) {
        if (target.matches(".*[?&]lang=.*")) {
            return "?lang=";
        }
        String path = target.replaceFirst("\\?.*$", "");
        String query = target.contains("?") ? target.substring(target.indexOf('?') + 1).replaceAll("=[^&]*", "=") : "";
        return ID.matcher(path).replaceAll("{id}") + "?" + query;
    }

    private static String fieldNames(Element form) {
        return String.join(",", fields(form).keySet());
    }

    /** The values the form would send as it stands: hidden fields, filled-in fields, checked boxes, first options. */
    private static Map<String, String> fields(Element form) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name], button[name][value]")) {
            String name = input.attr("name");
            switch (input.tagName()) {
                case "textarea" -> fields.putIfAbsent(name, input.text());
                case "select" -> {
                    Element option = input.selectFirst("option[selected]");
                    if (option == null) {
                        option = input.selectFirst("option");
                    }
                    fields.putIfAbsent(name, option == null ? "" : option.attr("value"));
                }
                case "button" -> {
                    // a form with several submit buttons sends the first one's value
                    fields.putIfAbsent(name, input.attr("value"));
                }
                default -> {
                    String type = input.attr("type").toLowerCase();
                    if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                        continue;
                    }
                    if (!type.equals("file") && !type.equals("submit")) {
                        fields.putIfAbsent(name, input.attr("value"));
                    }
                }
            }
        }
        fields.remove("_csrf");
        return fields;
    }
}
