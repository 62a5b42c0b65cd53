package io.osmos.itest.plugins.incompatible;

import io.osmos.api.Modules;
import io.osmos.api.hook.MasterHook;
import org.osgi.service.component.annotations.Component;

/**
 * Stands for a hook built against a future hook API 2.x: the test declares that import for it, so
 * it can never resolve on this 1.x platform.
 */
@Component(property = Modules.NAME + "=itest_incompatible")
public class IncompatibleHook implements MasterHook {
}
