package se.kompetenskedjan.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionDatabaseGuardTests {

    @Test
    void refusesToStartWithoutADatabaseUrl() {
        StandardEnvironment environment = new StandardEnvironment();
        assertThatThrownBy(() -> new ProductionDatabaseGuard().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(ProductionDatabaseGuard.MissingDatabaseConfigurationException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void startsWhenTheUrlIsGiven() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/kk")));
        assertThatCode(() -> new ProductionDatabaseGuard().postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
