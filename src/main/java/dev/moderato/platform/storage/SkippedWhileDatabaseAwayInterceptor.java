package dev.moderato.platform.storage;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.Logger;

/**
 * Runs outside {@code @Transactional} (a lower priority is further out), so that a commit which fails
 * because the server went away is caught here too.
 */
@SkippedWhileDatabaseAway
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
class SkippedWhileDatabaseAwayInterceptor {

    private static final Logger LOG = Logger.getLogger(SkippedWhileDatabaseAwayInterceptor.class);

    @AroundInvoke
    Object skipWhileAway(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception e) {
            if (!Failures.isUnavailable(e)) {
                throw e;
            }
            LOG.warnf("%s.%s skipped: the database is unavailable [%s]", invocation.getMethod().getDeclaringClass().getSimpleName(),
                    invocation.getMethod().getName(), Failures.sqlState(e));
            return null;
        }
    }
}
