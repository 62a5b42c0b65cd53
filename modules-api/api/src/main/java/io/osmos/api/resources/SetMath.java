package io.osmos.api.resources;

import java.util.Arrays;

/** Arithmetic on the items of SET resources, held as sorted arrays without duplicates. */
final class SetMath {
    private SetMath() {
    }

    static String[] union(String[] left, String[] right) {
        String[] out = new String[left.length + right.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < left.length && j < right.length) {
            int order = left[i].compareTo(right[j]);
            if (order <= 0) {
                out[k++] = left[i++];
                if (order == 0) {
                    j++;
                }
            } else {
                out[k++] = right[j++];
            }
        }
        while (i < left.length) {
            out[k++] = left[i++];
        }
        while (j < right.length) {
            out[k++] = right[j++];
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    static String[] difference(String[] left, String[] right) {
        String[] out = new String[left.length];
        int k = 0;
        int j = 0;
        for (String item : left) {
            while (j < right.length && right[j].compareTo(item) < 0) {
                j++;
            }
            if (j >= right.length || !right[j].equals(item)) {
                out[k++] = item;
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    static boolean covers(String[] outer, String[] inner) {
        int i = 0;
        for (String item : inner) {
            while (i < outer.length && outer[i].compareTo(item) < 0) {
                i++;
            }
            if (i >= outer.length || !outer[i].equals(item)) {
                return false;
            }
        }
        return true;
    }
}
