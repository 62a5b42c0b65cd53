package io.osmos.modules.view;

import io.osmos.modules.kind.Slot;
import java.util.Arrays;
import java.util.List;

/**
 * What one slot chooses right now.
 *
 * @param value the names as configured, comma separated (empty when nothing is chosen)
 * @param source {@code configuration} when the property is set, {@code default} when the platform's
 *     default applies, {@code unset} when there is neither
 */
public record Selection(Slot slot, String value, String source) {

    /** The names in order, blanks dropped. */
    public List<String> names() {
        return split(value);
    }

    public static List<String> split(String commaList) {
        return Arrays.stream(commaList.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
