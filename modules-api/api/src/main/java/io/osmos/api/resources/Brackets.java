package io.osmos.api.resources;

import java.util.ArrayList;
import java.util.List;

/** Splitting resource text where separators inside (), [] or {} do not count. */
final class Brackets {
    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";

    private Brackets() {
    }

    /** True if every bracket is closed by its own kind, in order. */
    static boolean balanced(String text) {
        StringBuilder stack = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                stack.append(CLOSE.charAt(OPEN.indexOf(c)));
            } else if (CLOSE.indexOf(c) >= 0) {
                if (stack.length() == 0 || stack.charAt(stack.length() - 1) != c) {
                    return false;
                }
                stack.setLength(stack.length() - 1);
            }
        }
        return stack.length() == 0;
    }

    /** Pieces between top-level separators, empty pieces included; assumes balanced text. */
    static List<String> split(String text, char separator) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth--;
            } else if (c == separator && depth == 0) {
                pieces.add(text.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /** Index of the first top-level {@code wanted}, or -1. */
    static int indexOf(String text, char wanted) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == wanted && depth == 0) {
                return i;
            }
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth--;
            }
        }
        return -1;
    }

    /** Index of the bracket closing the one at {@code open}; assumes balanced text. */
    static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0 && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** True if {@code text} is one bracketed group from first to last character, e.g. [1-2]. */
    static boolean wraps(String text, char open) {
        return text.length() >= 2 && text.charAt(0) == open && closing(text, 0) == text.length() - 1;
    }
}
