package dev.moderato.comment;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;

import java.util.UUID;

/**
 * Ids of comments and of their audit entries: UUIDv7, time-ordered so that inserts stay local in the
 * primary-key index, with 74 random bits from a {@code SecureRandom} so that ids are not guessable.
 */
public final class Ids {

    private static final NoArgGenerator GENERATOR = Generators.timeBasedEpochRandomGenerator();

    private Ids() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }
}
