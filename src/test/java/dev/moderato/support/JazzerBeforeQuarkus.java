package dev.moderato.support;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * Lets Jazzer fuzz a {@code @QuarkusTest} with one {@link FuzzTest}; declared on the class before
 * {@code @QuarkusTest}, so that JUnit calls it first. Two things stood in the way, both about order:
 * <ul>
 * <li>Jazzer installs its agent when JUnit first asks the fuzz test for arguments, after Quarkus started, and then
 * re-transforms the application's classes already loaded; JDK 17 breaks a record whose components carry type
 * annotations, as validation constraints are, when it re-transforms it (JDK-8376185, fixed in later releases), and
 * the record's constructor throws {@code NoSuchFieldError}. Here the agent is installed before Quarkus starts, so classes are instrumented as
 * they load.</li>
 * <li>Quarkus's extension invokes each test method itself and skips the interceptors inside it, among them the
 * one {@link FuzzTest} registers, which is what starts the fuzzer. Here Jazzer's interceptor gets each fuzz test
 * invocation first: a seed proceeds into Quarkus's as usual; for fuzzing, Jazzer calls the method itself, on the
 * test instance that Quarkus's class loader made, with the application running.</li>
 * </ul>
 * Both steps are jazzer-junit's own, package-private, made here by reflection: a version of jazzer-junit without
 * them fails here, loudly.
 */
public final class JazzerBeforeQuarkus implements BeforeAllCallback, InvocationInterceptor {

    private static final InvocationInterceptor JAZZER_INTERCEPTOR = jazzer("FuzzTestExtensions");

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<Method> fuzzTest = AnnotationSupport.findAnnotatedMethods(context.getRequiredTestClass(),
                FuzzTest.class, HierarchyTraversalMode.TOP_DOWN).stream().findFirst();
        if (fuzzTest.isEmpty()) {
            return;
        }
        // What Jazzer does when JUnit first asks the fuzz test for arguments: write its dictionary, install the agent.
        ArgumentsProvider agentInstaller = jazzer("AgentConfiguringArgumentsProvider");
        @SuppressWarnings("unchecked")
        AnnotationConsumer<FuzzTest> configuration = (AnnotationConsumer<FuzzTest>) agentInstaller;
        configuration.accept(fuzzTest.get().getAnnotation(FuzzTest.class));
        agentInstaller.provideArguments(asMethodContext(context, fuzzTest.get()));
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
                                            ExtensionContext context) throws Throwable {
        if (AnnotationSupport.isAnnotated(method.getExecutable(), FuzzTest.class)) {
            JAZZER_INTERCEPTOR.interceptTestTemplateMethod(invocation, method, context);
        } else {
            invocation.proceed();
        }
    }

    /** The class's context as the fuzz test method's, which is all Jazzer asks of it beyond the class's. */
    private static ExtensionContext asMethodContext(ExtensionContext classContext, Method method) {
        return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class}, (proxy, called, arguments) -> switch (called.getName()) {
                    case "getRequiredTestMethod" -> method;
                    case "getTestMethod", "getElement" -> Optional.of(method);
                    default -> called.invoke(classContext, arguments);
                });
    }

    @SuppressWarnings("unchecked")
    private static <T> T jazzer(String simpleName) {
        try {
            Class<?> type = Class.forName("com.code_intelligence.jazzer.junit." + simpleName, true,
                    FuzzTest.class.getClassLoader());
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (T) constructor.newInstance();
        } catch (ReflectiveOperationException changed) {
            throw new IllegalStateException("jazzer-junit has no " + simpleName + " as this class knows it", changed);
        }
    }
}
