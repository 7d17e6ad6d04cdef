package dev.moderato.platform.storage;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Background work that reads the database on a schedule and simply tries again at its next run: while the
 * database is away it is skipped with a one-line warning rather than logged as an error with its stack.
 * Any other failure still propagates.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SkippedWhileDatabaseAway {
}
