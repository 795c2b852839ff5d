package se.kompetenskedjan.shared;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever ends in the container's error dispatch (unknown address, wrong method, an unexpected failure): a Swedish
 * problem+json document for the API, the Swedish error page for people. Never a stack trace or an input echo.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ApiProblems problems;

    ErrorPages(ApiProblems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            var problem = problems.problem(status, "http-" + status.value(), "problem.detail." + status.value());
            problem.setInstance(java.net.URI.create(path));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }
}
