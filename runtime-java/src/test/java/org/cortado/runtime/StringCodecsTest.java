package org.cortado.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link StringCodecs} with the JVM's String(byte[], Charset) and getBytes(Charset) on
 * random input drawn from the bytes and chars where decoders and encoders make decisions.
 */
class StringCodecsTest {
    private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII,
        StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE};
    private static final int[] BYTES = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
        0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFF, 0xD8, 0xDB, 0xDC, 0xDF, 0xFE, 0x3D, 0xDE};
    private static final char[] CHARS = {'a', '\u00e9', '\u00ff', '\u0100', '\u07ff', '\u0800', '\uffff', '\ufeff', '\ud800',
        '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'};

    @Test
    void matchesTheJdk() {
        SplittableRandom random = new SplittableRandom(42);
        List<String> mismatches = new ArrayList<>();
        for (int round = 0; round < 200_000 && mismatches.size() < 10; round++) {
            byte[] bytes = new byte[random.nextInt(9)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) BYTES[random.nextInt(BYTES.length)];
            }
            char[] chars = new char[random.nextInt(6)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = CHARS[random.nextInt(CHARS.length)];
            }
            for (Charset charset : CHARSETS) {
                int kind = StringCodecs.kind(charset.name());
                String decoded = new String(StringCodecs.decode(kind, bytes, 0, bytes.length));
                if (!decoded.equals(new String(bytes, charset))) {
                    mismatches.add("decode " + charset + " " + Arrays.toString(bytes));
                }
                if (!Arrays.equals(StringCodecs.encode(kind, chars, 0, chars.length), new String(chars).getBytes(charset))) {
                    mismatches.add("encode " + charset + " " + Arrays.toString(chars));
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void decodesARange() {
        byte[] bytes = {0x41, (byte) 0xC3, (byte) 0xA9, 0x42};
        assertEquals("\u00e9B", new String(StringCodecs.decode(StringCodecs.UTF_8, bytes, 1, 3)));
        assertEquals(-1, StringCodecs.kind("UTF-32"));
    }
}
