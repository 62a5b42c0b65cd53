package io.osmos.agent.containerizer;

/** Ids that become directory names: refused when they could escape or break the layout. */
public final class Segments {
    private Segments() {
    }

    /**
     * @param kind what the id names, for the error, e.g. "framework"
     * @return the id
     * @throws IllegalArgumentException when it is empty, ".", "..", or holds '/' or NUL
     */
    public static String check(String kind, String id) {
        if (id.isEmpty() || id.equals(".") || id.equals("..") || id.indexOf('/') >= 0 || id.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("The " + kind + " id '" + id + "' cannot name a directory");
        }
        return id;
    }
}
