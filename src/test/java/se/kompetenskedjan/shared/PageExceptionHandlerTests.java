package se.kompetenskedjan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletResponse;

class PageExceptionHandlerTests {

    private final PageExceptionHandler handler = new PageExceptionHandler();

    @Test
    void aValueTheDatabaseCannotStoreIsTheSendersMistake() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.integrity(new DataIntegrityViolationException("update",
                new SQLException("ERROR: date out of range: \"292269055-12-02\"", "22008")), response);
        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void anotherIntegrityViolationIsAConflict() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.integrity(new DataIntegrityViolationException("insert",
                new SQLException("duplicate key value violates unique constraint", "23505")), response);
        assertThat(response.getStatus()).isEqualTo(409);
    }
}
