package io.osmos.api.resources;

import java.util.ArrayList;
import java.util.List;

/**
 * Role names and the role tree. Roles are paths such as {@code eng/frontend}: a reservation made
 * for {@code eng} may be used by {@code eng/frontend}, never the other way round. The role
 * {@code *} means "not reserved".
 */
public final class Roles {
    /** The role of unreserved resources. */
    public static final String ANY = "*";

    private Roles() {
    }

    /**
     * Checks a role name by the Mesos rules.
     *
     * @throws IllegalArgumentException naming the role and what is wrong with it
     */
    public static void validate(String role) {
        if (ANY.equals(role)) {
            return;
        }
        if (role == null || role.isEmpty()) {
            throw new IllegalArgumentException("Role names cannot be the empty string");
        }
        if (role.startsWith("/") || role.endsWith("/")) {
            throw new IllegalArgumentException("Role '" + role + "' cannot start or end with a slash");
        }
        if (role.contains("//")) {
            throw new IllegalArgumentException("Role '" + role + "' cannot contain two adjacent slashes");
        }
        for (String component : role.split("/")) {
            if (component.equals(".") || component.equals("..") || component.equals(ANY)) {
                throw new IllegalArgumentException(
                    "Role '" + role + "' cannot include '" + component + "' as a component");
            }
            if (component.startsWith("-")) {
                throw new IllegalArgumentException(
                    "Role component '" + component + "' is invalid because it starts with a dash");
            }
            if (component.chars().anyMatch(c -> c == '\t' || c == '\n' || c == 0x0b || c == '\f'
                || c == '\r' || c == ' ' || c == 0x7f)) {
                throw new IllegalArgumentException(
                    "Role component '" + component + "' is invalid because it contains backspace or whitespace");
            }
        }
    }

    /** True if {@code role} lies strictly below {@code ancestor}, e.g. {@code a/b} below {@code a}. */
    public static boolean isStrictSubroleOf(String role, String ancestor) {
        return role.length() > ancestor.length() && role.charAt(ancestor.length()) == '/'
            && role.startsWith(ancestor);
    }

    /** The ancestors of a role, nearest first: {@code a/b/c} gives {@code a/b, a}. */
    public static List<String> ancestors(String role) {
        List<String> result = new ArrayList<>();
        for (int i = role.length() - 1; i >= 0; i--) {
            if (role.charAt(i) == '/') {
                result.add(role.substring(0, i));
            }
        }
        return List.copyOf(result);
    }
}
