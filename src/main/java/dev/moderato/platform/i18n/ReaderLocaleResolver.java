package dev.moderato.platform.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import java.util.Locale;

/**
 * Validation messages in the reader's language, chosen exactly as the form pages choose it (and the dashboard's
 * language switch, when a moderator used it).
 * Quarkus's own resolver matches tags exactly, so {@code fr-CA, en;q=0.5} would get English.
 */
@ApplicationScoped
@Priority(10) // asked before Quarkus's resolver, which answers for every request
public class ReaderLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        if (!Arc.container().requestContext().isActive()) {
            return context.getDefaultLocale();
        }
        RoutingContext current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (current == null) {
            return context.getDefaultLocale();
        }
        Cookie choice = current.request().getCookie(Languages.CHOICE_COOKIE);
        return Languages.preferred(choice == null ? null : choice.getValue(), current.request().getHeader("Accept-Language"));
    }
}
