package dev.moderato.platform.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CompressedTest {

    private static final Compressed PAGE = Compressed.of(
            "{\"items\":[{\"name\":\"Ada\"},{\"name\":\"Grace\"},{\"name\":\"Ada\"},{\"name\":\"Grace\"}]}"
                    .repeat(20).getBytes(StandardCharsets.UTF_8));

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "gzip, deflate, br, zstd | br",
            "br                      | br",
            "BR;q=0.5, gzip          | br",
            "gzip, br;q=0            | gzip",
            "gzip;q=0.001            | gzip",
            "deflate, gzip;q=0       | -",
            "identity                | -",
            "*                       | -",
            "br;q=x, gzip;q=zero     | -",
            "''                      | -"})
    void choosesTheCodingTheClientTakes(String acceptEncoding, String coding) {
        assertEquals(coding, PAGE.forClient(List.of(acceptEncoding)).encoding());
    }

    @Test
    void noHeaderMeansNoCoding() {
        assertNull(PAGE.forClient(null).encoding());
    }

    @Test
    void aCodingThatWouldNotShrinkTheAnswerIsNotKept() {
        Compressed tiny = Compressed.of("{}".getBytes(StandardCharsets.UTF_8));

        assertNull(tiny.gzip());
        assertNull(tiny.brotli());
        assertNull(tiny.forClient(List.of("gzip, br")).encoding());
    }

    @Test
    void eachCodingHasItsOwnStrongTag() {
        assertEquals("\"abc\"", new Compressed.Representation(new byte[0], null).etag("\"abc\""));
        assertEquals("\"abc-br\"", new Compressed.Representation(new byte[0], "br").etag("\"abc\""));
    }
}
