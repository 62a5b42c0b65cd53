package io.osmos.runtime.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The printer's JSON writer writes what gson's JsonWriter writes, which it replaced. */
class JsonOutTest {
    @Test
    void everyCharacterIsEscapedAsGsonEscapesIt() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 256; c++) {
            all.append(c);
        }
        all.append("\u2028\u2029\uD83D\uDE80 é ü <>&='");
        assertSame(all.toString());
    }

    @Test
    void nestedDocumentsComeOutTheSame() throws IOException {
        Random random = new Random(7);
        for (int run = 0; run < 200; run++) {
            StringWriter expected = new StringWriter();
            StringWriter actual = new StringWriter();
            JsonWriter gson = new JsonWriter(expected);
            JsonOut ours = new JsonOut(actual);
            document(random, 0, gson, ours);
            gson.flush();
            ours.flush();
            assertEquals(expected.toString(), actual.toString());
        }
    }

    private static void document(Random random, int depth, JsonWriter gson, JsonOut ours) throws IOException {
        boolean object = random.nextBoolean();
        if (object) {
            gson.beginObject();
            ours.beginObject();
        } else {
            gson.beginArray();
            ours.beginArray();
        }
        int members = random.nextInt(5);
        for (int i = 0; i < members; i++) {
            if (object) {
                gson.name("k" + i);
                ours.name("k" + i);
            }
            switch (depth < 4 ? random.nextInt(7) : random.nextInt(6)) {
                case 0 -> {
                    String text = "s\"\n" + random.nextInt();
                    gson.value(text);
                    ours.value(text);
                }
                case 1 -> {
                    long number = random.nextLong();
                    gson.value(number);
                    ours.value(number);
                }
                case 2 -> {
                    gson.value(true);
                    ours.value(true);
                }
                case 3 -> {
                    gson.nullValue();
                    ours.nullValue();
                }
                case 4 -> {
                    gson.jsonValue("1.5");
                    ours.jsonValue("1.5");
                }
                case 5 -> {
                    BigInteger big = BigInteger.valueOf(random.nextLong()).shiftLeft(8);
                    gson.value(big);
                    ours.value(big);
                }
                default -> document(random, depth + 1, gson, ours);
            }
        }
        if (object) {
            gson.endObject();
            ours.endObject();
        } else {
            gson.endArray();
            ours.endArray();
        }
    }

    private static void assertSame(String text) throws IOException {
        StringWriter expected = new StringWriter();
        new JsonWriter(expected).value(text).flush();
        StringWriter actual = new StringWriter();
        JsonOut out = new JsonOut(actual);
        out.value(text);
        out.flush();
        assertEquals(expected.toString(), actual.toString());
    }
}
