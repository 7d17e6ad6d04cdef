package dev.moderato.platform.http;

import jakarta.ws.rs.core.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a request's Content-Type must be for its body to be read at all. */
final class MediaTypes {

    private MediaTypes() {
    }

    /**
     * A well-formed media type, and if it names a charset, UTF-8 (or its ASCII subset). Not a range such as
     * {@code *}{@code /*} or {@code application/*}: the REST layer matches a range to every method, and a body
     * under one would reach the JSON reader without the checks that JSON and forms get.
     */
    static boolean isReadable(String contentType) {
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (type.getType().isEmpty() || type.getSubtype().isEmpty() || type.isWildcardType() || type.isWildcardSubtype()) {
            return false;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || isUtf8(charset.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean isUtf8(String charset) {
        return charset.equals("utf-8") || charset.equals("utf8") || charset.equals("us-ascii")
                || charset.equals(StandardCharsets.UTF_8.name().toLowerCase(Locale.ROOT));
    }

    /** Whatever its case: media types compare case-insensitively, and the REST layer matches them so. */
    static boolean isJson(MediaType type) {
        String subtype = type == null ? "" : type.getSubtype().toLowerCase(Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    static boolean isForm(MediaType type) {
        return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }
}
