package dev.moderato.privacy;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/**
 * What holds a reader's address outside the comments: trusted authors, reply notifications' subscriptions. This is
 * the one place where another table joins the export and the erasure: a bean implementing it is found by {@link PersonalData} and {@link Erasure}, written into the export under {@link #name()} and erased
 * with the comments, its count in the erasure's report under the same name.
 */
public interface AddressRecords {

    /** The field in the export and in the erasure's report, such as {@code "subscriptions"}. */
    String name();

    /** Writes the field's value (an object, an array or a plain value) for the address, whatever its capitals. */
    void export(String email, JsonGenerator json) throws IOException;

    /** Removes what it holds of the address, in the caller's transaction; answers how many records went. */
    long erase(String email);
}
