package io.osmos.master;

import io.osmos.api.Modules;
import io.osmos.api.allocator.Allocator;
import io.osmos.master.support.FakeAllocator;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

/**
 * A prototype-scope allocator service of fake allocators as DS hands it to {@link MasterComponent}: its
 * service properties, a fresh instance per get, and every instance given and given back.
 */
final class AllocatorService implements ComponentServiceObjects<Allocator> {
    private static final AtomicLong IDS = new AtomicLong(9000);

    final List<FakeAllocator> given = new CopyOnWriteArrayList<>();
    final List<Allocator> returned = new CopyOnWriteArrayList<>();
    final Map<String, Object> properties;

    AllocatorService(String name) {
        properties = Map.of(Modules.NAME, name, Constants.SERVICE_ID, IDS.incrementAndGet(),
                Constants.SERVICE_RANKING, 0);
    }

    /** The instance handed out last. */
    FakeAllocator last() {
        return given.get(given.size() - 1);
    }

    @Override
    public Allocator getService() {
        FakeAllocator instance = new FakeAllocator();
        given.add(instance);
        return instance;
    }

    @Override
    public void ungetService(Allocator service) {
        returned.add(service);
    }

    /** A reference without a bundle: the master then names no plugin bundle in its log. */
    @Override
    public ServiceReference<Allocator> getServiceReference() {
        @SuppressWarnings("unchecked")
        ServiceReference<Allocator> reference = (ServiceReference<Allocator>) Proxy.newProxyInstance(
                ServiceReference.class.getClassLoader(), new Class<?>[] {ServiceReference.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> properties.get((String) args[0]);
                    case "toString" -> "allocator service " + properties;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null; // getBundle among them: no bundle
                });
        return reference;
    }
}
