package dev.moderato.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt, through a library made for it; the cost makes a stolen table slow to crack. bcrypt
 * reads at most 72 bytes, and passwords may be 200 characters: a longer one is hashed with
 * SHA-512 first, so that every character counts and none makes the library throw.
 */
public final class Passwords {

    private static final int COST = 12;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);

    private Passwords() {
    }

    public static String hash(String password) {
        return BCrypt.with(VERSION, LONG_PASSWORDS).hashToString(COST, password.toCharArray());
    }

    public static boolean matches(String password, String hash) {
        return BCrypt.verifyer(VERSION, LONG_PASSWORDS).verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
