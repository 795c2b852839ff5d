package se.kompetenskedjan.shared;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Tomcat refuses before any filter or servlet sees them — an encoded slash, backslash or NUL in the path —
 * are answered by the host's error report valve, which writes an English HTML page. For the API this replaces it
 * with one that writes the same problem+json document as every other API error (Swedish: the caller's choice of
 * language is not known at that point); other addresses keep Tomcat's page without details.
 */
@Component
class ContainerErrorReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiProblems problems;

    ContainerErrorReports(ApiProblems problems) {
        this.problems = problems;
    }

    /** After Spring Boot's own customizer, which adds the valve this one replaces. */
    @Override
    public int getOrder() {
        return 1;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof StandardHost host)) {
                return;
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // Named as the host's error report valve, or the host adds Tomcat's own when it starts.
            host.setErrorReportValveClass(ApiAwareErrorReportValve.class.getName());
            host.getPipeline().addValve(new ApiAwareErrorReportValve());
        });
    }

    private final class ApiAwareErrorReportValve extends ErrorReportValve {

        ApiAwareErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String path = request.getRequestURI();
            int status = response.getStatus();
            if (path == null || !path.startsWith("/api/") || status < 400 || response.getContentWritten() > 0) {
                super.report(request, response, throwable);
                return;
            }
            if (!response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            HttpStatus httpStatus = known != null ? known : HttpStatus.BAD_REQUEST;
            Locale previous = LocaleContextHolder.getLocale();
            LocaleContextHolder.setLocale(WebConfiguration.SWEDISH);
            ProblemDetail problem;
            try {
                problem = problems.problem(httpStatus, "http-" + httpStatus.value(), "problem.detail." + httpStatus.value());
            } finally {
                LocaleContextHolder.setLocale(previous);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", String.valueOf(problem.getType()));
            body.put("title", problem.getTitle());
            body.put("status", problem.getStatus());
            body.put("detail", problem.getDetail());
            try {
                body.put("instance", URI.create(path).toString());
            } catch (IllegalArgumentException unusable) {
                // an address that is not a URI reference is left out
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(JSON.writeValueAsString(body));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // the connection is gone; nothing to answer
            }
        }
    }
}
