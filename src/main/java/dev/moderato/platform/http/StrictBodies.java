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
 * encoded surrogates, which lenient decoders turn into other characters or U+FFFD), and for JSON no NUL byte, which
 * JSON in UTF-8 never holds and from which Jackson guesses UTF-16 or UTF-32. A form's percent-encoding is
 * {@link FormReader}'s to judge. Anything else is a {@link MalformedBodyException}, a 400.
 */
@Provider
public class StrictBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        boolean json = MediaTypes.isJson(context.getMediaType());
        if (!json && !MediaTypes.isForm(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes(); // already in memory: RequestBodies read it whole
        utf8(body, "The request body is not valid UTF-8.");
        if (json) {
            requireNoNulByte(body);
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

    /** The bytes as text when they are well-formed UTF-8; otherwise malformed, with this detail. */
    static String utf8(byte[] bytes, String detail) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException malformed) {
            throw new MalformedBodyException(detail);
        }
    }
}
