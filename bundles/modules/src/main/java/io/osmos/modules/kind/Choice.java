package io.osmos.modules.kind;

/** How many modules of a kind the platform uses at once, and whether their order matters. */
public enum Choice {
    /** Exactly one, e.g. the allocator. */
    ONE,
    /** One or more, used in the order given, e.g. isolators. */
    LIST,
    /**
     * Hooks: every registered hook is called whatever the configuration says; the names given are
     * called first, in that order, the rest after them by service ranking. May be empty.
     */
    ORDER
}
