package dev.moderato.platform.problem;

/** A request body that cannot be read as what it claims to be: invalid UTF-8, or a broken form encoding. */
public class MalformedBodyException extends RuntimeException {

    public MalformedBodyException(String detail) {
        super(detail, null, false, false);
    }
}
