package dev.moderato.platform.http;

import dev.moderato.platform.problem.MalformedBodyException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON and form bodies are read only when they are what they claim: well-formed UTF-8 (no overlong forms, no
 * encoded surrogates, which lenient decoders turn into other characters or U+FFFD); for JSON, no NUL byte, which
 * JSON in UTF-8 never holds and from which Jackson guesses UTF-16 or UTF-32; for a form, well-formed
 * percent-encoding whose bytes are UTF-8 too. Anything else is a {@link MalformedBodyException}, a 400.
 */
@Provider
public class StrictBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        boolean json = MediaTypes.isJson(context.getMediaType());
        boolean form = MediaTypes.isForm(context.getMediaType());
        if (!json && !form) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes(); // already in memory: RequestBodies read it whole
        requireUtf8(body, "The request body is not valid UTF-8.");
        if (json) {
            requireNoNulByte(body);
        }
        if (form) {
            requireFormEncoding(body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /**
     * JSON escapes U+0000 in a string and allows none elsewhere. Jackson reads a body that has NUL bytes among its
     * first four as UTF-16 or UTF-32: UTF-16 text of ASCII characters, valid UTF-8 byte by byte, would be read as a
     * comment, and a body no decoder makes sense of would fail beyond the JSON mappers, a 500.
     */
    private static void requireNoNulByte(byte[] body) {
        for (byte b : body) {
            if (b == 0) {
                throw new MalformedBodyException("The request body is not valid JSON in UTF-8: it holds a NUL byte.");
            }
        }
    }

    /** Every {@code %} starts two hexadecimal digits, and each field decodes to UTF-8. */
    private static void requireFormEncoding(byte[] body) {
        // One char per byte, so that the raw bytes of a field (UTF-8 not percent-encoded) are written back as they came.
        for (String field : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            java.io.ByteArrayOutputStream decoded = new java.io.ByteArrayOutputStream(field.length());
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '%') {
                    int high = i + 1 < field.length() ? Character.digit(field.charAt(i + 1), 16) : -1;
                    int low = i + 2 < field.length() ? Character.digit(field.charAt(i + 2), 16) : -1;
                    if (high < 0 || low < 0) {
                        throw new MalformedBodyException("The form is not correctly encoded: a % is not followed by two hexadecimal digits.");
                    }
                    decoded.write(high * 16 + low);
                    i += 2;
                } else {
                    decoded.write((byte) c);
                }
            }
            requireUtf8(decoded.toByteArray(), "The form holds text that is not valid UTF-8.");
        }
    }

    private static void requireUtf8(byte[] bytes, String detail) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException malformed) {
            throw new MalformedBodyException(detail);
        }
    }
}
