package dev.moderato.platform.problem;

import java.util.List;

/** Thrown when a request's fields break the contract; answered as 400 with its violations. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super("invalid request: " + violations.size() + " violation(s)", null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
