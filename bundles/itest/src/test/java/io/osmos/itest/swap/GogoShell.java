package io.osmos.itest.swap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Runs a Gogo command inside the container as an operator at the shell would. The test bundle does
 * not import Gogo (nothing else of Osmos does either), so the command processor is driven through its
 * public interfaces by reflection.
 */
final class GogoShell {
    private static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";
    private static final String SESSION = "org.apache.felix.service.command.CommandSession";

    private GogoShell() {
    }

    /** What the command returned, as the shell would print it; a failing command throws its exception. */
    static String run(BundleContext context, String command) throws Exception {
        ServiceReference<?> reference = context.getServiceReference(PROCESSOR);
        if (reference == null) {
            throw new AssertionError("no Gogo command processor is registered");
        }
        Object processor = context.getService(reference);
        try {
            ClassLoader gogo = processor.getClass().getClassLoader();
            Class<?> processorType = Class.forName(PROCESSOR, false, gogo);
            Class<?> sessionType = Class.forName(SESSION, false, gogo);
            Method create = processorType.getMethod("createSession", java.io.InputStream.class,
                    java.io.OutputStream.class, java.io.OutputStream.class);
            Object session = create.invoke(processor, new ByteArrayInputStream(new byte[0]),
                    new ByteArrayOutputStream(), new ByteArrayOutputStream());
            try {
                return String.valueOf(sessionType.getMethod("execute", CharSequence.class).invoke(session, command));
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            } finally {
                sessionType.getMethod("close").invoke(session);
            }
        } finally {
            context.ungetService(reference);
        }
    }
}
