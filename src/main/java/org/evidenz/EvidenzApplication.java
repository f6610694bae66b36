package org.evidenz;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EvidenzApplication {

    public static void main(String[] args) {
        SpringApplication.run(EvidenzApplication.class, args);
    }
}
