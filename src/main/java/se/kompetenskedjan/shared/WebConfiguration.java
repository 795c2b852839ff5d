package se.kompetenskedjan.shared;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Swedish unless the person picks another language (?lang=en, uk, ar), which a cookie remembers. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("KKLANG");
        resolver.setDefaultLocale(SWEDISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    /** Swedish and English everywhere; Ukrainian and Arabic on the pages participants use. */
    static final Set<String> LANGUAGES = Set.of("sv", "en", "uk", "ar");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                // Only the language links (GET), not the error page (dispatched as GET since Servlet 6.1): reading a
                // parameter of a POST reads its body, here before the handler, and an upload Tomcat could not read
                // (too large) fails on every reading, the error page's included.
                if (request.getDispatcherType() != DispatcherType.REQUEST
                        || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                    return true;
                }
                String language = request.getParameter(getParamName());
                return language == null || LANGUAGES.contains(language) ? super.preHandle(request, response, handler) : true;
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /**
     * The static files under their own paths (Boot's default mapping, turned off with
     * {@code spring.web.resources.add-mappings: false}, is "/**"): the resource URL filter rewrites every link a
     * page builds, and with a "/**" mapping each one (/deltagare/{id}, ...) was looked up in every jar of the
     * classpath on every request, about a third of a page's time.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
    }
}
