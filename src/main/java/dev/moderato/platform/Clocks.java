package dev.moderato.platform;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The service's clock, for the classes whose rules count time (form token age, read cache time to live): one
 * bean, so that a test can put its own in its place and move time instead of waiting for it to pass.
 */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
