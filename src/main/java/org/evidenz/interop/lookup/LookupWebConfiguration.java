package org.evidenz.interop.lookup;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS for the look-up endpoints. CDS Hooks requires it for CDS Clients that run in a browser; any origin may call,
 * since every answer holds only published content and no request carries a cookie we would honour (no credentials).
 * The CDS Client's JWT comes in {@code Authorization}, so that header is allowed.
 */
@Configuration
@EnableConfigurationProperties(LookupProperties.class)
class LookupWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        long day = Duration.ofDays(1).toSeconds();
        registry.addMapping("/cds-services/**").allowedOrigins("*").allowedMethods("GET", "POST")
                .allowedHeaders("Content-Type", "Authorization").allowCredentials(false).maxAge(day);
        registry.addMapping("/infobutton").allowedOrigins("*").allowedMethods("GET").allowCredentials(false)
                .maxAge(day);
    }
}
