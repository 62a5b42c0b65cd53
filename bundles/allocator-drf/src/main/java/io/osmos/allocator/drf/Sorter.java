package io.osmos.allocator.drf;

import java.util.function.Predicate;

/**
 * Orders clients (roles, or the frameworks of one role) for allocation, as Mesos's sorter does.
 * Client names are paths: {@code a/b} sits under {@code a}, and a parent's allocation is the sum of
 * its subtree's. Clients are added inactive; only active ones are walked.
 *
 * @param <T> what a client stands for, handed to the walk's visitor
 */
interface Sorter<T> {

    /** Adds an inactive client. */
    void add(String client, T value);

    void remove(String client);

    void activate(String client);

    void deactivate(String client);

    boolean contains(String client);

    /** The number of clients, active or not. */
    int count();

    /** Sets the weight of a path, whether or not a client of that name exists yet. */
    void updateWeight(String path, double weight);

    void allocated(String client, Quantities quantities);

    void unallocated(String client, Quantities quantities);

    /** Replaces part of an allocation in place (an operation converted it); not a new allocation. */
    void update(String client, Quantities before, Quantities after);

    /** What the client itself holds; the caller must not change it. */
    Quantities allocation(String client);

    /** What all clients hold together; the caller must not change it. */
    Quantities totalAllocation();

    /** The client's dominant share divided by its weight; 0 for an unknown client. */
    double share(String client);

    /** Compares two active clients by DRF order (negative: {@code left} comes first). */
    int compare(String left, String right);

    /**
     * Visits the active clients in the order they stood in when the walk began, until the visitor
     * returns false. The visitor may record allocations meanwhile (which re-sort the tree); each client
     * is still visited once and in that order, as Mesos does with the list its {@code sort()} returns.
     *
     * @return false if the visitor stopped the walk
     */
    boolean walk(Predicate<T> visitor);

    /**
     * The same walk, passing by without a visit every client whose tag {@code passBy} accepts: for
     * those clients the visitor must be known to do nothing and return true.
     */
    boolean walk(Predicate<T> visitor, SortWalk.PassBy passBy);

    /** Gives the client a tag (a non-negative number) for {@link #walk(Predicate, SortWalk.PassBy)}. */
    void tag(String client, int tag);
}
