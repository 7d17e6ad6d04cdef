package dev.moderato.platform.problem;

import jakarta.ws.rs.core.Response;

/** A failure the client caused and can act on: answered with its status and a sentence saying why. */
public class ProblemException extends RuntimeException {

    private final Response.Status status;

    public ProblemException(Response.Status status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    public Problem toProblem() {
        return Problem.of(status, getMessage());
    }
}
