package io.osmos.master.validation;

import java.util.Optional;

/** Mesos's common ID rules (framework, task, executor, persistence ids), with its messages. */
public final class Ids {
    private Ids() {
    }

    /** Why the id is invalid, or empty. */
    public static Optional<String> validate(String id) {
        if (id.isEmpty()) {
            return Optional.of("ID must not be empty");
        }
        if (id.length() > 255) {
            return Optional.of("ID must not be greater than 255 characters");
        }
        if (id.equals(".") || id.equals("..")) {
            return Optional.of("'" + id + "' is disallowed");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || c == '/' || c == '\\') {
                return Optional.of("'" + id + "' contains invalid characters");
            }
        }
        return Optional.empty();
    }
}
