package se.kompetenskedjan.shared;

import java.beans.PropertyEditorSupport;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.PropertyAccessException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses text with a forbidden character (ForbiddenCharacters) wherever it comes in, once for the whole application:
 * <ul>
 * <li>JSON bodies: every string (and map key) Jackson reads; ApiExceptionHandler answers 400 naming the field by its
 * JSON path;</li>
 * <li>form fields, query and multipart parameters bound by Spring MVC (form beans, {@code @RequestParam String}): a
 * field error in the form's BindingResult, so the page's error summary names the field; otherwise a 400;</li>
 * <li>handlers that take all parameters as one map ({@code @RequestParam Map}), which no binder sees: a 400 before
 * the handler runs.</li>
 * </ul>
 */
@Configuration
class TextInputChecks implements WebMvcConfigurer {

    @Bean
    JacksonModule forbiddenCharactersModule() {
        return new SimpleModule("forbidden-characters")
                .addDeserializer(String.class, new CheckedStrings())
                .addKeyDeserializer(String.class, new CheckedKeys());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParameterMapCheck());
    }

    /** Jackson's own string reading, then the check; Jackson adds the path of the field to the exception. */
    static final class CheckedStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (ForbiddenCharacters.in(value)) {
                throw new InvalidFieldException(String.valueOf(parser.currentName()), ForbiddenCharacters.MESSAGE_KEY);
            }
            return value;
        }
    }

    static final class CheckedKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            if (ForbiddenCharacters.in(key)) {
                throw new InvalidFieldException(ForbiddenCharacters.without(key), ForbiddenCharacters.MESSAGE_KEY);
            }
            return key;
        }
    }

    /** For handlers that read the parameters as a map: checks names and values before the handler runs. */
    static final class ParameterMapCheck implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (handler instanceof HandlerMethod method && takesAllParameters(method)) {
                for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                    boolean found = ForbiddenCharacters.in(parameter.getKey());
                    for (String value : parameter.getValue()) {
                        found |= ForbiddenCharacters.in(value);
                    }
                    if (found) {
                        throw new InvalidFieldException(ForbiddenCharacters.without(parameter.getKey()),
                                ForbiddenCharacters.MESSAGE_KEY);
                    }
                }
            }
            return true;
        }

        private static boolean takesAllParameters(HandlerMethod method) {
            for (MethodParameter parameter : method.getMethodParameters()) {
                RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
                if (annotation != null && annotation.name().isEmpty()
                        && Map.class.isAssignableFrom(parameter.getParameterType())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Registered for String by TextInputBinding. */
    static final class CheckedText extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(ForbiddenCharacters.check(text));
        }
    }

    /**
     * Files a forbidden character as an error of its field with its own message (not "wrong format"); the rejected
     * value shown again in the form is the text without the forbidden characters.
     */
    static final class FieldErrors extends DefaultBindingErrorProcessor {
        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
            String field = ex.getPropertyName();
            if (field == null || !(ex.getCause() instanceof ForbiddenCharacters.Found)) {
                super.processPropertyAccessException(ex, result);
                return;
            }
            Object rejected = ex.getValue() instanceof String text ? ForbiddenCharacters.without(text) : null;
            result.addError(new FieldError(result.getObjectName(), field, rejected, true,
                    result.resolveMessageCodes(ForbiddenCharacters.MESSAGE_KEY, field), null,
                    "text with a forbidden character"));
        }
    }
}
