package dev.moderato.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The configuration keys the application knows, so that a deployment cannot set one it ignores. */
final class KnownConfiguration {

    static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");
    static final Path README = Path.of("README.md");

    /** Set in production only, through the Secret and the overlays; or being added to the code. */
    static final Set<String> PRODUCTION_KEYS = Set.of(
            "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username",
            "quarkus.datasource.password",
            "moderato.admin.username",
            "moderato.admin.password");

    private static final Pattern PROFILE_PREFIX = Pattern.compile("^%[^.]+\\.");
    private static final Pattern TABLE_KEY = Pattern.compile("^\\| `([a-z0-9.-]+)` \\|");

    private KnownConfiguration() {
    }

    /** application.properties keys without their %profile, README's table, and {@link #PRODUCTION_KEYS}. */
    static Set<String> keys() {
        Set<String> keys = new TreeSet<>(PRODUCTION_KEYS);
        applicationProperties().stringPropertyNames()
                .forEach(key -> keys.add(PROFILE_PREFIX.matcher(key).replaceFirst("")));
        keys.addAll(readmeTableKeys());
        return keys;
    }

    static Properties applicationProperties() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(APPLICATION_PROPERTIES)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The first column of the table in README's "Configuration" section. */
    static Set<String> readmeTableKeys() {
        Set<String> keys = new TreeSet<>();
        boolean inSection = false;
        try {
            for (String line : Files.readAllLines(README)) {
                if (line.startsWith("## ")) {
                    inSection = line.equals("## Configuration");
                }
                Matcher key = TABLE_KEY.matcher(line);
                if (inSection && key.find()) {
                    keys.add(key.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /**
     * The environment variable that sets a key, by MicroProfile Config's rule: every character
     * other than a letter or a digit becomes {@code _}, then upper case. That is how the
     * application reads MODERATO_ALLOWED_ORIGINS as {@code moderato.allowed-origins}.
     */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The HTTP port the application listens on outside tests. */
    static int httpPort() {
        return Integer.parseInt(applicationProperties().getProperty("quarkus.http.port", "8080"));
    }

    static int managementPort() {
        return Integer.parseInt(applicationProperties().getProperty("quarkus.management.port", "9000"));
    }
}
