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

    /**
     * Request attribute: the key of a message that says more than the status's own text (e.g. which character or
     * file was refused); shown in an error summary on the page and as the problem's detail in the API.
     */
    static final String DETAIL = ErrorPages.class.getName() + ".detail";

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
        String detail = request.getAttribute(DETAIL) instanceof String key ? key : null;
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            var problem = problems.problem(status, "http-" + status.value(),
                    detail != null ? detail : "problem.detail." + status.value());
            problem.setInstance(java.net.URI.create(path));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("status", status.value());
        if (detail != null || status.value() == 413) {
            // what to do about it, in an error summary: a file too large, a character or file name refused
            model.put("detail", detail != null ? detail : "error.body.413");
        }
        return new ModelAndView("error", model, status);
    }
}
