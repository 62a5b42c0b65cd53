package io.osmos.launcher;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.slf4j.LoggerFactory;

/**
 * Felix's own log (resolver warnings, framework errors) into slf4j, so it has the same format and
 * level as everything else instead of Felix's bare stdout lines.
 */
final class FelixLogBridge extends Logger {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger("org.apache.felix.framework");

    @Override
    protected void doLog(Bundle bundle, @SuppressWarnings("rawtypes") ServiceReference ref, int level, String message,
                         Throwable error) {
        String text = bundle == null ? message : bundle.getSymbolicName() + " [" + bundle.getBundleId() + "]: " + message;
        switch (level) {
            case LOG_ERROR -> LOG.error(text, error);
            case LOG_WARNING -> LOG.warn(text, error);
            case LOG_INFO -> LOG.info(text, error);
            default -> LOG.debug(text, error);
        }
    }
}
