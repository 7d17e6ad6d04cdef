package dev.moderato.support;

import dev.moderato.platform.config.ModeratoConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.time.Duration;
import java.util.Map;

/**
 * The service's configuration mapping built without Quarkus, for unit tests of one class. Quarkus's converters
 * read values as application.properties does ("1h", "64K"); plain SmallRye knows neither form.
 */
public final class PlainConfig {

    private PlainConfig() {
    }

    public static ModeratoConfig of(Map<String, String> settings) {
        return new SmallRyeConfigBuilder()
                .withConverter(Duration.class, 200, new DurationConverter())
                .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                .withMapping(ModeratoConfig.class)
                .withDefaultValues(settings)
                .build()
                .getConfigMapping(ModeratoConfig.class);
    }
}
