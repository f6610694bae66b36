package org.evidenz.site;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.evidenz.shared.Language;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/** Static assets, Cache-Control of reader pages, and the clock every module reads "today" from. */
@Configuration
class SiteWebConfiguration implements WebMvcConfigurer {

    private static final String[] READER_PATHS = {"/en/**", "/de/**", "/api/v1/**"};

    private final SiteProperties properties;

    SiteWebConfiguration(SiteProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }

    /** Languages appear in URLs and parameters by their code: {@code ?lang=en}. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Language.class, code -> Language.fromCode(code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown language '" + code + "'")));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor readerPages = new WebContentInterceptor();
        readerPages.setCacheControl(CacheControl.maxAge(properties.pageCacheSeconds(), TimeUnit.SECONDS)
                .cachePublic());
        registry.addInterceptor(readerPages).addPathPatterns(READER_PATHS);
    }

    @Bean
    static Clock clock() {
        return Clock.systemDefaultZone();
    }
}
