package dev.moderato.importing;

import java.util.List;

/**
 * What an import did: its format, how many threads its comments belong to, how many comments it stored, skipped
 * (pingbacks, trackbacks, deleted posts) or found already imported, and each comment it could not store as it
 * was, by its id in the export. {@code errors} lists the first {@link Tally#LISTED_ERRORS}; {@code unlistedErrors}
 * counts the rest.
 */
public record ImportReport(String format, int threads, int imported, int skipped, int alreadyPresent,
                           List<Problem> errors, int unlistedErrors) {

    /** A comment of the export, by its id there, and what became of it. */
    public record Problem(String comment, String message) {
    }
}
