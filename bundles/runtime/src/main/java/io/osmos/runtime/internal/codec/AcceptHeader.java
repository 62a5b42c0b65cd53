package io.osmos.runtime.internal.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The media ranges of an Accept header, with their quality values. */
public final class AcceptHeader {
    private record Range(String type, String subtype, double quality) {
        /** 2 for an exact match, 1 for type/*, 0 for * / *, -1 when the range does not match. */
        int specificity(String wantedType, String wantedSubtype) {
            if (type.equals("*")) {
                return subtype.equals("*") ? 0 : -1;
            }
            if (!type.equals(wantedType)) {
                return -1;
            }
            return subtype.equals("*") ? 1 : subtype.equals(wantedSubtype) ? 2 : -1;
        }
    }

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    public static AcceptHeader parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String range = parts[0].trim().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) {
                continue; // not a media range; ignore rather than refuse the whole header
            }
            ranges.add(new Range(range.substring(0, slash), range.substring(slash + 1), quality(parts)));
        }
        return new AcceptHeader(ranges);
    }

    /** True when the most specific range matching the media type has a quality above zero. */
    public boolean accepts(String mediaType) {
        int slash = mediaType.indexOf('/');
        String type = mediaType.substring(0, slash);
        String subtype = mediaType.substring(slash + 1);
        Range best = null;
        int bestSpecificity = -1;
        for (Range range : ranges) {
            int specificity = range.specificity(type, subtype);
            if (specificity > bestSpecificity) {
                best = range;
                bestSpecificity = specificity;
            }
        }
        return best != null && best.quality > 0;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 1.0; // a malformed weight does not make the range unacceptable
                }
            }
        }
        return 1.0;
    }
}
