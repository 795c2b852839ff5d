package se.kompetenskedjan.privacy.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Opens the audit ledger of each request and writes its reads once, before anything is sent: before a page is
 * rendered (postHandle), before a JSON or file body is written (beforeBodyWrite), and, for reads made while
 * rendering or by a request that failed, when the request completes. If the row cannot be written the request fails
 * with it, as long as nothing has been sent yet.
 */
@ControllerAdvice
class AuditFlush implements WebMvcConfigurer, HandlerInterceptor, ResponseBodyAdvice<Object> {

    private final AuditRecorder recorder;

    AuditFlush(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            recorder.open(attributes);
        }
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        flush();
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        flush();
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        flush();
        return body;
    }

    private void flush() {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            recorder.flush(attributes);
        }
    }
}
