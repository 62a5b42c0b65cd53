package io.osmos.runtime.internal.codec;

/**
 * Java's shortest decimal form of a number rewritten without an exponent, as Mesos prints numbers:
 * {@code 1.7672256123E9} becomes {@code 1767225612.3}, {@code 1.0E-4} becomes {@code 0.0001}. Every
 * task status carries a timestamp past 1e7, which Java writes with an exponent, so this runs for most
 * numbers in a cluster's state; moving the decimal point is much cheaper than a BigDecimal round trip.
 */
final class PlainDecimal {
    private PlainDecimal() {
    }

    /** @param text what Float.toString or Double.toString made of a finite number */
    static String of(String text) {
        int e = text.indexOf('E');
        if (e < 0) {
            return text;
        }
        boolean negative = text.charAt(0) == '-';
        String mantissa = text.substring(negative ? 1 : 0, e);
        int exponent = Integer.parseInt(text.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = dot < 0 ? mantissa : mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int whole = (dot < 0 ? mantissa.length() : dot) + exponent; // digits before the point
        StringBuilder plain = new StringBuilder(digits.length() + Math.abs(exponent) + 3);
        if (negative) {
            plain.append('-');
        }
        if (whole <= 0) {
            plain.append("0.");
            plain.append("0".repeat(-whole)).append(digits);
        } else if (whole >= digits.length()) {
            plain.append(digits).append("0".repeat(whole - digits.length()));
            return plain.toString();
        } else {
            plain.append(digits, 0, whole).append('.').append(digits, whole, digits.length());
        }
        int end = plain.length();
        while (plain.charAt(end - 1) == '0') {
            end--;
        }
        if (plain.charAt(end - 1) == '.') {
            end--;
        }
        plain.setLength(end);
        return plain.toString();
    }
}
