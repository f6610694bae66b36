package org.evidenz;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Evidenz: one Spring Modulith module per package below this one; which module may use which is declared in each
 * module's {@code package-info.java} and verified by {@code ModularityTests} (docs/architecture.md). Every module may
 * use {@code shared}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class EvidenzApplication {

    public static void main(String[] args) {
        SpringApplication.run(EvidenzApplication.class, args);
    }
}
