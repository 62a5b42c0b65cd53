package io.osmos.api.resources;

import io.osmos.protocol.v1.Protos;
import java.util.List;

/**
 * An immutable bag of resources with Mesos semantics. Resources of the same kind (name, type,
 * reservations, allocation, disk, revocability, sharing, provider) merge: {@code cpus:1;cpus:1}
 * equals {@code cpus:2}; different kinds stay apart, so {@code cpus(web):1;cpus:1} holds two
 * entries. Scalars are exact to three decimals. Subtraction never goes negative: what reaches
 * zero disappears. Equality ignores order. Iteration yields the Mesos v1 protobuf form.
 *
 * <p>Immutable and safe to share between threads. Held as an array of merged entries with scalars
 * in milli-units; the protobuf form is built only when asked for.
 */
public final class Resources extends ResourceViews implements Iterable<Protos.Resource> {
    /** No resources. */
    public static final Resources EMPTY = new Resources(new Entry[0]);

    private int hash;

    private Resources(Entry[] entries) {
        super(entries);
    }

    static Resources wrap(Entry[] entries) {
        return entries.length == 0 ? EMPTY : new Resources(entries);
    }

    /**
     * Parses Mesos resource text such as {@code cpus:4;mem:8192;ports:[31000-32000];disk(web):100}
     * and everything {@link #toString()} prints except disk info and shared volumes. Unqualified
     * resources are unreserved. JSON is not read here: the runtime reads JSON resources.
     *
     * @throws IllegalArgumentException naming the bad token and why it is bad
     */
    public static Resources parse(String text) {
        return ResourcesParser.parse(text, Roles.ANY);
    }

    /** As {@link #parse(String)}, with unqualified resources statically reserved to {@code defaultRole}. */
    public static Resources parse(String text, String defaultRole) {
        return ResourcesParser.parse(text, defaultRole);
    }

    /**
     * Resources from protobufs; the deprecated {@code role}/{@code reservation} fields are moved
     * into {@code reservations}, and empty resources are dropped.
     *
     * @throws IllegalArgumentException if a resource is invalid by the Mesos rules
     */
    public static Resources of(Iterable<Protos.Resource> resources) {
        EntryList list = new EntryList(new Entry[0], 8);
        for (Protos.Resource resource : resources) {
            Entry entry = ProtoReader.read(resource);
            if (entry != null) {
                list.add(entry);
            }
        }
        return wrap(list.toArray());
    }

    public static Resources of(Protos.Resource... resources) {
        return of(List.of(resources));
    }

    public Resources plus(Resources that) {
        if (that.entries.length == 0) {
            return this;
        }
        if (entries.length == 0) {
            return that;
        }
        EntryList sum = new EntryList(entries, that.entries.length);
        for (Entry entry : that.entries) {
            sum.add(entry);
        }
        return wrap(sum.toArray());
    }

    /** @throws IllegalArgumentException if {@code resource} is invalid, as for {@link #of} */
    public Resources plus(Protos.Resource resource) {
        return plus(of(resource));
    }

    /** What is left after taking {@code that} away; amounts stop at zero and then vanish. */
    public Resources minus(Resources that) {
        if (that.entries.length == 0 || entries.length == 0) {
            return this;
        }
        EntryList rest = new EntryList(entries, 0);
        for (Entry entry : that.entries) {
            rest.subtract(entry);
        }
        return wrap(rest.toArray());
    }

    /** @throws IllegalArgumentException if {@code resource} is invalid, as for {@link #of} */
    public Resources minus(Protos.Resource resource) {
        return minus(of(resource));
    }

    /** True if {@code that} can be taken from this whole: every kind present, in full amount. */
    public boolean contains(Resources that) {
        return EntryList.covers(entries, that.entries);
    }

    /** @throws IllegalArgumentException if {@code resource} is invalid, as for {@link #of} */
    public boolean contains(Protos.Resource resource) {
        return contains(of(resource));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Resources that && hashCode() == that.hashCode()
            && EntryList.sameEntries(entries, that.entries);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (Entry entry : entries) {
                h += entry.hashCode();
            }
            hash = h;
        }
        return h;
    }

    /** The Mesos text form: {@code cpus:4; mem:8192; ports:[31000-32000]}, {@code {}} when empty. */
    @Override
    public String toString() {
        return ResourceFormat.format(entries);
    }
}
