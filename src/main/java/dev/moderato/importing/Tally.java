package dev.moderato.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The counts of an import as it runs, in bounded memory: the first errors are kept, the rest only counted. */
final class Tally {

    static final int LISTED_ERRORS = 1000;

    private final Set<String> threads = new HashSet<>();
    private final List<ImportReport.Problem> errors = new ArrayList<>();
    private int unlistedErrors;
    int imported;
    int skipped;
    int alreadyPresent;

    void thread(String thread) {
        threads.add(thread);
    }

    void problem(String comment, String message) {
        if (errors.size() < LISTED_ERRORS) {
            errors.add(new ImportReport.Problem(comment, message));
        } else {
            unlistedErrors++;
        }
    }

    ImportReport report(ImportFormat format) {
        return new ImportReport(format.key(), threads.size(), imported, skipped, alreadyPresent, List.copyOf(errors),
                unlistedErrors);
    }
}
