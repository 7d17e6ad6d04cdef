package dev.moderato.platform.http;

import dev.moderato.platform.problem.MalformedBodyException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads a form as the URL Standard parses application/x-www-form-urlencoded: fields between {@code &}, a name up to
 * the field's first {@code =} and its value after it, {@code +} a space, {@code %XX} a byte, the bytes UTF-8.
 * Quarkus REST's own reader splits a field at every {@code =}: it dropped what followed a second one
 * ({@code comment=2+2=4} arrived as "2 2") and failed on a field of a lone {@code =}, a 500. A {@code %} not
 * followed by two hexadecimal digits, or bytes that are not UTF-8, make the form malformed (400, a page).
 */
@Provider
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class FormReader implements MessageBodyReader<MultivaluedMap<String, String>> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == MultivaluedMap.class;
    }

    @Override
    public MultivaluedMap<String, String> readFrom(Class<MultivaluedMap<String, String>> type, Type genericType,
                                                   Annotation[] annotations, MediaType mediaType,
                                                   MultivaluedMap<String, String> headers, InputStream body)
            throws IOException {
        return parse(body.readAllBytes()); // already in memory: RequestBodies read it whole
    }

    static MultivaluedMap<String, String> parse(byte[] body) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        int start = 0;
        while (start < body.length) {
            int end = indexOf(body, '&', start, body.length);
            if (end > start) {
                int equals = indexOf(body, '=', start, end);
                form.add(decoded(body, start, equals), equals < end ? decoded(body, equals + 1, end) : "");
            }
            start = end + 1;
        }
        return form;
    }

    private static String decoded(byte[] body, int from, int to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            if (body[i] == '%') {
                int high = i + 2 < to ? Character.digit(body[i + 1] & 0xff, 16) : -1;
                int low = i + 2 < to ? Character.digit(body[i + 2] & 0xff, 16) : -1;
                if (high < 0 || low < 0) {
                    throw new MalformedBodyException("The form is not correctly encoded: a % is not followed by two hexadecimal digits.");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(body[i] == '+' ? ' ' : body[i]);
            }
        }
        return StrictBodies.utf8(bytes.toByteArray(), "The form holds text that is not valid UTF-8.");
    }

    /** Where {@code wanted} first is between {@code from} and {@code to}, or {@code to}. */
    private static int indexOf(byte[] bytes, char wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return to;
    }
}
