package se.kompetenskedjan.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Small taxonomy exports for upload tests, cut from the bundled snapshot. */
public final class TaxonomyExports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TaxonomyExports() {
    }

    /** The driving-licence group of the bundled concept list: importing it again changes nothing. */
    public static String drivingLicences() {
        try (InputStream in = new ClassPathResource("taxonomy/jobtech-concepts-by-type.json").getInputStream()) {
            ObjectNode only = JSON.createObjectNode();
            only.set("driving-licence", JSON.readTree(in).path("driving-licence"));
            return JSON.writeValueAsString(only);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
