package dev.moderato.screening;

/**
 * One check of the screening pipeline that every submission passes before it is stored. A new
 * check is a CDI bean implementing this interface; {@code jakarta.annotation.Priority} orders
 * the checks, highest first. A check that must refuse the submission outright throws a
 * {@link Rejection}.
 */
public interface Screen {

    Verdict check(Candidate candidate);
}
