package io.osmos.itest.containment.allocator;

import io.osmos.api.Modules;
import io.osmos.api.allocator.Allocator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/** Throws from every call, starting with initialize: it can never be brought up. */
@Component(service = Allocator.class, scope = ServiceScope.PROTOTYPE, property = Modules.NAME + "=" + FaultyAllocator.NAME)
public class FaultyAllocator extends BrokenAllocator {
    public static final String NAME = "faulty";
}
