package io.osmos.master.support;

import io.osmos.api.allocator.Allocator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/** An allocator that answers one method itself (to fail, or to hold an answer back) and hands the rest on. */
public final class DelegatingAllocator {
    /** What the overridden method does with its arguments. */
    public interface Answer {
        Object call(Object[] args);
    }

    private DelegatingAllocator() {
    }

    public static Allocator of(Allocator target, String method, Answer answer) {
        return (Allocator) Proxy.newProxyInstance(Allocator.class.getClassLoader(), new Class<?>[] {Allocator.class},
                (proxy, called, args) -> {
                    if (called.getName().equals(method)) {
                        return answer.call(args);
                    }
                    try {
                        return called.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
